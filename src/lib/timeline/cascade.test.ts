import { beforeEach, describe, expect, it } from 'vitest';
import dataset from '../../../data/dataset.json';
import type { Dataset } from '../data/schema';
import { cascade } from './cascade';
import { createTimeline } from './model';

const data = dataset as Dataset;

describe('cascade', () => {
  // Computed in each test, not once for the file: mutation testing sees only what runs inside tests.
  let timeline: ReturnType<typeof createTimeline>;
  let rows: ReturnType<typeof cascade>;
  beforeEach(() => {
    timeline = createTimeline(data);
    rows = cascade(timeline, data.providers);
  });

  it('lists every provider once', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(data.providers.map((p) => p.id).sort());
  });

  it('gives each provider its first Hong Kong change on the timeline, earliest first', () => {
    const dated = rows.filter((r) => r.day);
    expect(dated.length).toBeGreaterThan(0);
    for (const r of dated) {
      const changes = data.events.filter(
        (e) => e.provider === r.id && e.region === 'hong-kong' && e.to && e.date >= timeline.first,
      );
      const firstDay = changes.map((e) => e.date).sort()[0];
      expect(r.day).toBe(firstDay);
      expect(r.status).toBe(timeline.statusAt(r.id, 'hong-kong', r.day!).status);
    }
    expect(dated.map((r) => r.day)).toEqual(dated.map((r) => r.day).sort());
    expect(rows.slice(dated.length).every((r) => r.day === undefined)).toBe(true);
  });

  it('is the staircase of the fact sheet: firms pausing from the first day lead, Apple (no change) last', () => {
    expect(rows.map((r) => [r.id, r.day ?? '-', r.status])).toEqual([
      ['google', '2020-06-30', 'paused'],
      ['twitter', '2020-06-30', 'paused'],
      ['telegram', '2020-07-05', 'paused'],
      ['facebook', '2020-07-06', 'paused'],
      ['whatsapp', '2020-07-06', 'paused'],
      ['linkedin', '2020-07-07', 'paused'],
      ['zoom', '2020-07-07', 'paused'],
      ['microsoft', '2020-07-08', 'paused'],
      ['tiktok', '2020-07-09', 'unavailable'],
      ['apple', '-', 'operational'],
    ]);
  });

  it('keeps the given order between providers that changed on the same day', () => {
    const reversed = [...data.providers].reverse();
    const ids = cascade(timeline, reversed).map((r) => r.id);
    expect(ids.indexOf('whatsapp')).toBeLessThan(ids.indexOf('facebook'));
    expect(ids.indexOf('twitter')).toBeLessThan(ids.indexOf('google'));
  });
});
