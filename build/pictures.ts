/**
 * The pictures: `hk-data-pause-fallback.svg` (English) and
 * `hk-data-pause-fallback.LANG.svg` (no-JS picture per language), and the
 * PNGs in `images/`: `hk-data-pause-social.LANG.png` (1200 x 630 social
 * card) and `hk-data-pause.LANG.png` (the final state, 1200 px wide).
 *
 * Rasteriser: resvg (@resvg/resvg-js, pinned in package.json; a prebuilt
 * binary from the npm registry, no browser needed to build). Fonts: pinned
 * files by SHA-256, the same Debian packages the visual tests use
 * (fonts-dejavu-core for German and English, fonts-noto-cjk for Chinese:
 * Noto Sans CJK TC, whose Latin quotes are full-width, so it is used for
 * Chinese only). resvg shapes CJK text slowly, so the Chinese pictures
 * start first and all render off the main thread, and PNGs are cached.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Plugin } from 'vite';
import { LOCALES, withSsr, type Locale } from './common';

interface FontFile {
  path: string;
  sha256: string;
  /** Debian package that installs it. */
  debian: string;
}

const DEJAVU: FontFile[] = [
  {
    path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    sha256: 'abdc775b21b1bc470d50c97e790d276f2054b7504e56e5bd3e64f48d68582322',
    debian: 'fonts-dejavu-core',
  },
  {
    path: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    sha256: '0d977336a6d5fba34eab8e3199eb218327161b5143749f802982c2bc34df0c96',
    debian: 'fonts-dejavu-core',
  },
];
const NOTO_CJK: FontFile[] = [
  {
    path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    sha256: 'b76b0433203017ca80401b2ee0dd69350349871c4b19d504c34dbdd80541690a',
    debian: 'fonts-noto-cjk',
  },
  {
    path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
    sha256: 'faa5f3656a78b2e2d450d27fe8382c778bc2b6bb5ea29c986664a6a435056ceb',
    debian: 'fonts-noto-cjk',
  },
];

const FONTS: Record<Locale, { files: FontFile[]; family: string }> = {
  de: { files: DEJAVU, family: 'DejaVu Sans' },
  en: { files: DEJAVU, family: 'DejaVu Sans' },
  'zh-Hant': { files: NOTO_CJK, family: 'Noto Sans CJK TC' },
};

/**
 * Missing fonts are installed on Debian as root (like scripts/find-browser.sh
 * does for the tests); anywhere else the build says what to install. A file
 * with another hash (another font version) builds, with a warning.
 */
function checkFonts(warn: (message: string) => void): void {
  const all = [...DEJAVU, ...NOTO_CJK];
  const missing = [...new Set(all.filter((f) => !existsSync(f.path)).map((f) => f.debian))];
  if (missing.length && existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  for (const f of all) {
    if (!existsSync(f.path))
      throw new Error(`font ${f.path} missing for the images: install the Debian package ${f.debian}`);
    const hash = createHash('sha256').update(readFileSync(f.path)).digest('hex');
    if (hash !== f.sha256)
      warn(`font ${f.path} is not the pinned version (sha256 ${hash}); images may differ`);
  }
}

/**
 * Rasterised PNGs are kept by the hash of everything they depend on (SVG,
 * options, fonts, resvg's version): resvg shapes CJK text slowly (4-6 s per
 * Chinese picture on this machine), so a build whose pictures did not
 * change reuses them.
 */
const CACHE = 'node_modules/.cache/hk-data-pause-images';
const RESVG_VERSION = (
  JSON.parse(readFileSync('node_modules/@resvg/resvg-js/package.json', 'utf8')) as { version: string }
).version;

async function rasterise(svg: string, lang: Locale, width: number): Promise<Buffer> {
  const { files, family } = FONTS[lang];
  const options: ResvgRenderOptions = {
    fitTo: { mode: 'width', value: width },
    font: {
      loadSystemFonts: false,
      fontFiles: files.map((f) => f.path),
      defaultFontFamily: family,
      sansSerifFamily: family,
    },
  };
  const key = createHash('sha256')
    .update(JSON.stringify([RESVG_VERSION, options, files.map((f) => f.sha256), svg]))
    .digest('hex');
  const cached = join(CACHE, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = (await renderAsync(svg, options)).asPng();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

export function pictures(): Plugin {
  return {
    name: 'hk-pictures',
    apply: 'build',
    async generateBundle() {
      checkFonts((message) => this.warn(message));
      const files = await withSsr(async (load) => {
        const { renderFallback, renderSocialCard } = (await load(
          '/src/fallback.ts',
        )) as typeof import('../src/fallback');
        const { BUNDLED } = (await load(
          '/src/lib/data/bundled.ts',
        )) as typeof import('../src/lib/data/bundled');
        const out: { fileName: string; source: string | Buffer | Promise<Buffer> }[] = [
          { fileName: 'hk-data-pause-fallback.svg', source: renderFallback(BUNDLED, 'en') },
        ];
        // Chinese first: its font loads slowest.
        for (const lang of [...LOCALES].reverse()) {
          const fallback = renderFallback(BUNDLED, lang);
          out.push(
            { fileName: `hk-data-pause-fallback.${lang}.svg`, source: fallback },
            {
              fileName: `images/hk-data-pause-social.${lang}.png`,
              source: rasterise(renderSocialCard(BUNDLED, lang), lang, 1200),
            },
            { fileName: `images/hk-data-pause.${lang}.png`, source: rasterise(fallback, lang, 1200) },
          );
        }
        return out;
      });
      for (const { fileName, source } of files)
        this.emitFile({ type: 'asset', fileName, source: await source });
    },
  };
}
