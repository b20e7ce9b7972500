/**
 * What every build step shares: the package version, the languages, the
 * names of the published scripts, and a Svelte-aware SSR loader for the
 * steps that render components at build time.
 */
import { readFileSync } from 'node:fs';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, createServer } from 'vite';
import { LOCALES, type Locale } from '../src/lib/data/schema';

export const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
export { LOCALES, type Locale };

/** `hk-data-pause.js`, `hk-data-pause.de.js`, `hk-data-pause@0.1.2.js`, `hk-data-pause.de@0.1.2.js`. */
export function scriptName(lang?: Locale, version?: string): string {
  return `hk-data-pause${lang ? `.${lang}` : ''}${version ? `@${version}` : ''}.js`;
}

/** Every script the build publishes: universal and per language, unversioned and versioned. */
export function allScriptNames(): string[] {
  const langs: (Locale | undefined)[] = [undefined, ...LOCALES];
  return langs.flatMap((lang) => [scriptName(lang), scriptName(lang, VERSION)]);
}

/**
 * A page's own TypeScript (builder, iframe page) with what it imports from
 * src/lib, bundled into one classic script to inline into its HTML.
 */
export async function inlineScript(entry: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'HKDataPausePage', fileName: () => 'page.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs)
    if ('output' in out)
      for (const item of out.output)
        if (item.type === 'chunk') return item.code.replace(/<\/script/gi, '<\\/script');
  throw new Error(`${entry}: nothing bundled`);
}

/**
 * Loads modules through a throwaway Vite server in SSR mode, so components
 * compile exactly as in development; closed after `use`.
 */
export async function withSsr<T>(use: (load: (id: string) => Promise<unknown>) => Promise<T>): Promise<T> {
  const server = await createServer({
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    plugins: [svelte()],
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    return await use((id) => server.ssrLoadModule(id));
  } finally {
    await server.close();
  }
}
