/**
 * The pre-projected map geometry (written by `npm run data:geo`), typed,
 * and how its panels are laid over one another.
 */
import geometry from '../../../data/geo/map.json';
import type { Box, MapGeometry } from './types';

export type { Box, MapGeometry };
export const MAP = geometry as MapGeometry;

interface Frame {
  width: number;
  height: number;
}

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;

/** A box of a panel as CSS percentages of that panel, for laying HTML over it. */
export function percentBox(box: Box, frame: Frame): { left: string; top: string; width: string } {
  return {
    left: pct(box.x / frame.width),
    top: pct(box.y / frame.height),
    width: pct(box.width / frame.width),
  };
}

/** A point of a panel as CSS percentages of that panel. */
export function percentPoint([x, y]: [number, number], frame: Frame): { left: string; top: string } {
  return { left: pct(x / frame.width), top: pct(y / frame.height) };
}
