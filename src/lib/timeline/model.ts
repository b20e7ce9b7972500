/**
 * The timeline model: what was the status of provider P in region R at the
 * end of day D, which days carry events, and how to move between them.
 * Built once per dataset; every query afterwards is a lookup or a binary
 * search, so scrubbing costs next to nothing.
 */
import type { Baseline, Dataset, Region, Status, TimelineEvent } from '../data/schema';
import { REGIONS } from '../data/schema';
import { addDays } from './days';

/** The law took effect on 30 June 2020 at 23:00 HKT: the timeline starts that day. */
export const TIMELINE_START = '2020-06-30';

export interface StatusAt {
  status: Status;
  /** The change that set this status, or none when the baseline holds. */
  change?: TimelineEvent;
  baseline: Baseline;
}

export interface Timeline {
  readonly first: string;
  readonly last: string;
  /** Every day with at least one event, ascending. */
  readonly eventDays: readonly string[];
  /** Days on which some status changes, ascending. */
  readonly changeDays: readonly string[];
  statusAt(provider: string, region: Region, day: string): StatusAt;
  eventsOn(day: string): TimelineEvent[];
  /** The latest day on or before `day` with an event, if any. */
  latestEventDay(day: string): string | undefined;
  previousEventDay(day: string): string | undefined;
  nextEventDay(day: string): string | undefined;
}

/** Index of the last element <= value in an ascending array, or -1. */
function floorIndex(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function isStatusChange(e: TimelineEvent): e is TimelineEvent & { to: Status; from: Status } {
  return e.to !== undefined && e.from !== undefined && e.provider !== undefined && e.region !== undefined;
}

export function createTimeline(data: Dataset): Timeline {
  const baselines = new Map<string, Baseline>();
  for (const b of data.baselines) baselines.set(`${b.provider}/${b.region}`, b);

  const changes = new Map<string, { days: string[]; events: TimelineEvent[] }>();
  const byDay = new Map<string, TimelineEvent[]>();
  const changeDays = new Set<string>();
  const events = [...data.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const e of events) {
    const list = byDay.get(e.date) ?? [];
    list.push(e);
    byDay.set(e.date, list);
    if (!isStatusChange(e)) continue;
    changeDays.add(e.date);
    const key = `${e.provider}/${e.region}`;
    const entry = changes.get(key) ?? { days: [], events: [] };
    entry.days.push(e.date);
    entry.events.push(e);
    changes.set(key, entry);
  }

  const eventDays = [...byDay.keys()].filter((d) => d >= TIMELINE_START).sort();
  const last = eventDays[eventDays.length - 1] ?? TIMELINE_START;

  return {
    first: TIMELINE_START,
    last,
    eventDays,
    changeDays: [...changeDays].filter((d) => d >= TIMELINE_START).sort(),
    statusAt(provider, region, day) {
      const key = `${provider}/${region}`;
      const baseline = baselines.get(key);
      if (!baseline) throw new Error(`no baseline for ${key}`);
      const entry = changes.get(key);
      const i = entry ? floorIndex(entry.days, day) : -1;
      if (!entry || i < 0) return { status: baseline.status, baseline };
      const change = entry.events[i]!;
      return { status: change.to!, change, baseline };
    },
    eventsOn(day) {
      return byDay.get(day) ?? [];
    },
    latestEventDay(day) {
      const i = floorIndex(eventDays, day);
      return i >= 0 ? eventDays[i] : undefined;
    },
    previousEventDay(day) {
      const i = floorIndex(eventDays, addDays(day, -1));
      return i >= 0 ? eventDays[i] : undefined;
    },
    nextEventDay(day) {
      const i = floorIndex(eventDays, day);
      return eventDays[i + 1];
    },
  };
}

/** Status of every provider in both regions on a day: the overview's rows. */
export function overviewAt(
  timeline: Timeline,
  providers: readonly { id: string }[],
  day: string,
): { provider: string; statuses: Record<Region, Status> }[] {
  return providers.map((p) => ({
    provider: p.id,
    statuses: Object.fromEntries(REGIONS.map((r) => [r, timeline.statusAt(p.id, r, day).status])) as Record<
      Region,
      Status
    >,
  }));
}
