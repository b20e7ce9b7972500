/**
 * The timeline's broken axis. The story is dense in its first fortnight
 * (30 June to mid-July 2020) and sparse for three years after; a linear
 * axis would squeeze the fortnight into a few pixels on a phone. So the
 * axis has two linear segments: the dense days get most of the width, the
 * "later" segment the rest, with a visible gap between them.
 */
import { addDays, dayToNumber, numberToDay } from './days';

export interface Axis {
  first: string;
  last: string;
  /** Last day of the dense segment. */
  breakDay: string;
  /** Position of a day, 0..1 across the track. */
  x(day: string): number;
  /** The day nearest to a position on the track (0..1). */
  dayAt(x: number): string;
  /** Start and end (0..1) of each segment, for drawing. */
  segments: { from: number; to: number; first: string; last: string }[];
}

/**
 * @param first first day of the timeline
 * @param last last day of the timeline
 * @param breakDay last day of the dense segment (clamped into the range)
 * @param denseShare share of the width for the dense segment (0..1)
 * @param gap share of the width left empty between the segments
 */
export function createAxis(
  first: string,
  last: string,
  breakDay: string,
  denseShare = 0.62,
  gap = 0.03,
): Axis {
  const a = dayToNumber(first);
  const z = dayToNumber(last);
  const b = Math.min(Math.max(dayToNumber(breakDay), a), z);
  // Nothing after the break: one linear segment over the whole width.
  if (b >= z) {
    const span = Math.max(z - a, 1);
    return {
      first,
      last,
      breakDay: last,
      x: (day) => (dayToNumber(day) - a) / span,
      dayAt: (x) => numberToDay(a + Math.round(Math.min(Math.max(x, 0), 1) * span)),
      segments: [{ from: 0, to: 1, first, last }],
    };
  }
  const denseSpan = Math.max(b - a, 1);
  const laterStart = b + 1;
  const laterSpan = Math.max(z - laterStart, 1);
  const laterFrom = denseShare + gap;
  const laterWidth = 1 - laterFrom;
  const x = (day: string) => {
    const n = dayToNumber(day);
    if (n <= b) return ((n - a) / denseSpan) * denseShare;
    return laterFrom + ((n - laterStart) / laterSpan) * laterWidth;
  };
  const dayAt = (pos: number) => {
    const p = Math.min(Math.max(pos, 0), 1);
    if (p <= denseShare + gap / 2)
      return numberToDay(a + Math.round(Math.min(p / denseShare, 1) * denseSpan));
    return numberToDay(laterStart + Math.round(Math.max((p - laterFrom) / laterWidth, 0) * laterSpan));
  };
  return {
    first,
    last,
    breakDay: numberToDay(b),
    x,
    dayAt,
    segments: [
      { from: 0, to: denseShare, first, last: numberToDay(b) },
      { from: laterFrom, to: 1, first: addDays(numberToDay(b), 1), last },
    ],
  };
}

/** Tick days for the axis: every few days in the dense part, each year in the later part. */
export function axisTicks(axis: Axis, denseEvery = 3): string[] {
  const ticks: string[] = [];
  for (let d = axis.first; d <= axis.breakDay; d = addDays(d, denseEvery)) ticks.push(d);
  const startYear = Number(axis.breakDay.slice(0, 4)) + 1;
  const endYear = Number(axis.last.slice(0, 4));
  for (let y = startYear; y <= endYear; y++) ticks.push(`${y}-01-01`);
  return ticks;
}
