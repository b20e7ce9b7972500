/**
 * Playback pacing: the list of days the animation shows and how long each
 * stays on screen. Event days dwell (at most 2 s, as the contract says);
 * empty stretches pass quickly, in a few even steps however long they are.
 */
import { addDays, daysBetween } from './days';
import type { Timeline } from './model';

export interface Step {
  day: string;
  holdMs: number;
}

export interface Pacing {
  /** Hold on a day with events. */
  eventMs: number;
  /** Hold on a day passed on the way. */
  passMs: number;
  /** At most this many days shown between two event days. */
  maxPassSteps: number;
}

export const PACING: Pacing = { eventMs: 1600, passMs: 70, maxPassSteps: 6 };

export function playbackSteps(timeline: Timeline, from: string, pacing: Pacing = PACING): Step[] {
  const start = from >= timeline.last ? timeline.first : from;
  const steps: Step[] = [];
  let day = start;
  const hold = (d: string) =>
    timeline.eventsOn(d).length > 0 ? Math.min(pacing.eventMs, 2000) : pacing.passMs;
  steps.push({ day, holdMs: hold(day) });
  while (day < timeline.last) {
    const next = timeline.nextEventDay(day) ?? timeline.last;
    const gap = daysBetween(day, next);
    // Spread the way to the next event over at most maxPassSteps frames.
    const stride = Math.max(1, Math.ceil(gap / (pacing.maxPassSteps + 1)));
    for (let d = addDays(day, stride); d < next; d = addDays(d, stride))
      steps.push({ day: d, holdMs: pacing.passMs });
    steps.push({ day: next, holdMs: hold(next) });
    day = next;
  }
  return steps;
}
