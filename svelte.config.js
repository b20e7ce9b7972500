import { readdirSync } from 'node:fs';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Every component, by its path under src/, in a fixed order: the index names its scope. */
const COMPONENTS = readdirSync(new URL('./src', import.meta.url), { recursive: true, encoding: 'utf8' })
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => file.endsWith('.svelte'))
  .sort();

/**
 * The scope class of a component: one letter by its index among src/'s
 * components (`a`, `b`, …; `c26` and on past `z`), unique in a build and the
 * same in every build. Scope classes appear about 270 times in the script;
 * one letter instead of a hash saves about 0.7 KB gzipped in all (issue 17).
 * No class of ours is a single letter, and the shadow root keeps our classes
 * apart from the page's. A component outside src/ keeps a hash.
 */
export function cssScope({ hash, css, filename }) {
  const path = filename?.replaceAll('\\', '/');
  const index = path === undefined ? -1 : COMPONENTS.findIndex((file) => path.endsWith(`src/${file}`));
  if (index < 0) return `h${hash(css).slice(0, 4)}`;
  return index < 26 ? String.fromCharCode(97 + index) : `c${index}`;
}

/** Shared by Vite, svelte-check and the fallback renderer. */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // The embed lives in foreign pages: no `window.__svelte`.
    discloseVersion: false,
    cssHash: cssScope,
    // DOM built element by element, not parsed from HTML strings: the script
    // sets no innerHTML and creates no Trusted Types policy, so a page that
    // enforces Trusted Types need not allow one (`trusted-types 'none'`). It
    // also drops the runtime's HTML-template path (59 B gzipped, issue 17).
    fragments: 'tree',
  },
};
