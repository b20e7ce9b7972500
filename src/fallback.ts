/**
 * Server-side entry for the no-JS fallback picture: renders StaticMap with
 * `svelte/server` into one standalone SVG file. Loaded by the build
 * (vite.config.ts) through Vite's SSR module loader, never shipped.
 */
import { render } from 'svelte/server';
import StaticMap from './components/StaticMap.svelte';
import type { Dataset, Locale } from './lib/data/schema';
import { STRINGS } from './lib/i18n/index';

export function renderFallback(data: Dataset, lang: Locale = 'en', provider?: string): string {
  const { body } = render(StaticMap, { props: { data, strings: STRINGS[lang], provider } });
  // Svelte's hydration markers mean nothing in a file no script will hydrate.
  const svg = body.replace(/<!--[\s\S]*?-->/g, '').trim();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
