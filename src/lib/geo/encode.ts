/**
 * Compact SVG path encoding for pre-projected geometry.
 *
 * The map is projected at build time; what reaches the browser is only path
 * strings. Integer, relative coordinates keep those strings (and the script)
 * small: most steps of a simplified coastline are single digits.
 */

export type Point = readonly [number, number];
export type Ring = readonly Point[];

/** Whether b lies on the straight segment from a to c (so drawing it adds nothing). */
function between(a: Point, b: Point, c: Point): boolean {
  const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
  const dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]);
  return cross === 0 && dot > 0;
}

/**
 * Rounds every point to the grid and drops what rounding makes redundant:
 * repeated points, and points on a straight line between their neighbours
 * (steps the simplifier keeps apart often fall in line once rounded to the
 * grid). Dropping them changes no pixel of the drawn path.
 */
export function quantizeRing(ring: Ring, closed = true): [number, number][] {
  const out: [number, number][] = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    while (out.length > 1 && between(out[out.length - 2]!, out[out.length - 1]!, p)) out.pop();
    out.push(p);
  }
  if (!closed) return out;
  // A closed ring repeats its first point; `z` closes it for us.
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  // The ring wraps around: its last and first points can be in line too.
  for (;;) {
    if (out.length > 3 && between(out[out.length - 2]!, out[out.length - 1]!, out[0]!)) out.pop();
    else if (out.length > 3 && between(out[out.length - 1]!, out[0]!, out[1]!)) out.shift();
    else return out;
  }
}

/** Joins numbers the way SVG allows: a minus sign is its own separator. */
function joinNumbers(values: number[]): string {
  let s = '';
  values.forEach((v, i) => {
    s += i > 0 && v >= 0 ? ` ${v}` : `${v}`;
  });
  return s;
}

/**
 * Encodes rings as one path: absolute move to the first ring's start,
 * relative lines after it. Later rings start with a relative move, whose
 * further pairs SVG reads as relative lines, so they need no `l`. Rings that
 * collapse to fewer than three points vanish, as they would be invisible at
 * this scale anyway.
 */
export function encodeRings(rings: readonly Ring[], closed = true): string {
  let d = '';
  let cx = 0;
  let cy = 0;
  let started = false;
  for (const ring of rings) {
    const q = quantizeRing(ring, closed);
    if (q.length < (closed ? 3 : 2)) continue;
    const [x0, y0] = q[0]!;
    const steps: number[] = [];
    let px = x0;
    let py = y0;
    for (const [x, y] of q.slice(1)) {
      steps.push(x - px, y - py);
      px = x;
      py = y;
    }
    d += started
      ? `m${joinNumbers([x0 - cx, y0 - cy, ...steps])}`
      : `M${joinNumbers([x0, y0])}l${joinNumbers(steps)}`;
    started = true;
    if (closed) {
      d += 'z';
      cx = x0;
      cy = y0;
    } else {
      cx = px;
      cy = py;
    }
  }
  return d;
}

/** Decodes what `encodeRings` wrote back to absolute rings (for tests and tooling). */
export function decodePath(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  const tokens = d.match(/[MmLlZz]|-?\d+(?:\.\d+)?/g) ?? [];
  let cmd = '';
  let x = 0;
  let y = 0;
  let ring: [number, number][] = [];
  let startX = 0;
  let startY = 0;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (/[MmLlZz]/.test(t)) {
      cmd = t;
      i++;
      if (cmd === 'z' || cmd === 'Z') {
        x = startX;
        y = startY;
      }
      continue;
    }
    const a = Number(t);
    const b = Number(tokens[i + 1]);
    i += 2;
    if (cmd === 'M' || cmd === 'm') {
      if (ring.length) rings.push(ring);
      x = cmd === 'M' ? a : x + a;
      y = cmd === 'M' ? b : y + b;
      startX = x;
      startY = y;
      ring = [[x, y]];
      cmd = cmd === 'M' ? 'L' : 'l';
    } else {
      x = cmd === 'L' ? a : x + a;
      y = cmd === 'L' ? b : y + b;
      ring.push([x, y]);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}
