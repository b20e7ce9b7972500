/**
 * The size budget of the embed: the built script, gzipped at level 9, stays
 * under the limit, is one file (JS and CSS together) and carries no source
 * map comment. `npm run bench` shows what each part of it costs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** The budget's goal and limit (issue 4): 30 KB goal, 35 KB limit. */
export const GZIP_GOAL_BYTES = 30 * 1024;
export const GZIP_BUDGET_BYTES = 35 * 1024;
/**
 * What CI enforces today: a ratchet just above the measured size (54.3 KB
 * on 2026-12-01: the phone-first redesign and the editorial pass added about
 * 1.2 KB net over 53.1 KB, after a smaller map and shorter class names took
 * back about 2.3 KB), lowered with every cut; issue 17's limit is 50 KB. The budget
 * is out of reach with what the file must hold: about 22 KB of content
 * (dataset in three languages, geometry, strings, CSS) plus about 14 KB that
 * Svelte's mount() alone brings; README "Performance" has the breakdown.
 */
export const GZIP_LIMIT_BYTES = 54.5 * 1024;

/**
 * Per-language scripts (issue 17: limit 44 KB gzip each, not reached yet).
 * Ratchet at the measured size rounded up: 46.6 (de), 46.0 (en), 47.1
 * (zh-Hant) KB gzip -9 on 2026-12-01; brotli -11 41.3, 40.4, 41.3 KB.
 */
export const LANG_GZIP_GOAL_BYTES = 44 * 1024;
export const LANG_GZIP_LIMIT_BYTES = 48 * 1024;

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
