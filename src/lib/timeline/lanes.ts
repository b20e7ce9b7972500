/**
 * Lanes: each provider's status over the whole timeline as spans of days,
 * so the reader sees the wave of pauses before pressing play.
 */
import type { Region, Status } from '../data/schema';
import type { Axis } from './axis';
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

/** Rows of the lanes, in CSS pixels: a thick band for Hong Kong over a thin one for the mainland. */
export const LANE = { row: 16, hongKong: { y: 1, height: 9 }, mainland: { y: 11, height: 4 } } as const;

/** A rectangle as path data, in pixels rounded to a tenth. */
export function box(x0: number, x1: number, y: number, height: number): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x0)} ${y}H${r(x1)}v${height}H${r(x0)}z`;
}

/**
 * Every lane drawn as one path per status (a handful of elements, however
 * many spans): row i holds the i-th id, its Hong Kong band over its mainland band.
 * @param width the track's width in CSS pixels
 */
export function laneShapes(
  timeline: Timeline,
  axis: Axis,
  ids: readonly string[],
  width: number,
): { status: Status; d: string }[] {
  const paths = new Map<Status, string>();
  ids.forEach((id, i) => {
    for (const [region, band] of [
      ['hong-kong', LANE.hongKong],
      ['mainland', LANE.mainland],
    ] as const)
      for (const s of laneSpans(timeline, id, region))
        paths.set(
          s.status,
          (paths.get(s.status) ?? '') +
            box(axis.x(s.first) * width, axis.end(s.last) * width, i * LANE.row + band.y, band.height),
        );
  });
  return [...paths].map(([status, d]) => ({ status, d }));
}

/**
 * The axis break drawn across a strip of the given height: a band from
 * `from` to `to` (pixels) with zigzag edges, to paint in the background
 * colour over whatever runs across it, and the two zigzags to stroke. Bands
 * that run on under a torn edge read as one story interrupted, not two.
 */
export function breakMarks(
  from: number,
  to: number,
  height: number,
  tooth = 4,
): { band: string; edges: string } {
  const amp = Math.min(3, (to - from) / 4);
  const zig = (x: number, down: boolean) => {
    const pts: string[] = [];
    const n = Math.max(1, Math.ceil(height / tooth));
    for (let i = 0; i <= n; i++) {
      const y = down ? (i * height) / n : height - (i * height) / n;
      pts.push(`${(x + (i % 2 ? amp : 0)).toFixed(1)} ${y.toFixed(1)}`);
    }
    return pts;
  };
  const left = zig(from, true);
  const right = zig(to - amp, false);
  return {
    band: `M${left.join('L')}L${right.join('L')}Z`,
    edges: `M${left.join('L')}M${right.join('L')}`,
  };
}
