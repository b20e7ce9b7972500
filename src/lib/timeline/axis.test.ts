import { beforeEach, describe, expect, it } from 'vitest';
import { axisTicks, createAxis, railShapes } from './axis';
import { addDays } from './days';

describe('createAxis', () => {
  // Computed in each test, not once for the file: mutation testing sees only what runs inside tests.
  let axis: ReturnType<typeof createAxis>;
  beforeEach(() => {
    axis = createAxis('2020-06-30', '2023-08-09', '2020-07-15', { width: 266 });
  });

  it('gives the dense fortnight most of the width', () => {
    expect(axis.x('2020-06-30')).toBe(0);
    expect(axis.end('2020-07-15')).toBeCloseTo(0.62);
    expect(axis.end('2023-08-09')).toBe(1);
    // One day in July 2020 is wider than a month later on.
    const julyDay = axis.x('2020-07-07') - axis.x('2020-07-06');
    const laterMonth = axis.x('2021-02-01') - axis.x('2021-01-01');
    expect(julyDay).toBeGreaterThan(laterMonth);
  });

  it('keeps days in order, each cell ending where the next begins', () => {
    expect(axis.x('2020-07-16')).toBeGreaterThan(axis.x('2020-07-15'));
    expect(axis.x('2022-01-01')).toBeGreaterThan(axis.x('2021-01-01'));
    for (let d = '2020-06-30'; d < '2023-08-09'; d = addDays(d, 1)) {
      const next = addDays(d, 1);
      if (d === '2020-07-15') continue;
      expect(axis.end(d)).toBeCloseTo(axis.x(next), 12);
      expect(axis.x(next)).toBeGreaterThan(axis.x(d));
    }
  });

  it('leaves a gap of a few pixels for the break', () => {
    expect(axis.gap).toBeDefined();
    // 5 % of a narrow track, 14 px on a wide one.
    expect((axis.gap!.to - axis.gap!.from) * 266).toBeCloseTo(13.3);
    const wide = createAxis('2020-06-30', '2023-08-09', '2020-07-15', { width: 900 });
    expect((wide.gap!.to - wide.gap!.from) * 900).toBeCloseTo(14);
    expect(axis.segments.map((s) => [s.first, s.last])).toEqual([
      ['2020-06-30', '2020-07-15'],
      ['2020-07-16', '2023-08-09'],
    ]);
    expect(axis.x('2020-07-16')).toBe(axis.gap!.to);
  });

  it('inverts positions back to days, the middle of a cell included', () => {
    for (const day of ['2020-06-30', '2020-07-06', '2020-07-15', '2020-07-16', '2021-06-08', '2023-08-09']) {
      expect(axis.dayAt(axis.x(day))).toBe(day);
      expect(axis.dayAt(axis.mid(day))).toBe(day);
    }
    expect(axis.dayAt(-1)).toBe('2020-06-30');
    expect(axis.dayAt(2)).toBe('2023-08-09');
    // Inside the gap: the nearer side.
    expect(axis.dayAt(axis.gap!.from + 0.001)).toBe('2020-07-15');
    expect(axis.dayAt(axis.gap!.to - 0.001)).toBe('2020-07-16');
  });

  it('gives the last day and every stretched day a minimum width in pixels', () => {
    const px = (d: string, a = axis) => (a.end(d) - a.x(d)) * 266;
    expect(px('2023-08-09')).toBeGreaterThanOrEqual(6 - 1e-9);
    const stretched = createAxis('2020-06-30', '2023-08-09', '2020-07-15', {
      width: 266,
      stretch: ['2021-03-01', '2020-07-10', '2023-08-09'],
    });
    expect(px('2021-03-01', stretched)).toBeCloseTo(6);
    expect(px('2023-08-09', stretched)).toBeCloseTo(6);
    // A day before the break is not stretched: it is wide already.
    expect(px('2020-07-10', stretched)).toBeCloseTo(px('2020-07-10'));
    expect(px('2021-03-02', stretched)).toBeLessThan(1);
    expect(stretched.end('2023-08-09')).toBe(1);
  });

  it('stretches nothing when every day is wide enough', () => {
    const wide = createAxis('2020-06-30', '2020-08-30', '2020-07-15', {
      width: 1000,
      stretch: ['2020-08-01'],
    });
    const w = (d: string) => wide.end(d) - wide.x(d);
    expect(w('2020-08-01')).toBeCloseTo(w('2020-08-02'), 12);
    expect(w('2020-08-30')).toBeCloseTo(w('2020-08-02'), 12);
  });

  it('falls back to one segment when nothing lies after the break', () => {
    const short = createAxis('2020-06-30', '2020-07-10', '2020-07-15');
    expect(short.segments).toHaveLength(1);
    expect(short.gap).toBeUndefined();
    expect(short.end('2020-07-10')).toBe(1);
    expect(short.dayAt(0.5)).toBe('2020-07-05');
  });

  it('ticks every few days, then every year', () => {
    const ticks = axisTicks(axis);
    expect(ticks.slice(0, 3)).toEqual(['2020-06-30', '2020-07-03', '2020-07-06']);
    expect(ticks.slice(-3)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01']);
  });
});

describe('railShapes', () => {
  it('draws the rail in two segments and a tick at the start of each event day', () => {
    const axis = createAxis('2020-06-30', '2023-08-09', '2020-07-15', { width: 300 });
    const shapes = railShapes(axis, ['2020-06-30', '2020-07-07', '2021-01-05'], ['2020-07-07'], 300, 32);
    expect(shapes.rail.match(/M/g)).toHaveLength(2);
    expect(shapes.ticks.match(/M/g)).toHaveLength(2);
    expect(shapes.changes).toBe(
      `M${Math.round((axis.x('2020-07-07') * 300 - 1) * 10) / 10} 9H${Math.round((axis.x('2020-07-07') * 300 + 1) * 10) / 10}v14H${Math.round((axis.x('2020-07-07') * 300 - 1) * 10) / 10}z`,
    );
  });
});
