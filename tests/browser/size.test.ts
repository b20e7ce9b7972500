/**
 * The size budget of the embed: the built script, gzipped at level 9, stays
 * under the limit, is one file (JS and CSS together) and carries no source
 * map comment. `npm run bench` shows what each part of it costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** Issue 17's limits: 50 KB gzip for the universal script, 44 KB for each per-language one. */
export const GZIP_GOAL_BYTES = 50 * 1024;
export const LANG_GZIP_GOAL_BYTES = 44 * 1024;
/**
 * What CI enforces: issue 17's limits themselves, met on 2026-12-01; now
 * 51,128 bytes (universal, 72 under) and 43,536 / 42,770 / 43,984 bytes
 * (de / en / zh-Hant) gzip -9, with the closed folds drawn when opened and
 * this round's date-change cuts (+70 B for about a fifth of its work). The cuts that got there: map regions without a spread of
 * attributes (1.5 KB of Svelte runtime less), Svelte's deep-state proxy left
 * out (0.7), the picker's `selected` instead of a select binding (0.5),
 * inline styles by attachment instead of `style:` directives (0.5), Swatch
 * without a defaulted prop (0.4), one-letter scope classes (0.2), leaner schema
 * checks (0.2), attachments instead of bind:this (0.2), sources' days left
 * out of the bundled data (0.2), the fade by Element.animate() (0.08). `bench/README.md` lists every idea tried,
 * kept or not. Lower these with every further cut.
 */
export const GZIP_LIMIT_BYTES = GZIP_GOAL_BYTES;
export const LANG_GZIP_LIMIT_BYTES = LANG_GZIP_GOAL_BYTES;

const DIST = resolve(process.env.HK_DIST ?? 'dist');
const SCRIPT = join(DIST, 'hk-data-pause.js');
const LANGS = ['de', 'en', 'zh-Hant'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
function sizes(code: Buffer): { gzip: number; brotli: number } {
  return {
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

describe('size budget of the built script', () => {
  const code = readFileSync(SCRIPT);

  it(`is at most ${GZIP_LIMIT_BYTES / 1024} KB gzip`, () => {
    const { gzip, brotli } = sizes(code);
    console.log(`hk-data-pause.js: ${kb(gzip)} gzip -9, ${kb(brotli)} brotli -11, ${kb(code.length)} raw`);
    expect(
      gzip,
      `${SCRIPT} is ${kb(gzip)} gzip -9 (${kb(code.length)} raw), over the limit of ${kb(GZIP_LIMIT_BYTES)}: ` +
        'run `npm run bench` for the cost of each part (geometry, dataset, strings, CSS, Svelte runtime, our code)',
    ).toBeLessThanOrEqual(GZIP_LIMIT_BYTES);
  });

  for (const lang of LANGS) {
    it(`hk-data-pause.${lang}.js is at most ${LANG_GZIP_LIMIT_BYTES / 1024} KB gzip`, () => {
      const file = join(DIST, `hk-data-pause.${lang}.js`);
      const langCode = readFileSync(file);
      const { gzip, brotli } = sizes(langCode);
      console.log(
        `hk-data-pause.${lang}.js: ${kb(gzip)} gzip -9, ${kb(brotli)} brotli -11, ${kb(langCode.length)} raw`,
      );
      expect(
        gzip,
        `${file} is ${kb(gzip)} gzip -9, over the ratchet of ${kb(LANG_GZIP_LIMIT_BYTES)}`,
      ).toBeLessThanOrEqual(LANG_GZIP_LIMIT_BYTES);
      expect(gzip, 'a per-language script must be smaller than the universal one').toBeLessThan(
        sizes(code).gzip,
      );
    });
  }

  it('is one file: no other script or stylesheet next to it but the per-language and versioned copies', () => {
    const names = /^hk-data-pause(\.(de|en|zh-Hant))?(@\d+\.\d+\.\d+[\w.-]*)?\.js$/;
    const others = readdirSync(DIST).filter((f) => /\.(m?js|css)$/.test(f) && !names.test(f));
    expect(others, `${DIST} holds more than the scripts`).toEqual([]);
  });

  it("opens with V8's compile hint, so Chrome compiles it while it downloads", () => {
    // Only honoured on the very first line; bench/README.md has what it saves.
    expect(code.toString('utf8').split('\n', 1)[0]).toBe('//# allFunctionsCalledOnLoad');
  });

  it('carries no source map comment', () => {
    expect(code.toString('utf8')).not.toMatch(/\/\/[#@]\s*sourceMappingURL=/);
  });
});
