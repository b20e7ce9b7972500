/**
 * Server-side entry for the pictures made at build time: the no-JS fallback
 * (StaticMap as one standalone SVG file) and the social card (SocialCard),
 * both rendered with `svelte/server`. Loaded by the build (build/pictures.ts)
 * through Vite's SSR module loader, never shipped.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import SocialCard from './components/SocialCard.svelte';
import StaticMap from './components/StaticMap.svelte';
import type { Dataset, Locale } from './lib/data/schema';
import { STRINGS } from './lib/i18n/index';

function svgFile<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  const { body } = render(component, { props });
  // Svelte's hydration markers mean nothing in a file no script will hydrate.
  const svg = body.replace(/<!--[\s\S]*?-->/g, '').trim();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

export function renderFallback(data: Dataset, lang: Locale = 'en', provider?: string): string {
  return svgFile(StaticMap, { data, strings: STRINGS[lang], provider });
}

/** The 1200 x 630 social card. */
export function renderSocialCard(data: Dataset, lang: Locale): string {
  return svgFile(SocialCard, { data, strings: STRINGS[lang] });
}
