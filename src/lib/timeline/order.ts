/**
 * The cascade as a staircase: services in the order they stopped handling
 * the authorities' requests in Hong Kong, so that the lanes (and any list of
 * services) step down one firm after another instead of zigzagging in brand
 * order. A withdrawal counts like a pause: the firm stopped answering by
 * leaving (TikTok, 9 July 2020), which is part of the same wave.
 */
import type { Region } from '../data/schema';
import { isStatusChange, type Timeline } from './model';

/**
 * Provider ids ordered by the first day their status in `region` left
 * "operational" (earliest first; ties keep the given order), then the
 * ones that never did, in the given order. Already not operational when
 * the timeline starts counts as earliest.
 */
export function pauseOrder(
  timeline: Timeline,
  ids: readonly string[],
  region: Region = 'hong-kong',
): string[] {
  const day = new Map<string, string>();
  for (const id of ids)
    if (timeline.statusAt(id, region, timeline.first).baseline.status !== 'operational') day.set(id, '');
  for (const d of timeline.changeDays)
    for (const e of timeline.eventsOn(d))
      if (isStatusChange(e) && e.region === region && e.to !== 'operational' && !day.has(e.provider!))
        day.set(e.provider!, d);
  const rank = (id: string) => day.get(id) ?? '\uffff';
  // Array.prototype.sort is stable: equal days keep the data's order.
  return [...ids].sort((p, q) => (rank(p) < rank(q) ? -1 : rank(p) > rank(q) ? 1 : 0));
}

/**
 * The order of the lanes: the staircase when the widget shows the dataset's
 * services as they come, the editor's order when the `providers` option set one.
 * @param shown the ids the widget shows, in its order
 * @param all the dataset's ids, in the data's order
 */
export function laneOrder(timeline: Timeline, shown: readonly string[], all: readonly string[]): string[] {
  const asInData = shown.length === all.length && shown.every((id, i) => id === all[i]);
  return asInData ? pauseOrder(timeline, shown) : [...shown];
}
