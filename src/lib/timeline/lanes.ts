/**
 * Lanes: each provider's status over the whole timeline as spans of days,
 * so the reader sees the wave of pauses before pressing play.
 */
import type { Region, Status } from '../data/schema';
import { addDays } from './days';
import { isStatusChange, type Timeline } from './model';

export interface Span {
  first: string;
  last: string;
  status: Status;
}

export function laneSpans(timeline: Timeline, provider: string, region: Region): Span[] {
  const spans: Span[] = [];
  let first = timeline.first;
  let status = timeline.statusAt(provider, region, first).status;
  for (const day of timeline.changeDays) {
    if (day <= timeline.first) continue;
    const changed = timeline
      .eventsOn(day)
      .some((e) => isStatusChange(e) && e.provider === provider && e.region === region);
    if (!changed) continue;
    spans.push({ first, last: addDays(day, -1), status });
    first = day;
    status = timeline.statusAt(provider, region, day).status;
  }
  spans.push({ first, last: timeline.last, status });
  return spans;
}

/** Days on which a provider's status changes in a region (the lane's marks). */
export function laneChanges(timeline: Timeline, provider: string, region: Region): string[] {
  return timeline.changeDays.filter((day) =>
    timeline.eventsOn(day).some((e) => isStatusChange(e) && e.provider === provider && e.region === region),
  );
}
