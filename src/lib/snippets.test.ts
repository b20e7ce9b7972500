import { describe, expect, it } from 'vitest';
import { ampSnippet, iframeSnippet, iframeUrl, pymSnippet, scriptSnippet } from './snippets';

const BASE = 'https://cdn.example.org/hk/';
const BUILD = {
  version: '1.2.3',
  integrity: { '': 'sha384-U', de: 'sha384-D', en: 'sha384-E', 'zh-Hant': 'sha384-Z' },
};

describe('snippets', () => {
  it('script: the picked language’s versioned script with its hash and picture', () => {
    const s = scriptSnippet(BASE, { lang: 'zh-Hant', provider: 'zoom', autoplay: true }, BUILD);
    expect(s).toContain(
      '<script src="https://cdn.example.org/hk/hk-data-pause.zh-Hant@1.2.3.js" integrity="sha384-Z" crossorigin="anonymous" data-hk-data-pause data-lang="zh-Hant" data-provider="zoom" data-autoplay></script>',
    );
    expect(s).toContain('<noscript><img src="https://cdn.example.org/hk/hk-data-pause-fallback.zh-Hant.svg"');
  });

  it('script: the universal one for the page’s language, English picture', () => {
    const s = scriptSnippet(BASE, {}, BUILD);
    expect(s).toContain('src="https://cdn.example.org/hk/hk-data-pause@1.2.3.js" integrity="sha384-U"');
    expect(s).toContain('hk/hk-data-pause-fallback.svg"');
  });

  it('escapes attribute values', () => {
    expect(scriptSnippet(BASE, { providers: 'a"b<c' }, BUILD)).toContain('data-providers="a&quot;b&lt;c"');
  });

  it('iframe: embed.html with the options as query string, fixed height', () => {
    const url = iframeUrl(BASE, { lang: 'de', provider: 'zoom', headline: false, autoplay: true });
    expect(url).toBe(
      'https://cdn.example.org/hk/embed.html?lang=de&provider=zoom&headline=false&autoplay=true',
    );
    expect(iframeSnippet(url, 1234)).toBe(
      `<iframe src="${url.replace(/&/g, '&amp;')}" title="Tech firms pausing Hong Kong authorities' data requests, 2020" width="100%" height="1234" style="border:0" loading="lazy"></iframe>`,
    );
  });

  it('pym: a parent on a div, never breaking out of its quotes', () => {
    const s = pymSnippet("https://x.example/embed.html?provider=it's");
    expect(s).toContain("new pym.Parent('hk-data-pause-pym', 'https://x.example/embed.html?provider=it%27s'");
    expect(s).toMatch(/^<div id="hk-data-pause-pym"><\/div>/);
  });

  it('AMP: resizable amp-iframe, scripts-only sandbox, overflow element and placeholder image', () => {
    const s = ampSnippet(BASE, iframeUrl(BASE, { lang: 'de' }), { lang: 'de' }, 900);
    expect(s).toMatch(/^<amp-iframe src="https:\/\/cdn\.example\.org\/hk\/embed\.html\?lang=de"/);
    expect(s).toContain('sandbox="allow-scripts" resizable');
    expect(s).toContain('layout="fixed-height"');
    expect(s).toContain('<div overflow ');
    expect(s).toContain(
      '<amp-img placeholder layout="fill" src="https://cdn.example.org/hk/images/hk-data-pause.de.png"',
    );
  });
});
