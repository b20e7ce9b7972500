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
 * degrees. 0.0008 keeps detail of roughly 4 km: at the map's width one
 * frame unit is about 7 km, so nothing visible is lost.
 */
export const MAIN_MIN_WEIGHT = 0.0008;
/**
 * Neighbouring countries are context, drawn as one land mass without
 * their borders: coarse detail (about 20 km) is enough there and cuts
 * their bytes by two thirds. Their edge along China sits under China's own
 * (finer) outline.
 */
export const CONTEXT_MIN_WEIGHT = 0.02;
/** For the inset (10m data), detail of about 300 m survives. */
export const INSET_MIN_WEIGHT = 0.000006;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function load(name: string): Countries {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Countries;
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
  const world50 = simplify(presimplify(load('countries-50m.json')), MAIN_MIN_WEIGHT) as Countries;
  const pick = (topo: Countries, id: string) =>
    feature(topo, {
      type: 'GeometryCollection',
      geometries: topo.objects.countries.geometries.filter((g) => g.id === id),
    });
  const coarse = simplify(presimplify(load('countries-50m.json')), CONTEXT_MIN_WEIGHT) as Countries;
  const others = coarse.objects.countries.geometries.filter((g) => !OWN.has(String(g.id)));

  const { projection: inset, height: insetHeight } = insetProjection();
  inset.clipExtent([
    [0, 0],
    [INSET_WIDTH, insetHeight],
  ]);
  const world10 = simplify(presimplify(load('countries-10m.json')), INSET_MIN_WEIGHT) as Countries;

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
      macau: pathOf(main, pick(world50, ID.macau)),
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
