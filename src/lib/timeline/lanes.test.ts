import { describe, expect, it } from 'vitest';
import data from '../../../data/dataset.json';
import type { Dataset } from '../data/schema';
import { laneChanges, laneSpans } from './lanes';
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
