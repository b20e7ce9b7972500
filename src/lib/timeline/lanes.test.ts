import { describe, expect, it } from 'vitest';
import data from '../../../data/dataset.json';
import type { Dataset } from '../data/schema';
import { createAxis } from './axis';
import { breakMarks, LANE, laneChanges, laneShapes, laneSpans } from './lanes';
import { createTimeline } from './model';

const timeline = createTimeline(data as Dataset);

describe('laneSpans', () => {
  it('splits a lane where the status changes', () => {
    expect(laneSpans(timeline, 'telegram', 'hong-kong')).toEqual([
      { first: '2020-06-30', last: '2020-07-04', status: 'operational' },
      { first: '2020-07-05', last: timeline.last, status: 'paused' },
    ]);
  });

  it('starts a lane with the status in force at the end of the first day', () => {
    // Google's pause counts from the day the law took effect.
    expect(laneSpans(timeline, 'google', 'hong-kong')).toEqual([
      { first: '2020-06-30', last: timeline.last, status: 'paused' },
    ]);
  });

  it('covers the whole range without gaps', () => {
    for (const p of (data as Dataset).providers)
      for (const region of ['mainland', 'hong-kong'] as const) {
        const spans = laneSpans(timeline, p.id, region);
        expect(spans[0]!.first).toBe(timeline.first);
        expect(spans.at(-1)!.last).toBe(timeline.last);
      }
  });

  it('lists the change days of a lane', () => {
    expect(laneChanges(timeline, 'zoom', 'hong-kong')).toEqual(['2020-07-07']);
    expect(laneChanges(timeline, 'apple', 'hong-kong')).toEqual([]);
  });
});

describe('breakMarks', () => {
  const numbers = (d: string) => [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));

  it('draws a band with zigzag edges from top to bottom, inside the gap', () => {
    const { band, edges } = breakMarks(100, 114, 32);
    const xs = numbers(band).filter((_, i) => i % 2 === 0);
    const ys = numbers(band).filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBe(100);
    expect(Math.max(...xs)).toBe(114);
    expect(Math.min(...ys)).toBe(0);
    expect(Math.max(...ys)).toBe(32);
    expect(band.endsWith('Z')).toBe(true);
    // Two strokes, one per edge, each zigzagging (more than two points).
    expect(edges.match(/M/g)).toHaveLength(2);
    expect(edges.split('M')[1]!.split('L').length).toBeGreaterThan(2);
  });

  it('keeps the teeth inside a narrow gap', () => {
    const xs = numbers(breakMarks(50, 54, 16).band).filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...xs)).toBeLessThanOrEqual(54);
  });
});

describe('laneShapes', () => {
  const ids = (data as Dataset).providers.map((p) => p.id);
  const rects = (d: string) =>
    [...d.matchAll(/M([\d.]+) ([\d.]+)H([\d.]+)v([\d.]+)/g)].map((m) => ({
      x0: Number(m[1]),
      y: Number(m[2]),
      x1: Number(m[3]),
      h: Number(m[4]),
    }));

  it('draws one path per status, covering every lane edge to edge', () => {
    const width = 266;
    const axis = createAxis(timeline.first, timeline.last, '2020-07-15', {
      width,
      stretch: timeline.changeDays,
    });
    const shapes = laneShapes(timeline, axis, ids, width);
    expect(new Set(shapes.map((s) => s.status)).size).toBe(shapes.length);
    const all = shapes.flatMap((s) => rects(s.d));
    for (let i = 0; i < ids.length; i++)
      for (const band of [LANE.hongKong, LANE.mainland]) {
        const row = all.filter((r) => r.y === i * LANE.row + band.y).sort((p, q) => p.x0 - q.x0);
        expect(row[0]!.x0).toBe(0);
        expect(row.at(-1)!.x1).toBe(width);
        for (let k = 1; k < row.length; k++) expect(row[k]!.x0).toBe(row[k - 1]!.x1);
      }
  });

  // A phone of 320 or 360 px leaves the lanes about 220 or 260 px.
  for (const width of [220, 260])
    it(`leaves every status at least 3 px in its lane at ${width} px, the last day included`, () => {
      const axis = createAxis(timeline.first, timeline.last, '2020-07-15', {
        width,
        stretch: timeline.changeDays,
      });
      for (const id of ids)
        for (const region of ['hong-kong', 'mainland'] as const)
          for (const s of laneSpans(timeline, id, region)) {
            const px = (axis.end(s.last) - axis.x(s.first)) * width;
            expect(px, `${id} ${region} ${s.first}`).toBeGreaterThanOrEqual(3);
          }
      // LinkedIn leaves the mainland on the last day, the default view.
      const linkedin = laneSpans(timeline, 'linkedin', 'mainland').at(-1)!;
      expect(linkedin).toEqual({ first: timeline.last, last: timeline.last, status: 'unavailable' });
      expect((axis.end(linkedin.last) - axis.x(linkedin.first)) * width).toBeGreaterThanOrEqual(6 - 1e-9);
    });
});
