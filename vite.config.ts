import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import ts from 'typescript';
import { createServer, defineConfig, type Plugin } from 'vite';
import { toCsv, toJson } from './src/lib/data/export';
import { formatProblems, validateDataset } from './src/lib/data/validate';
import type { Dataset } from './src/lib/data/schema';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const CSS_PLACEHOLDER = /(["'`])\/\*__HK_DATA_PAUSE_CSS__\*\/\1/;

/**
 * Escapes every non-ASCII character as \\uXXXX. Host pages serve the script
 * with whatever charset they like (often none, which means Latin-1 for a
 * page without a meta charset): pure ASCII reads the same in all of them.
 * Minified code has non-ASCII only in string and template literals, where
 * the escape means the same character. It even gzips slightly smaller.
 */
function asciiOnly(code: string): string {
  return code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * One script, nothing else: the components' CSS goes into the JS as a string
 * (adopted as a constructed stylesheet at run time), and the whole script is
 * wrapped in a guard so that a second copy on a page does nothing at all,
 * before any library code runs (Svelte's Trusted Types policy included).
 */
function singleScript(): Plugin {
  return {
    name: 'hk-single-script',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      let css = '';
      for (const [name, item] of Object.entries(bundle)) {
        if (item.type === 'asset' && name.endsWith('.css')) {
          css += String(item.source);
          delete bundle[name];
        }
      }
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        if (!CSS_PLACEHOLDER.test(item.code)) this.error('CSS placeholder not found in the bundle');
        item.code = item.code.replace(CSS_PLACEHOLDER, () => JSON.stringify(css.trim()));
        // The first line is V8's explicit compile hint (Chrome 136+; a plain
        // comment elsewhere): nearly every function runs while the widget
        // mounts, so compiling them all while the script streams in, off the
        // main thread, beats compiling each on its first call (first map
        // about 10 % sooner at 4x throttling here).
        item.code = `//# allFunctionsCalledOnLoad\n(function(){if(window.HKDataPause)return;\n${asciiOnly(item.code.trim())}\n})();\n`;
        // The hint and the guard add two lines at the top: shift the source map to match.
        if (item.map) item.map.mappings = `;;${item.map.mappings}`;
      }
    },
  };
}

/** The dataset is checked before anything is built; files: JSON, CSV and the demo page. */
function dataset(): Plugin {
  let data: Dataset;
  return {
    name: 'hk-dataset',
    buildStart() {
      const file = 'data/dataset.json';
      let input: unknown;
      try {
        input = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        this.error(`${file}: not valid JSON: ${(error as Error).message}`);
      }
      const result = validateDataset(input);
      if (!result.ok) this.error(`invalid dataset\n${formatProblems(file, result.problems)}`);
      data = result.data;
    },
    generateBundle() {
      if (!data) return;
      this.emitFile({ type: 'asset', fileName: 'hk-data-pause.json', source: toJson(data) });
      this.emitFile({ type: 'asset', fileName: 'hk-data-pause.csv', source: toCsv(data) });
      this.emitFile({
        type: 'asset',
        fileName: 'index.html',
        source: readFileSync('embed/demo.html', 'utf8'),
      });
    },
  };
}

/**
 * dist/hk-data-pause-fallback.svg: StaticMap.svelte rendered with
 * `svelte/server` (src/fallback.ts), loaded through a throwaway Vite server
 * in SSR mode so the component compiles exactly as in development.
 */
function fallbackSvg(): Plugin {
  return {
    name: 'hk-fallback-svg',
    apply: 'build',
    async generateBundle() {
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        plugins: [svelte()],
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const mod = (await server.ssrLoadModule('/src/fallback.ts')) as typeof import('./src/fallback');
        const { BUNDLED } = (await server.ssrLoadModule(
          '/src/lib/data/bundled.ts',
        )) as typeof import('./src/lib/data/bundled');
        this.emitFile({
          type: 'asset',
          fileName: 'hk-data-pause-fallback.svg',
          source: mod.renderFallback(BUNDLED, 'en'),
        });
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * dist/builder.html, the editors' snippet builder. Written after the bundle
 * because the snippet carries the SRI hash of the final script; its script
 * (embed/builder.ts) is transpiled and inlined so the page is one file.
 */
function builderPage(): Plugin {
  return {
    name: 'hk-builder',
    apply: 'build',
    writeBundle(options, bundle) {
      const script = bundle['hk-data-pause.js'];
      if (!script || script.type !== 'chunk') return this.error('hk-data-pause.js missing from the bundle');
      const integrity = `sha384-${createHash('sha384').update(script.code).digest('base64')}`;
      const code = ts.transpileModule(readFileSync('embed/builder.ts', 'utf8'), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      const html = readFileSync('embed/builder.html', 'utf8')
        .replace('__HK_INTEGRITY__', () => integrity)
        .replace('__HK_VERSION__', () => pkg.version)
        .replace('/*__HK_BUILDER__*/', () => code.replace(/<\/script/gi, '<\\/script'));
      writeFileSync(join(options.dir ?? 'dist', 'builder.html'), html);
    },
  };
}

export default defineConfig({
  plugins: [svelte(), dataset(), fallbackSvg(), singleScript(), builderPage()],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    cssCodeSplit: false,
    // For the benchmark's cost breakdown; the script carries no map comment.
    sourcemap: 'hidden',
    lib: {
      entry: 'embed/main.ts',
      formats: ['iife'],
      name: 'HKDataPauseBundle',
      fileName: () => 'hk-data-pause.js',
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
