import { beforeEach, describe, expect, it } from 'vitest';
import data from '../../../data/dataset.json';
import type { Dataset } from '../data/schema';
import { createTimeline } from './model';
import { PACING, playbackSteps } from './playback';

const timeline = createTimeline(data as Dataset);

describe('playbackSteps', () => {
  // Computed in each test, not once for the file: mutation testing sees only what runs inside tests.
  let steps: ReturnType<typeof playbackSteps>;
  beforeEach(() => {
    steps = playbackSteps(timeline, timeline.first);
  });

  it('runs from 30 June to the last day in order', () => {
    expect(steps[0]!.day).toBe('2020-06-30');
    expect(steps.at(-1)!.day).toBe(timeline.last);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.day > steps[i - 1]!.day).toBe(true);
  });

  it('stops on every event day and dwells there at most 2 s', () => {
    const shown = new Set(steps.map((s) => s.day));
    for (const day of timeline.eventDays) expect(shown.has(day)).toBe(true);
    for (const s of steps) expect(s.holdMs).toBeLessThanOrEqual(2000);
    for (const s of steps.filter((s) => timeline.eventsOn(s.day).length > 0))
      expect(s.holdMs).toBe(PACING.eventMs);
  });

  it('passes empty stretches in a few quick steps', () => {
    const between = steps.filter((s) => s.day > '2021-12-17' && s.day < '2022-04-07');
    expect(between.length).toBeLessThanOrEqual(PACING.maxPassSteps);
    const total = steps.reduce((t, s) => t + s.holdMs, 0);
    expect(total).toBeLessThan(60_000);
  });

  it('starts from the shown day, and again from 30 June when at the end', () => {
    expect(playbackSteps(timeline, '2020-07-06')[0]!.day).toBe('2020-07-06');
    expect(playbackSteps(timeline, timeline.last)[0]!.day).toBe('2020-06-30');
  });
});
