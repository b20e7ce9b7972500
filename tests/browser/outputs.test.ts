/**
 * Beyond the script tag (issue 16): the iframe page with a listening parent
 * (AMP and pym heights) at two widths, the per-language scripts, the
 * versioned copies, the pictures and the builder's iframe snippets.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePage, inWidget, watchErrors, useBrowser } from '../helpers/browser';

const env = useBrowser();
const DIST = resolve(process.env.HK_DIST ?? 'dist');
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const LANGS = ['de', 'en', 'zh-Hant'] as const;

/** A parent page that records every message its iframe posts. */
function parentPage(src: string, width: number, height: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>parent</title></head><body style="margin:0">
<iframe id="f" src="${src}" width="${width}" height="${height}" style="border:0;display:block" title="graphic"></iframe>
<script>
  window.messages = [];
  window.addEventListener('message', (e) => {
    if (e.source === document.getElementById('f').contentWindow) window.messages.push(e.data);
  });
</script></body></html>`;
}

describe('embed.html in an iframe', () => {
  for (const width of [360, 900]) {
    it(`posts its height to a listening parent (AMP and pym) at ${width} px, and again when it changes`, async () => {
      env.server.page(
        `/parent-${width}.html`,
        parentPage('/embed.html?lang=de&provider=zoom&date=2020-07-09&theme=dark&childId=g1', width, 300),
      );
      const page = await env.browser.newPage();
      const errors = watchErrors(page);
      await page.goto(`${env.server.url}/parent-${width}.html`);
      await page.waitForFunction(() => (window as unknown as { messages: unknown[] }).messages.length >= 2);
      const frame = page.frame({ url: /embed\.html/ })!;
      const state = await frame.evaluate(() => {
        const host = document.querySelector('hk-data-pause')!;
        const root = host.shadowRoot!.querySelector('[data-date]')!;
        return {
          date: root.getAttribute('data-date'),
          provider: root.getAttribute('data-provider'),
          height: Math.ceil(document.getElementById('graphic')!.getBoundingClientRect().height),
        };
      });
      expect(state).toMatchObject({ date: '2020-07-09', provider: 'zoom' });
      const messages = (await page.evaluate(
        () => (window as unknown as { messages: unknown[] }).messages,
      )) as unknown[];
      expect(messages).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: state.height });
      expect(messages).toContain(`pymxPYMxg1xPYMxheightxPYMx${state.height}`);
      expect(state.height).toBeGreaterThan(300);

      // A change of the content's height is posted again.
      await frame.evaluate(() => {
        const more = document.createElement('div');
        more.style.height = '100px';
        document.getElementById('graphic')!.append(more);
      });
      await page.waitForFunction(
        (h) =>
          (window as unknown as { messages: unknown[] }).messages.includes(
            `pymxPYMxg1xPYMxheightxPYMx${h + 100}`,
          ),
        state.height,
      );
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('validates query-string options like attributes, and works at a fixed height with no parent script', async () => {
    env.server.page(
      '/fixed.html',
      articlePage(
        '<iframe src="/embed.html?provider=myspace&lang=fr" width="600" height="900" title="g"></iframe>',
      ),
    );
    const page = await env.browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${env.server.url}/fixed.html`);
    const frame = page.frame({ url: /embed\.html/ })!;
    await frame.waitForFunction(() =>
      document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
    );
    expect(
      await frame.evaluate(() =>
        document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[data-provider]')!
          .getAttribute('data-provider'),
      ),
    ).toBe('facebook');
    expect(warnings.join('\n')).toMatch(/provider "myspace"/);
    expect(warnings.join('\n')).toMatch(/lang "fr"/);
    await page.close();
  });
});

describe('per-language scripts', () => {
  for (const lang of LANGS) {
    it(`hk-data-pause.${lang}.js draws in ${lang} whatever the page says, warning once for another lang`, async () => {
      const other = lang === 'de' ? 'en' : 'de';
      env.server.page(
        `/only-${lang}.html`,
        articlePage(
          `<script src="/hk-data-pause.${lang}.js" data-hk-data-pause data-lang="${other}"></script><hk-data-pause provider="zoom"></hk-data-pause>`,
          { lang: other },
        ),
      );
      const page = await env.browser.newPage();
      const errors = watchErrors(page);
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      await page.goto(`${env.server.url}/only-${lang}.html`);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('hk-data-pause')].every((el) =>
          el.shadowRoot?.querySelector('[data-region]'),
        ),
      );
      const valuetexts = await page.evaluate(() =>
        [...document.querySelectorAll('hk-data-pause')].map(
          (el) =>
            el
              .shadowRoot!.querySelector('input[type="range"], [role="slider"]')!
              .getAttribute('aria-valuetext') ?? '',
        ),
      );
      const month = { de: /August 2023/, en: /August 2023/, 'zh-Hant': /2023年8月/ }[lang];
      for (const text of valuetexts) expect(text).toMatch(month);
      if (lang === 'de') for (const text of valuetexts) expect(text).toMatch(/^\d+\. /);
      if (lang === 'en') for (const text of valuetexts) expect(text).toMatch(/^\d+ August/);
      expect(warnings.filter((w) => /lang/.test(w))).toHaveLength(1);
      expect(await inWidget.regionStatuses(page, 'hong-kong', 1)).not.toContain(null);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('hold only their own language: no other language’s texts inside', () => {
    const samples = { de: 'Festland', en: 'Mainland China', 'zh-Hant': '\\u4e2d\\u570b' };
    for (const lang of LANGS) {
      const code = readFileSync(join(DIST, `hk-data-pause.${lang}.js`), 'utf8');
      for (const other of LANGS) {
        if (other === lang) expect(code).toContain(samples[other]);
        else expect(code, `${other} text in the ${lang} script`).not.toContain(samples[other]);
      }
    }
  });
});

describe('published files', () => {
  it('versioned scripts are byte-identical to the unversioned ones', () => {
    for (const name of ['hk-data-pause', ...LANGS.map((l) => `hk-data-pause.${l}`)])
      expect(
        readFileSync(join(DIST, `${name}@${VERSION}.js`)).equals(readFileSync(join(DIST, `${name}.js`))),
        name,
      ).toBe(true);
  });

  it('CHANGELOG.md starts with the package version', () => {
    const first = /^## \[([^\]]+)\]/m.exec(readFileSync('CHANGELOG.md', 'utf8'));
    expect(first?.[1]).toBe(VERSION);
  });

  it('fallback SVGs per language carry that language; the unsuffixed one is English', () => {
    const title = (f: string) =>
      /<title[^>]*>([^<]*)<\/title>/.exec(readFileSync(join(DIST, f), 'utf8'))?.[1];
    expect(title('hk-data-pause-fallback.de.svg')).toMatch(/Hongkong/);
    expect(title('hk-data-pause-fallback.zh-Hant.svg')).toMatch(/香港/);
    expect(title('hk-data-pause-fallback.svg')).toBe(title('hk-data-pause-fallback.en.svg'));
    expect(title('hk-data-pause-fallback.svg')).toMatch(/Hong Kong/);
  });

  it('images: 1200 x 630 social cards and stills at least 1200 px wide', () => {
    const size = (f: string) => {
      const png = readFileSync(join(DIST, 'images', f));
      return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
    };
    for (const lang of LANGS) {
      expect(size(`hk-data-pause-social.${lang}.png`)).toEqual({ width: 1200, height: 630 });
      expect(size(`hk-data-pause.${lang}.png`).width).toBeGreaterThanOrEqual(1200);
    }
  });

  it('the demo article names its social image (og:image, twitter:image) in its language', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toMatch(/<meta property="og:image" content="[^"]*images\/hk-data-pause-social\.de\.png"/);
    expect(html).toMatch(/<meta name="twitter:image" content="[^"]*images\/hk-data-pause-social\.de\.png"/);
  });
});

describe('builder', () => {
  it('script snippet: versioned per-language URL with its SRI hash and the language’s fallback', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}/builder.html`);
    // The builder's script fills the snippet once it has started: wait for that, not a fixed moment.
    await page.waitForFunction(
      () => (document.querySelector('#snippet') as HTMLTextAreaElement).value !== '',
    );
    await page.selectOption('select[name="lang"]', 'zh-Hant');
    await expect.poll(() => page.inputValue('#snippet')).toContain('hk-data-pause.zh-Hant@');
    const snippet = await page.inputValue('#snippet');
    const hash = createHash('sha384')
      .update(readFileSync(join(DIST, `hk-data-pause.zh-Hant@${VERSION}.js`)))
      .digest('base64');
    expect(snippet).toContain(`hk-data-pause.zh-Hant@${VERSION}.js" integrity="sha384-${hash}"`);
    expect(snippet).toContain('hk-data-pause-fallback.zh-Hant.svg');
    await page.selectOption('select[name="lang"]', '');
    const universal = await page.inputValue('#snippet');
    expect(universal).toContain(`/hk-data-pause@${VERSION}.js"`);
    expect(universal).toContain('/hk-data-pause-fallback.svg');
    await page.close();
  });

  it('iframe, pym and AMP snippets, each with a live preview that sizes itself', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}/builder.html`);
    await page.selectOption('select[name="provider"]', 'zoom');
    await page.selectOption('#kind', 'iframe');
    await page.waitForFunction(() =>
      (document.getElementById('snippet') as HTMLTextAreaElement).value.startsWith('<iframe'),
    );
    const plain = await page.inputValue('#snippet');
    const height = Number(/height="(\d+)"/.exec(plain)?.[1]);
    expect(plain).toContain('embed.html?provider=zoom');
    expect(height).toBeGreaterThan(400);
    expect(await page.locator('#preview iframe').getAttribute('height')).toBe(String(height));

    for (const kind of ['pym', 'amp']) {
      await page.selectOption('#kind', kind);
      const snippet = await page.inputValue('#snippet');
      if (kind === 'pym')
        expect(snippet).toMatch(/new pym\.Parent\('hk-data-pause-pym', '[^']*embed\.html\?provider=zoom'/);
      else {
        expect(snippet).toMatch(/<amp-iframe [^>]*sandbox="allow-scripts"[^>]*resizable/);
        expect(snippet).toMatch(/<amp-img placeholder /);
      }
      await page.waitForFunction(
        () => Number(document.querySelector('#preview iframe')?.getAttribute('height')) > 600,
      );
    }
    await page.close();
  });
});
