import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Shared by Vite, svelte-check and the fallback renderer. */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // The embed lives in foreign pages: no `window.__svelte`.
    discloseVersion: false,
  },
};
