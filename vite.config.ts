import { readFileSync } from 'node:fs';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { toCsv, toJson } from './src/lib/data/export';
import { formatProblems, validateDataset } from './src/lib/data/validate';
import type { Dataset } from './src/lib/data/schema';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const CSS_PLACEHOLDER = /(["'`])\/\*__HK_DATA_PAUSE_CSS__\*\/\1/;

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
        item.code = `(function(){if(window.HKDataPause)return;\n${item.code.trim()}\n})();\n`;
        // The guard adds one line at the top: shift the source map to match.
        if (item.map) item.map.mappings = `;${item.map.mappings}`;
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

export default defineConfig({
  plugins: [svelte(), dataset(), singleScript()],
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
    include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
