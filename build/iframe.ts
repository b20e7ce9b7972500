/**
 * `embed.html`: the widget alone in a page, for iframes (AMP, pym.js, CMSs
 * that allow iframes but not scripts). Its script (embed/iframe.ts) is
 * bundled and inlined; it loads the universal script beside it.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { inlineScript } from './common';

export function iframePage(): Plugin {
  return {
    name: 'hk-iframe-page',
    apply: 'build',
    async generateBundle() {
      const code = await inlineScript('embed/iframe.ts');
      const html = readFileSync('embed/iframe.html', 'utf8').replace('/*__HK_IFRAME__*/', () => code);
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: html });
    },
  };
}
