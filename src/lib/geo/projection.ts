/**
 * The projections of the two map panels, fitted to their frames (never
 * hand-tuned). Hong Kong is the main picture; mainland China is the locator
 * panel that sits in a corner of it.
 *
 * Used at build time: the browser only receives the projected paths.
 */
import { geoConicEqualArea, geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPoint } from 'geojson';

/** Width of the Hong Kong panel's coordinate frame (SVG viewBox units). */
export const HERO_WIDTH = 600;
/** Width of the mainland locator's coordinate frame. */
export const LOCATOR_WIDTH = 200;

/**
 * The Hong Kong panel: the whole territory, the Shenzhen side of the border
 * as context, and to the west the Pearl River mouth, whose open water
 * leaves room for the locator (top left) and the label (bottom left)
 * without covering any of Hong Kong.
 */
export const HERO_FRAME: [number, number][] = [
  [113.64, 22.6],
  [114.46, 22.6],
  [113.64, 22.1],
  [114.46, 22.1],
];

/**
 * Where the mainland locator sits over the Hong Kong panel, in longitude and
 * latitude (north-west corner, south-east corner): over the Shenzhen shore
 * and the estuary, west and north of Hong Kong's westernmost land.
 */
export const LOCATOR_CORNERS: [[number, number], [number, number]] = [
  [113.645, 22.595],
  [113.88, 22.4],
];

/**
 * The locator's frame: all of China's land (Taiwan and Hainan included).
 * The conic bends parallels, so the southern edge needs its middle point too.
 */
export const LOCATOR_FRAME: [number, number][] = [
  [73.5, 53.6],
  [135.1, 53.6],
  [73.5, 18.1],
  [105, 18.1],
  [135.1, 18.1],
];

function frame(points: [number, number][]): Feature<MultiPoint> {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points } };
}

/** Mercator is conformal and, over 100 km, as good as any projection. */
export function heroProjection(): { projection: GeoProjection; height: number } {
  const projection = geoMercator();
  projection.fitWidth(HERO_WIDTH, frame(HERO_FRAME));
  const [, [, y1]] = projectedBounds(projection, HERO_FRAME);
  return { projection, height: Math.ceil(y1) };
}

/**
 * Albers equal-area conic with standard parallels at 25° and 47° N, the
 * usual choice for China: areas stay comparable from Hainan to Heilongjiang.
 */
export function locatorProjection(padding = 6): { projection: GeoProjection; height: number } {
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
  projection.fitWidth(LOCATOR_WIDTH - 2 * padding, frame(LOCATOR_FRAME));
  const [, [, y1]] = projectedBounds(projection, LOCATOR_FRAME);
  const height = Math.ceil(y1 + 2 * padding);
  projection.translate([projection.translate()[0] + padding, projection.translate()[1] + padding]);
  return { projection, height };
}

export function projectedBounds(
  projection: GeoProjection,
  points: [number, number][],
): [[number, number], [number, number]] {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of points) {
    const q = projection(p);
    if (q) {
      xs.push(q[0]);
      ys.push(q[1]);
    }
  }
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
