import { readdirSync } from 'node:fs';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Every component, by its path under src/, in a fixed order: the index names its scope. */
const COMPONENTS = readdirSync(new URL('./src', import.meta.url), { recursive: true, encoding: 'utf8' })
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => file.endsWith('.svelte'))
  .sort();

/**
 * The scope class of a component: `c` and its index among src/'s components
 * (unique in a build, the same in every build). Scope classes appear about
 * 270 times in the script; two or three characters instead of a hash save
 * about 0.6 KB gzipped in all (issue 17). The shadow root already keeps our
 * classes apart from the page's. A component outside src/ keeps a hash.
 */
export function cssScope({ hash, css, filename }) {
  const path = filename?.replaceAll('\\', '/');
  const index = path === undefined ? -1 : COMPONENTS.findIndex((file) => path.endsWith(`src/${file}`));
  return index < 0 ? `h${hash(css).slice(0, 4)}` : `c${index}`;
}

/** Shared by Vite, svelte-check and the fallback renderer. */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // The embed lives in foreign pages: no `window.__svelte`.
    discloseVersion: false,
    cssHash: cssScope,
  },
};
