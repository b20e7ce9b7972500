/**
 * The projections of the map, fitted to their frames (never hand-tuned).
 *
 * Used at build time: the browser only receives the projected paths.
 */
import { geoConicEqualArea, geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPoint } from 'geojson';

/** Width of the main map's coordinate frame (SVG viewBox units). */
export const MAIN_WIDTH = 1000;
/** Width of the Hong Kong inset's coordinate frame. */
export const INSET_WIDTH = 400;

/**
 * The main map's frame in longitude/latitude: all of China's land, plus the
 * sea south of Hong Kong where the inset sits (between Hainan and Luzon).
 */
export const MAIN_FRAME: [number, number][] = [
  [73.5, 53.6],
  [135.1, 53.6],
  [73.5, 18.1],
  [135.1, 18.1],
  [114.2, 12.5],
];

/** The inset's frame: Hong Kong with Macau and the Pearl River mouth beside it. */
export const INSET_FRAME: [number, number][] = [
  [113.52, 22.6],
  [114.46, 22.6],
  [113.52, 22.08],
  [114.46, 22.08],
];

/**
 * Where the inset sits on the main map (frame units): the bottom-right
 * corner, over the sea south of Taiwan and northern Luzon. It stops short
 * of Taiwan's southern tip and of the Guangdong and Fujian coast, so it
 * hides no land of the story; its leader line to Hong Kong is short.
 */
export const INSET_BOX = { x: 706, y: 568, width: 290 } as const;

function frame(points: [number, number][]): Feature<MultiPoint> {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points } };
}

/**
 * Albers equal-area conic with standard parallels at 25° and 47° N, the
 * usual choice for China: areas stay comparable from Hainan to Heilongjiang.
 */
export function mainProjection(padding = 8): { projection: GeoProjection; height: number } {
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
  projection.fitWidth(MAIN_WIDTH - 2 * padding, frame(MAIN_FRAME));
  const [, [, y1]] = projectedBounds(projection, MAIN_FRAME);
  const height = Math.ceil(y1 + 2 * padding);
  projection.translate([projection.translate()[0] + padding, projection.translate()[1] + padding]);
  return { projection, height };
}

/** Mercator is conformal and, over 100 km, as good as any projection. */
export function insetProjection(): { projection: GeoProjection; height: number } {
  const projection = geoMercator();
  projection.fitWidth(INSET_WIDTH, frame(INSET_FRAME));
  const [, [, y1]] = projectedBounds(projection, INSET_FRAME);
  return { projection, height: Math.ceil(y1) };
}

function projectedBounds(
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
