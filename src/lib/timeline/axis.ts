/**
 * The timeline's broken axis. The story is dense in its first fortnight
 * (30 June to mid-July 2020) and sparse for three years after; a linear
 * axis would squeeze the fortnight into a few pixels on a phone. So the
 * axis has two linear segments: the dense days get most of the width, the
 * "later" segment the rest, with a gap between them that is drawn as a break.
 *
 * Every day is a cell [x(day), end(day)). In the later segment a day is a
 * fraction of a pixel, so a status change there would be invisible: days
 * that carry one (and the last day, the default view) get a minimum width.
 */
import { addDays, dayToNumber, numberToDay } from './days';
import { box } from './lanes';

export interface Segment {
  from: number;
  to: number;
  first: string;
  last: string;
}

export interface Axis {
  first: string;
  last: string;
  /** Last day of the dense segment. */
  breakDay: string;
  /** Where a day's cell starts, 0..1 across the track. */
  x(day: string): number;
  /** Where a day's cell ends (the next day's start; 1 for the last day). */
  end(day: string): number;
  /** The middle of a day's cell: where its tick, label and the cursor go. */
  mid(day: string): number;
  /** The day whose cell holds a position on the track (0..1), clamped to the range. */
  dayAt(x: number): string;
  /** Start and end (0..1) of each segment, for drawing. */
  segments: Segment[];
  /** The empty stretch between the segments, if the axis is broken. */
  gap?: { from: number; to: number };
}

export interface AxisOptions {
  /** Width of the track in CSS pixels: the gap and the minimum cell are pixel sizes. */
  width?: number;
  /** Share of the width for the dense segment (0..1). */
  denseShare?: number;
  /** Width of the break between the segments, in pixels (at most 5 % of the width). */
  gapPx?: number;
  /** Days after the break that must stay visible (status changes); the last day always does. */
  stretch?: readonly string[];
  /** Least width of such a day's cell, in pixels. */
  minDayPx?: number;
}

/**
 * @param first first day of the timeline
 * @param last last day of the timeline
 * @param breakDay last day of the dense segment (clamped into the range)
 */
export function createAxis(first: string, last: string, breakDay: string, options: AxisOptions = {}): Axis {
  const { width = 320, denseShare = 0.62, gapPx = 14, stretch = [], minDayPx = 6 } = options;
  const a = dayToNumber(first);
  const z = Math.max(dayToNumber(last), a);
  const b = Math.min(Math.max(dayToNumber(breakDay), a), z);
  const px = 1 / Math.max(width, 1);
  // Nothing after the break: the dense segment takes the whole width.
  const broken = b < z;
  const share = broken ? denseShare : 1;
  const cell = share / (b - a + 1);
  const t0 = b + 1;
  const laterFrom = share + (broken ? Math.min(gapPx * px, 0.05) : 0);
  const laterWidth = 1 - laterFrom;
  const days = z - b;
  const wide = [...new Set([...stretch.map(dayToNumber), z])]
    .filter((n) => n >= t0 && n <= z)
    .sort((p, q) => p - q);
  let min = minDayPx * px;
  let per = laterWidth / days;
  // Stretch only where a day would be narrower than the minimum, and never
  // let the stretched days take more than half the segment.
  if (per < min) {
    min = Math.min(min, laterWidth / 2 / wide.length);
    per = days > wide.length ? (laterWidth - wide.length * min) / (days - wide.length) : min;
  } else wide.length = 0;
  const x = (n: number) => {
    if (n <= b) return Math.max(n - a, 0) * cell;
    if (n > z) return 1;
    let k = 0;
    while (k < wide.length && wide[k]! < n) k++;
    return laterFrom + (n - t0 - k) * per + k * min;
  };
  // On the narrowest tracks the later segment needs every pixel for its year labels (hence at most 5 %).
  const gap = broken ? { from: share, to: laterFrom } : undefined;
  const segments: Segment[] = [{ from: 0, to: share, first, last: numberToDay(b) }];
  if (broken) segments.push({ from: laterFrom, to: 1, first: numberToDay(t0), last: numberToDay(z) });
  const at = (day: string) => x(dayToNumber(day));
  const end = (day: string) => {
    const n = dayToNumber(day);
    return gap && n === b ? gap.from : x(n + 1);
  };
  const dayAt = (pos: number) => {
    if (gap && pos >= gap.from && pos < gap.to) return numberToDay(pos < (gap.from + gap.to) / 2 ? b : b + 1);
    // Cells grow left to right: the last day whose cell starts at or before pos.
    let lo = a;
    let hi = z;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (x(m) <= pos) lo = m;
      else hi = m - 1;
    }
    return numberToDay(lo);
  };
  return {
    first,
    last: numberToDay(z),
    breakDay: numberToDay(b),
    x: at,
    end,
    mid: (day) => (at(day) + end(day)) / 2,
    dayAt,
    segments,
    gap,
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

/**
 * The rail under the scrubber as path data: its segments (a bar `bar` px
 * thick through the middle of a strip `height` px tall), and a tick at the
 * start of every event day, split into days that change a status and the rest.
 * @param width the track's width in CSS pixels
 */
export function railShapes(
  axis: Axis,
  eventDays: readonly string[],
  changeDays: readonly string[],
  width: number,
  height: number,
): { rail: string; ticks: string; changes: string } {
  const mid = height / 2;
  const tick = (d: string) => box(axis.x(d) * width - 1, axis.x(d) * width + 1, mid - 7, 14);
  return {
    rail: axis.segments.map((s) => box(s.from * width, s.to * width, mid - 2, 4)).join(''),
    ticks: eventDays
      .filter((d) => !changeDays.includes(d))
      .map(tick)
      .join(''),
    changes: changeDays.map(tick).join(''),
  };
}
