/**
 * Geometry pipeline: Natural Earth (world-atlas) -> simplified, projected,
 * compact SVG paths in data/geo/map.json. Run with `npm run data:geo`.
 *
 * Everything expensive (simplification, projection, clipping) happens here,
 * once, so that the browser only draws finished paths.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { encodeRings, type Ring } from '../../src/lib/geo/encode';
import type { MapGeometry } from '../../src/lib/geo/types';
import {
  HERO_WIDTH,
  LOCATOR_CORNERS,
  LOCATOR_WIDTH,
  heroProjection,
  locatorProjection,
} from '../../src/lib/geo/projection';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('./map.json', import.meta.url));

/** ISO 3166 numeric ids in world-atlas. */
const ID = { china: '156', hongKong: '344', macau: '446', taiwan: '158' } as const;

/**
 * Minimum triangle area kept by Visvalingam simplification, in square
 * frame units of the panel it is drawn on (so the threshold is measured on
 * the grid the paths are rounded to, not in degrees).
 *
 * The Hong Kong panel (10m data) is drawn up to about 640 px wide for its
 * 600 units, at two or three times the density on phones: 1.5 square units
 * keeps the coves and islands that make Hong Kong recognisable.
 */
export const HERO_MIN_AREA = 1.5;
/**
 * The shore beside Hong Kong is context, a single land mass with no border
 * of its own to show: coarser detail is enough.
 */
export const HERO_CONTEXT_MIN_AREA = 4;
/**
 * The locator is at most about 180 px wide for its 200 units: half a
 * square unit still reads as China's outline, and nothing finer survives
 * rounding to the grid.
 */
export const LOCATOR_MIN_AREA = 0.5;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function load(name: string): Countries {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Countries;
}

/** Natural Earth simplified for one projection: triangles smaller than `minArea` square frame units go. */
function simplified(name: string, projection: GeoProjection, minArea: number): Countries {
  const area = (triangle: number[][]) => {
    const [a, b, c] = triangle.map(([lon, lat]) => projection([lon!, lat!]) ?? [NaN, NaN]) as [
      [number, number],
      [number, number],
      [number, number],
    ];
    const weight = Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
    // Points the projection cannot place (Mercator's poles) are far off the frame; keep them for clipping.
    return Number.isFinite(weight) ? weight : Infinity;
  };
  return simplify(presimplify(load(name), area), minArea) as Countries;
}

/** Collects the projected, clipped rings that d3-geo streams out. */
function rings(projection: GeoProjection, object: GeoPermissibleObjects): Ring[] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  const context = {
    moveTo(x: number, y: number) {
      current = [[x, y]];
      out.push(current);
    },
    lineTo(x: number, y: number) {
      current.push([x, y]);
    },
    beginPath() {},
    closePath() {},
    arc() {},
  };
  geoPath(projection, context).pointRadius(0)(object);
  return out;
}

function pathOf(projection: GeoProjection, object: GeoPermissibleObjects, closed = true): string {
  return encodeRings(rings(projection, object), closed);
}

function pointOf(projection: GeoProjection, lonLat: [number, number]): [number, number] {
  const p = projection(lonLat)!;
  return [Math.round(p[0]), Math.round(p[1])];
}

export function buildGeometry(): MapGeometry {
  const pick = (topo: Countries, id: string) =>
    feature(topo, {
      type: 'GeometryCollection',
      geometries: topo.objects.countries.geometries.filter((g) => g.id === id),
    });

  const { projection: hero, height: heroHeight } = heroProjection();
  hero.clipExtent([
    [0, 0],
    [HERO_WIDTH, heroHeight],
  ]);
  const fine = simplified('countries-10m.json', hero, HERO_MIN_AREA);
  const shore = simplified('countries-10m.json', hero, HERO_CONTEXT_MIN_AREA);
  const neighbours = shore.objects.countries.geometries.filter((g) => String(g.id) !== ID.hongKong);

  const { projection: locator, height: locatorHeight } = locatorProjection();
  const coarse = simplified('countries-50m.json', locator, LOCATOR_MIN_AREA);

  const box = (corners: [number, number][], projection: GeoProjection) => {
    const [[x0, y0], [x1, y1]] = corners.map((c) => projection(c)!) as [[number, number], [number, number]];
    const x = Math.floor(Math.min(x0, x1));
    const y = Math.floor(Math.min(y0, y1));
    return { x, y, width: Math.ceil(Math.max(x0, x1)) - x, height: Math.ceil(Math.max(y0, y1)) - y };
  };
  // The Hong Kong panel's extent, as seen on the locator.
  const heroCorners = [
    [0, 0],
    [HERO_WIDTH, heroHeight],
  ].map(([x, y]) => hero.invert!([x!, y!])!);

  return {
    source: 'Natural Earth via world-atlas 2.0.2 (countries-10m, countries-50m), public domain',
    hero: {
      width: HERO_WIDTH,
      height: heroHeight,
      hongKong: pathOf(hero, pick(fine, ID.hongKong)),
      land: pathOf(hero, merge(shore, neighbours as (Polygon | MultiPolygon)[])),
      locatorBox: box(LOCATOR_CORNERS, hero),
      hongKongLabel: pointOf(hero, [113.665, 22.16]),
    },
    locator: {
      width: LOCATOR_WIDTH,
      height: locatorHeight,
      mainland: pathOf(locator, pick(coarse, ID.china)),
      taiwan: pathOf(locator, pick(coarse, ID.taiwan)),
      hongKongBox: box(heroCorners, locator),
    },
  };
}

export function serialize(geometry: MapGeometry): string {
  return `${JSON.stringify(geometry, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = serialize(buildGeometry());
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${text.length} bytes)`);
}
