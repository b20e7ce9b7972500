/**
 * The embed script: the universal `hk-data-pause.js` (every language, built
 * by the main config), one script per language (`hk-data-pause.de.js`, with
 * only that language's texts, built after it) and byte-identical versioned
 * copies of each (`hk-data-pause@VERSION.js`).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type UserConfig } from 'vite';
import { LOCALES, VERSION, scriptName, type Locale } from './common';

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

/** A module id as a file path with forward slashes, without Vite's `?query`. */
function fileOf(id: string): string {
  return id.split('?')[0]!.replace(/\\/g, '/');
}

/** Keeps only `lang` of every `{ de, en, zh-Hant }` text in a parsed JSON value. */
export function keepLanguage(value: unknown, lang: Locale): unknown {
  if (Array.isArray(value)) return value.map((v) => keepLanguage(v, lang));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  const entries = value as Record<string, unknown>;
  if (keys.length === LOCALES.length && LOCALES.every((l) => keys.includes(l)))
    return { [lang]: entries[lang] };
  return Object.fromEntries(keys.map((k) => [k, keepLanguage(entries[k], lang)]));
}

/** Drops every source's `published` day: the widget names and links its sources, never dates them. */
export function withoutSourceDays(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSourceDays);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === 'sources' && Array.isArray(v)
        ? v.map((s: Record<string, unknown>) =>
            Object.fromEntries(Object.entries(s).filter(([f]) => f !== 'published')),
          )
        : withoutSourceDays(v),
    ]),
  );
}

/**
 * The dataset as the script carries it: without what the widget never
 * shows (sources' days; the editorial notes and figures are left out by
 * bundled.ts's named imports), and in a per-language build only that
 * language's texts, with the other languages' UI strings empty. The
 * published JSON and CSV keep everything.
 */
function bundledData(lang?: Locale): Plugin {
  return {
    name: 'hk-bundled-data',
    // Builds only: unit tests import the dataset file as it is.
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const file = fileOf(id);
      const strings = /\/data\/strings\/([\w-]+)\.json$/.exec(file);
      if (strings && lang) return strings[1] === lang ? null : '{}';
      if (!file.endsWith('/data/dataset.json')) return null;
      const data = withoutSourceDays(JSON.parse(readFileSync(file, 'utf8')));
      return JSON.stringify(lang ? keepLanguage(data, lang) : data);
    },
  };
}

/**
 * Leaves Svelte's deep-state proxy out of the script (about 0.7 KB gzip).
 * The widget keeps every value in `$state.raw` (ESLint forbids `$state(…)`
 * and `$bindable(…)`), so nothing is ever proxied; the proxy's code stays in
 * the bundle only because the runtime's `set()` takes a flag the minifier
 * cannot prove false. The stub returns values as they are; the build stops
 * if compiled code asks for a proxy after all.
 */
export const PROXY_STUB =
  'export const proxy = (v) => v;\nexport const get_proxied_value = (v) => v;\nexport const is = Object.is;\n';

/** True when compiled component code would proxy a value (deep `$state`). */
export function asksForProxy(code: string): boolean {
  return /\$\.proxy\(/.test(code);
}

function withoutDeepState(): Plugin {
  return {
    name: 'hk-without-deep-state',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const file = fileOf(id);
      return file.endsWith('/svelte/src/internal/client/proxy.js') ? PROXY_STUB : null;
    },
    transform: {
      order: 'post',
      handler(code, id) {
        if (/\.svelte(\.[jt]s)?(\?|$)/.test(id) && asksForProxy(code))
          this.error(`${id} uses deep $state: use $state.raw (the build leaves out Svelte's proxy)`);
        return null;
      },
    },
  };
}

/**
 * Svelte builds one Error at load, the abort reason of `getAbortSignal()`
 * (which this widget never calls). While a DevTools-protocol client listens
 * (the bench, any Playwright or Lighthouse run, DevTools open), V8 gives
 * every new Error a stack with line and column, and for the frame of our
 * top-level code that means parsing the whole script again: 150-250 ms of
 * the first load at 4x throttling, none for readers without DevTools. The
 * reason keeps its name and message on Error's prototype, only no stack is
 * taken; the build stops if Svelte's source no longer matches.
 */
const STALE_REACTION_SOURCE =
  /new \(class StaleReactionError extends Error \{\s*name = 'StaleReactionError';\s*message = ('[^']*');\s*\}\)\(\)/;

/** Svelte's constants module with the stale-reaction reason built without a stack, or null if it does not match. */
export function stacklessStaleReaction(code: string): string | null {
  if (!STALE_REACTION_SOURCE.test(code)) return null;
  return code.replace(
    STALE_REACTION_SOURCE,
    (_, message: string) =>
      `Object.create(Error.prototype, { name: { value: 'StaleReactionError' }, message: { value: ${message} } })`,
  );
}

function withoutLoadTimeError(): Plugin {
  return {
    name: 'hk-without-load-time-error',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!fileOf(id).endsWith('/svelte/src/internal/client/constants.js')) return null;
      const patched = stacklessStaleReaction(code);
      if (patched === null)
        this.error("Svelte's StaleReactionError changed: update stacklessStaleReaction()");
      return patched;
    },
  };
}

/** The script's build settings, for the universal build (vite.config.ts) and each language. */
export function scriptConfig(lang?: Locale): UserConfig {
  return {
    plugins: [bundledData(lang), withoutDeepState(), withoutLoadTimeError(), svelte(), singleScript()],
    define: { __VERSION__: JSON.stringify(VERSION), __HK_LANG__: JSON.stringify(lang ?? '') },
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: !lang,
      target: 'es2022',
      cssCodeSplit: false,
      // For the benchmark's cost breakdown (universal script only); the script carries no map comment.
      sourcemap: lang ? false : 'hidden',
      lib: {
        entry: 'embed/main.ts',
        formats: ['iife'],
        name: 'HKDataPauseBundle',
        fileName: () => scriptName(lang),
      },
    },
  };
}

/**
 * After the universal script is written: one build per language, then the
 * versioned copies of all four scripts. Sequential, so later steps (the
 * builder's SRI hashes) find every script on disk.
 */
export function languageScripts(): Plugin {
  return {
    name: 'hk-language-scripts',
    apply: 'build',
    writeBundle: {
      sequential: true,
      async handler(options) {
        const dir = options.dir ?? 'dist';
        for (const lang of LOCALES) {
          const config = scriptConfig(lang);
          await build({
            ...config,
            configFile: false,
            logLevel: 'warn',
            build: { ...config.build, outDir: dir },
          });
        }
        for (const lang of [undefined, ...LOCALES])
          copyFileSync(join(dir, scriptName(lang)), join(dir, scriptName(lang, VERSION)));
      },
    },
  };
}
