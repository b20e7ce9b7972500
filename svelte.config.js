import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Shared by Vite, svelte-check and the fallback renderer. */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // The embed lives in foreign pages: no `window.__svelte`.
    discloseVersion: false,
    // Scoped class names appear about 270 times in the script: a short
    // prefix and a shorter hash save about half a kilobyte gzipped. The
    // shadow root already keeps our classes apart from the page's.
    cssHash: ({ hash, css }) => `h${hash(css).slice(0, 4)}`,
  },
};
