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
  INSET_BOX,
  INSET_WIDTH,
  MAIN_WIDTH,
  insetProjection,
  mainProjection,
} from '../../src/lib/geo/projection';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('./map.json', import.meta.url));

/** ISO 3166 numeric ids in world-atlas. */
const ID = { china: '156', hongKong: '344', macau: '446', taiwan: '158' } as const;
const OWN = new Set<string>(Object.values(ID));

/**
 * Minimum triangle area kept by Visvalingam simplification, in square
 * frame units of the map it is drawn on (so the threshold is measured on
 * the grid the paths are rounded to, not in degrees). The main map is usually
 * at most about 700 px wide for its 1000 units, so a bump of 2 square units
 * is a pixel or so: nothing visible is lost, and finer detail would mostly
 * be rounded away anyway.
 */
export const MAIN_MIN_AREA = 2;
/**
 * Neighbouring countries are context, drawn as one land mass without
 * their borders: coarser detail (10 square units, about 20 km) is enough
 * there. Their edge along China sits under China's own (finer) outline.
 */
export const CONTEXT_MIN_AREA = 10;
/**
 * The inset (10m data) is drawn up to 400 px wide for its 400 units, at
 * twice or three times the density on phones: 2 square units keeps
 * Hong Kong's coves and islands as they look at full detail.
 */
export const INSET_MIN_AREA = 2;

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
  const { projection: main, height } = mainProjection();
  main.clipExtent([
    [0, 0],
    [MAIN_WIDTH, height],
  ]);
  const world50 = simplified('countries-50m.json', main, MAIN_MIN_AREA);
  const pick = (topo: Countries, id: string) =>
    feature(topo, {
      type: 'GeometryCollection',
      geometries: topo.objects.countries.geometries.filter((g) => g.id === id),
    });
  const coarse = simplified('countries-50m.json', main, CONTEXT_MIN_AREA);
  const others = coarse.objects.countries.geometries.filter((g) => !OWN.has(String(g.id)));

  const { projection: inset, height: insetHeight } = insetProjection();
  inset.clipExtent([
    [0, 0],
    [INSET_WIDTH, insetHeight],
  ]);
  const world10 = simplified('countries-10m.json', inset, INSET_MIN_AREA);

  // The locator box is the inset's frame projected onto the main map.
  const corners = [
    [0, 0],
    [INSET_WIDTH, insetHeight],
  ].map(([x, y]) => main(inset.invert!([x!, y!])!)!);
  const [[lx0, ly0], [lx1, ly1]] = corners as [[number, number], [number, number]];

  return {
    source: 'Natural Earth via world-atlas 2.0.2 (countries-50m, countries-10m), public domain',
    main: {
      width: MAIN_WIDTH,
      height,
      neighbours: pathOf(main, merge(coarse, others as (Polygon | MultiPolygon)[])),
      mainland: pathOf(main, pick(world50, ID.china)),
      taiwan: pathOf(main, pick(world50, ID.taiwan)),
      hongKong: pathOf(main, pick(world50, ID.hongKong)),
      // Macau is left to the inset: at this scale it is under a unit wide, below the locator box.
      locator: {
        x: Math.floor(Math.min(lx0, lx1)),
        y: Math.floor(Math.min(ly0, ly1)),
        width: Math.ceil(Math.abs(lx1 - lx0)),
        height: Math.ceil(Math.abs(ly1 - ly0)),
      },
      insetBox: { ...INSET_BOX, height: Math.round((INSET_BOX.width * insetHeight) / INSET_WIDTH) },
      hongKongPoint: pointOf(main, [114.17, 22.32]),
      mainlandLabel: pointOf(main, [103, 34]),
      taiwanLabel: pointOf(main, [121, 23.7]),
    },
    inset: {
      width: INSET_WIDTH,
      height: insetHeight,
      mainland: pathOf(inset, pick(world10, ID.china)),
      hongKong: pathOf(inset, pick(world10, ID.hongKong)),
      macau: pathOf(inset, pick(world10, ID.macau)),
      hongKongLabel: pointOf(inset, [114.2, 22.36]),
      macauLabel: pointOf(inset, [113.56, 22.16]),
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
