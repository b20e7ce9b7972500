/**
 * `builder.html`, the editors' snippet builder. Written last, because its
 * snippets carry the SRI hash of every final script (universal and per
 * language); its script (embed/builder.ts) is bundled and inlined so the page is one file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LOCALES, VERSION, inlineScript, scriptName } from './common';

export function builderPage(): Plugin {
  return {
    name: 'hk-builder',
    apply: 'build',
    writeBundle: {
      sequential: true,
      async handler(options) {
        const dir = options.dir ?? 'dist';
        const integrity: Record<string, string> = {};
        for (const lang of [undefined, ...LOCALES]) {
          const code = readFileSync(join(dir, scriptName(lang, VERSION)));
          integrity[lang ?? ''] = `sha384-${createHash('sha384').update(code).digest('base64')}`;
        }
        const code = await inlineScript('embed/builder.ts');
        const html = readFileSync('embed/builder.html', 'utf8')
          .replace('__HK_BUILD__', () => JSON.stringify({ version: VERSION, integrity }))
          .replace('__HK_VERSION__', () => VERSION)
          .replace('/*__HK_BUILDER__*/', () => code);
        writeFileSync(join(dir, 'builder.html'), html);
      },
    },
  };
}
