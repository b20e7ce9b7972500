/**
 * What a region's status line can say over the whole timeline for one
 * provider: one representative day per distinct state (the baseline, then
 * each change). Drawing every variant in one grid cell, all but the shown
 * one hidden, reserves the tallest: the line never changes height in a play.
 */
import type { Region } from '../data/schema';
import type { StatusAt, Timeline } from './model';

/** The same key for every day on which the same change (or the baseline) holds. */
export const stateKey = (s: StatusAt): string => s.change?.id ?? 'baseline';

export function stateVariants(
  timeline: Timeline,
  provider: string,
  region: Region,
): { key: string; day: string }[] {
  const seen = new Set<string>();
  const out: { key: string; day: string }[] = [];
  for (const day of [timeline.first, ...timeline.changeDays]) {
    const key = stateKey(timeline.statusAt(provider, region, day));
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ key, day });
  }
  return out;
}
