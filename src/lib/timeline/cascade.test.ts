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
});
