/**
 * Visual regression: screenshots of the built embed at 360, 700 and 1000 px,
 * light and dark, on fixed days, compared with committed baselines in
 * tests/visual/. The tolerance (per-pixel threshold plus a small share of
 * differing pixels, anti-aliasing ignored) survives minor Chromium updates.
 * Baselines are written only outside CI (`UPDATE_VISUAL=1` rewrites them);
 * in CI a missing baseline fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../helpers/browser';

const DIR = resolve('tests/visual');
const OUT = resolve('test-results/visual');
/** Share of pixels allowed to differ beyond the per-pixel threshold. */
const MAX_DIFF_SHARE = 0.02;

const env = useBrowser();

// Fonts fixed to the ones the test set-up installs, so the baselines do not
// depend on whatever the machine's default sans-serif is.
const FONT_CSS =
  "<style>hk-data-pause { --hk-data-pause-font: 'DejaVu Sans', 'Noto Sans CJK TC', sans-serif; }</style>";

const CASES = [
  { name: 'zoom-2020-07-08', attrs: 'lang="en" provider="zoom" date="2020-07-08"' },
  { name: 'facebook-final-zh', attrs: 'lang="zh-Hant" provider="facebook"' },
];

describe('screenshots match the baselines', () => {
  for (const c of CASES)
    for (const width of [360, 700, 1000])
      for (const theme of ['light', 'dark'] as const)
        it(`${c.name} at ${width} px, ${theme}`, async () => {
          const file = `${c.name}-${width}-${theme}.png`;
          const path = `/v-${file}.html`;
          env.server.page(
            path,
            `<!doctype html><html lang="en"><head><meta charset="utf-8">${FONT_CSS}</head><body style="margin:0"><hk-data-pause ${c.attrs} theme="${theme}"></hk-data-pause><script src="/hk-data-pause.js"></script></body></html>`,
          );
          const context = await env.browser.newContext({
            viewport: { width, height: 900 },
            deviceScaleFactor: 1,
            reducedMotion: 'reduce',
          });
          const page = await context.newPage();
          await page.goto(env.server.url + path);
          await page.waitForFunction(() =>
            document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
          );
          await page.evaluate(() => document.fonts.ready);
          const shot = await page.locator('hk-data-pause').screenshot({ animations: 'disabled' });
          await context.close();

          const baselinePath = join(DIR, file);
          if (!existsSync(baselinePath) || (process.env.UPDATE_VISUAL === '1' && !process.env.CI)) {
            expect(process.env.CI, `missing baseline ${file}: baselines are never written in CI`).toBeFalsy();
            mkdirSync(DIR, { recursive: true });
            writeFileSync(baselinePath, shot);
            return;
          }
          const actual = PNG.sync.read(shot);
          const expected = PNG.sync.read(readFileSync(baselinePath));
          expect(`${actual.width}x${actual.height}`, `size of ${file}`).toBe(
            `${expected.width}x${expected.height}`,
          );
          const diff = new PNG({ width: actual.width, height: actual.height });
          const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
            threshold: 0.2,
            includeAA: false,
          });
          const share = differing / (actual.width * actual.height);
          if (share > MAX_DIFF_SHARE) {
            mkdirSync(OUT, { recursive: true });
            writeFileSync(join(OUT, file.replace('.png', '-actual.png')), shot);
            writeFileSync(join(OUT, file.replace('.png', '-diff.png')), PNG.sync.write(diff));
          }
          expect(
            share,
            `${file}: ${(share * 100).toFixed(2)} % of pixels differ (see ${OUT})`,
          ).toBeLessThanOrEqual(MAX_DIFF_SHARE);
        });
});
