import { describe, expect, it } from 'vitest';
import { BUNDLED } from '../data/bundled';
import { createTimeline } from './model';
import { stateKey, stateVariants } from './variants';

const timeline = createTimeline(BUNDLED);

describe('stateVariants', () => {
  it('lists the baseline and each change of a provider in a region, once each, in time order', () => {
    const v = stateVariants(timeline, 'tiktok', 'hong-kong');
    expect(v[0]).toEqual({ key: 'baseline', day: '2020-06-30' });
    expect(v.map((x) => x.key)).toEqual([...new Set(v.map((x) => x.key))]);
    expect(v.map((x) => x.day)).toEqual([...v.map((x) => x.day)].sort());
    expect(v.length).toBeGreaterThan(1);
  });

  it('covers every day: the state of any day is one of the variants', () => {
    for (const provider of ['facebook', 'zoom', 'linkedin', 'tiktok', 'apple'])
      for (const region of ['mainland', 'hong-kong'] as const) {
        const keys = new Set(stateVariants(timeline, provider, region).map((v) => v.key));
        for (const day of [timeline.first, ...timeline.eventDays, timeline.last])
          expect(keys.has(stateKey(timeline.statusAt(provider, region, day)))).toBe(true);
      }
  });

  it('has a single variant where nothing changes', () => {
    expect(stateVariants(timeline, 'facebook', 'mainland')).toEqual([{ key: 'baseline', day: '2020-06-30' }]);
  });
});
