import { describe, expect, it } from 'vitest';
import data from '../../../data/dataset.json';
import type { Dataset } from '../data/schema';
import { createTimeline } from './model';
import { laneOrder, pauseOrder } from './order';

const dataset = data as Dataset;
const timeline = createTimeline(dataset);
const ids = dataset.providers.map((p) => p.id);

describe('pauseOrder', () => {
  it('lists the services in the order they stopped in Hong Kong, the rest after', () => {
    expect(pauseOrder(timeline, ids)).toEqual([
      // 30 June, in the data's order
      'google',
      'twitter',
      // 5 July
      'telegram',
      // 6 July
      'facebook',
      'whatsapp',
      // 7 July (Zoom's Hong Kong day, as the editorial pass settled it)
      'linkedin',
      'zoom',
      // 8 July
      'microsoft',
      // 9 July: withdrawn
      'tiktok',
      // never
      'apple',
    ]);
  });

  it('breaks ties by the order it is given', () => {
    expect(pauseOrder(timeline, ['zoom', 'microsoft', 'apple', 'google'])).toEqual([
      'google',
      'zoom',
      'microsoft',
      'apple',
    ]);
  });

  it('orders by another region on request: the mainland blocked most before the law', () => {
    expect(pauseOrder(timeline, ids, 'mainland')).toEqual([
      // blocked or not offered when the timeline starts
      'facebook',
      'whatsapp',
      'google',
      'twitter',
      'telegram',
      'tiktok',
      // withdrawn on the last day
      'linkedin',
      'microsoft',
      'zoom',
      'apple',
    ]);
  });

  it('is a permutation of its input', () => {
    expect([...pauseOrder(timeline, ids)].sort()).toEqual([...ids].sort());
    expect(pauseOrder(timeline, [])).toEqual([]);
  });
});

describe('laneOrder', () => {
  it('uses the staircase for the default list and keeps an explicit one', () => {
    expect(laneOrder(timeline, ids, ids)).toEqual(pauseOrder(timeline, ids));
    expect(laneOrder(timeline, ['apple', 'google'], ids)).toEqual(['apple', 'google']);
    const reversed = [...ids].reverse();
    expect(laneOrder(timeline, reversed, ids)).toEqual(reversed);
  });
});
