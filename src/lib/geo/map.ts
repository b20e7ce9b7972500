/**
 * The pre-projected map geometry (written by `npm run data:geo`), typed.
 */
import geometry from '../../../data/geo/map.json';
import type { MapGeometry } from './types';

export type { MapGeometry };
export const MAP = geometry as MapGeometry;

/** The leader line from the locator box to the inset, in main-map units. */
export function leaderLine(map: MapGeometry): { x1: number; y1: number; x2: number; y2: number } {
  const { locator, insetBox } = map.main;
  return {
    x1: locator.x + locator.width,
    y1: locator.y + locator.height / 2,
    x2: insetBox.x,
    y2: insetBox.y + insetBox.height / 2,
  };
}

/** The inset's box as percentages of the main map, for positioning it over the map. */
export function insetPlacement(map: MapGeometry): { left: string; top: string; width: string } {
  const { width, height, insetBox } = map.main;
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  return { left: pct(insetBox.x / width), top: pct(insetBox.y / height), width: pct(insetBox.width / width) };
}
