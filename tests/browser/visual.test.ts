/**
 * Visual regression, per engine: screenshots of the built embed as a phone
 * (390 px wide) and a desktop (1000 px) reader sees it, light and dark, on
 * fixed days, compared with that engine's own baselines in
 * tests/visual/ENGINE/. Engines draw text differently, so pictures are only
 * ever compared within one engine: a WebKit-only layout break fails here.
 *
 * Each picture is compared as a whole and region by region (map, service
 * picker, timeline, overview: found through the contract's hooks), because a
 * wrong colour in one small region is lost in a whole-picture percentage.
 * Tolerances come from measured noise (tests/README.md): the same build shot
 * again differs by 0 pixels in every region of all 24 pictures, in every
 * engine, so a handful of anti-aliasing pixels are allowed, no more.
 *
 * A missing baseline FAILS. Baselines are written only by
 * `npm run test:update-visual` (UPDATE_VISUAL=1), never by a normal run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ENGINES, useEngine, WATCH, type Rect } from '../helpers/engines';

const DIR = resolve('tests/visual');
const OUT = resolve('test-results/visual');
const UPDATE = process.env.UPDATE_VISUAL === '1';

/** Per-pixel colour threshold of pixelmatch (0..1): below it two pixels count as equal. */
const THRESHOLD = 0.1;
/**
 * Differing pixels allowed per region: the measured noise is 0 (see
 * tests/README.md); this leaves room for a few anti-aliased edge pixels and
 * no more. The map region allows about 200 pixels; Hong Kong painted with
 * the wrong pattern changes 2350-8425.
 */
const MAX_SHARE = 0.001;
const MIN_PIXELS = 12;

// Fonts fixed to the ones the test set-up installs, so the baselines do not
// depend on whatever the machine's default sans-serif is.
const FONT_CSS = '<link rel="stylesheet" href="/pages/visual.css">';

const CASES = [
  // Zoom on 8 July 2020 in German: Hong Kong "requests paused" on the map and in the lanes.
  { name: 'zoom-2020-07-08-de', attrs: 'lang="de" provider="zoom" date="2020-07-08"' },
  // The final state in Traditional Chinese (CJK text, every lane complete).
  { name: 'facebook-final-zh', attrs: 'lang="zh-Hant" provider="facebook"' },
];
const SIZES = [
  // A phone's width; tall enough that the whole widget is in the picture.
  { name: 'phone', width: 390, height: 2700 },
  { name: 'desktop', width: 1000, height: 1600 },
];

/** Regions of the widget, by the contract's hooks, relative to the host. */
function regions() {
  const host = document.querySelector('hk-data-pause')!;
  const root = host.shadowRoot!;
  const h = host.getBoundingClientRect();
  const union = (els: Element[]) => {
    const rs = els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
    if (!rs.length) return null;
    const x0 = Math.min(...rs.map((r) => r.left));
    const y0 = Math.min(...rs.map((r) => r.top));
    const x1 = Math.max(...rs.map((r) => r.right));
    const y1 = Math.max(...rs.map((r) => r.bottom));
    return {
      x: Math.max(0, Math.floor(x0 - h.left)),
      y: Math.max(0, Math.floor(y0 - h.top)),
      width: Math.ceil(x1 - x0),
      height: Math.ceil(y1 - y0),
    };
  };
  return {
    host: {
      x: Math.round(h.left),
      y: Math.round(h.top + scrollY),
      width: Math.round(h.width),
      height: Math.round(h.height),
    },
    parts: {
      map: union([...root.querySelectorAll('[data-region]:not([data-provider])')]),
      picker: union([...root.querySelectorAll('[data-picker]')]),
      timeline: union([...root.querySelectorAll('input[type="range"], [role="slider"]')].slice(0, 1)),
      overview: union([...root.querySelectorAll('[data-provider][data-region]')]),
    },
  };
}

describe.each(ENGINES)('%s screenshots match its baselines', (engine) => {
  const env = useEngine(engine, { reducedMotion: true });

  for (const c of CASES)
    for (const size of SIZES)
      for (const theme of ['light', 'dark'] as const)
        it(`${c.name}, ${size.name}, ${theme}`, async () => {
          const file = `${c.name}-${size.name}-${theme}.png`;
          const path = `/v-${engine}-${file}.html`;
          env.server.page(
            path,
            `<!doctype html><html lang="en"><head><meta charset="utf-8">${WATCH}${FONT_CSS}</head><body><hk-data-pause ${c.attrs} theme="${theme}"></hk-data-pause><script src="/hk-data-pause.js"></script></body></html>`,
          );
          const page = await env.engine.open(env.server.url + path, {
            width: size.width,
            height: size.height,
          });
          await page.waitFor('the widget to draw', () =>
            document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region][data-status]'),
          );
          await page.run(() => document.fonts.ready.then(() => undefined));
          // Two frames, so the last layout is painted.
          await page.run(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const { host, parts } = await page.run(regions);
          expect(host.height, 'the widget fits the viewport').toBeLessThanOrEqual(size.height);
          const shot = await page.screenshot(host);
          const errors = await page.errors();
          await page.close();
          expect(errors).toEqual([]);

          const dir = join(DIR, engine);
          const baselinePath = join(dir, file);
          if (UPDATE) {
            mkdirSync(dir, { recursive: true });
            writeFileSync(baselinePath, shot);
            return;
          }
          expect(
            existsSync(baselinePath),
            `missing baseline ${engine}/${file}: run \`npm run test:update-visual\` and commit tests/visual/`,
          ).toBe(true);
          const { failures, counts } = compare(
            PNG.sync.read(readFileSync(baselinePath)),
            PNG.sync.read(shot),
            parts,
          );
          // The differing pixels of every comparison, for measuring noise (tests/README.md).
          mkdirSync(join(OUT, engine), { recursive: true });
          writeFileSync(join(OUT, engine, file.replace('.png', '-diff.json')), JSON.stringify(counts));
          if (failures.length) writeFileSync(join(OUT, engine, file.replace('.png', '-actual.png')), shot);
          expect(failures, `${engine}/${file} (actual picture in ${OUT})`).toEqual([]);
        });
});

/** Compares two pictures whole and per region; returns what differs beyond the tolerance. */
function compare(
  expected: PNG,
  actual: PNG,
  parts: Record<string, Rect | null>,
): { failures: string[]; counts: Record<string, number> } {
  if (expected.width !== actual.width || expected.height !== actual.height)
    return {
      failures: [`size ${actual.width}x${actual.height}, baseline ${expected.width}x${expected.height}`],
      counts: {},
    };
  const { width, height } = actual;
  const diff = new PNG({ width, height });
  pixelmatch(expected.data, actual.data, diff.data, width, height, {
    threshold: THRESHOLD,
    includeAA: false,
    diffMask: true,
  });
  // With diffMask, differing pixels are painted (alpha 255) and the rest left transparent.
  const differs = (x: number, y: number) => diff.data[(y * width + x) * 4 + 3]! > 0;
  const count = (r: Rect) => {
    let n = 0;
    for (let y = r.y; y < Math.min(r.y + r.height, height); y++)
      for (let x = r.x; x < Math.min(r.x + r.width, width); x++) if (differs(x, y)) n++;
    return n;
  };
  const failures: string[] = [];
  const counts: Record<string, number> = {};
  const all: Record<string, Rect | null> = { whole: { x: 0, y: 0, width, height }, ...parts };
  for (const [name, r] of Object.entries(all)) {
    if (!r) {
      failures.push(`${name}: not found`);
      continue;
    }
    const n = (counts[name] = count(r));
    const allowed = Math.max(MIN_PIXELS, Math.floor(r.width * r.height * MAX_SHARE));
    if (n > allowed) failures.push(`${name}: ${n} pixels differ (allowed ${allowed})`);
  }
  return { failures, counts };
}
