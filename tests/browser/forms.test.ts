/**
 * Every embed form of the contract against the BUILT script, the options
 * (valid, invalid and of the wrong type), the controller, the change event,
 * shared links (#hk-data-pause=…) and the lifecycle: late placeholders,
 * removal, double loading, and a window and built-ins left as they were.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articlePage, watchErrors, useBrowser } from '../helpers/browser';

const env = useBrowser();

interface Opened {
  page: Page;
  errors: string[];
  warnings: string[];
}

let pageCount = 0;

/** Serves `html`, opens it and waits until `count` widgets have drawn their map. */
async function open(html: string, count: number, hash = ''): Promise<Opened> {
  const path = `/forms-${++pageCount}.html`;
  env.server.page(path, html);
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(env.server.url + path + hash);
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('hk-data-pause').length === n &&
      [...document.querySelectorAll('hk-data-pause')].every((el) =>
        el.shadowRoot?.querySelector('[data-region]'),
      ),
    count,
  );
  return { page, errors, warnings };
}

/** lang, provider and date of every widget's root, in document order. */
function roots(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('hk-data-pause')].map((el) => {
      const r = el.shadowRoot!.querySelector('[data-date]')!;
      return {
        lang: r.getAttribute('lang'),
        provider: r.getAttribute('data-provider'),
        date: r.getAttribute('data-date'),
        theme: r.getAttribute('data-theme'),
        headline: !!el.shadowRoot!.querySelector('h2'),
      };
    }),
  );
}

type Controller = HTMLElement & {
  setDate(d: unknown): void;
  getDate(): string;
  setProvider(id: unknown): void;
  getProvider(): string;
  play(): void;
  pause(): void;
  destroy(): void;
};

describe('script in place', () => {
  for (const mode of ['async', 'defer', '']) {
    it(`inserts one widget right after a ${mode || 'plain'} script, configured by its data-*`, async () => {
      const { page, errors } = await open(
        articlePage(
          `<script src="/hk-data-pause.js" data-hk-data-pause data-lang="en" data-provider="zoom" data-date="2020-07-09" ${mode}></script>`,
        ),
        1,
      );
      const placement = await page.evaluate(() => {
        const next = document.querySelector('script[data-hk-data-pause]')!.nextElementSibling;
        return `${next?.tagName}>${next?.firstElementChild?.tagName}`;
      });
      expect(placement).toBe('DIV>HK-DATA-PAUSE');
      expect(await roots(page)).toMatchObject([{ lang: 'en', provider: 'zoom', date: '2020-07-09' }]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('placeholders', () => {
  it('mounts placeholders before and after a script in the body, each exactly once', async () => {
    const { page, errors } = await open(
      articlePage(`
        <hk-data-pause provider="zoom"></hk-data-pause>
        <div data-hk-data-pause data-provider="apple"></div>
        <script src="/hk-data-pause.js"></script>
        <hk-data-pause provider="google"></hk-data-pause>
        <div data-hk-data-pause data-provider="tiktok"></div>`),
      4,
    );
    expect((await roots(page)).map((r) => r.provider)).toEqual(['zoom', 'apple', 'google', 'tiktok']);
    // The div form gets exactly one element, inside the div.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('div[data-hk-data-pause]')].map((d) => d.children.length),
      ),
    ).toEqual([1, 1]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('mounts placeholders from a script in the head, sync or async', async () => {
    for (const mode of ['', 'async']) {
      const { page, errors } = await open(
        articlePage('<div data-hk-data-pause data-provider="twitter"></div><hk-data-pause></hk-data-pause>', {
          head: `<script src="/hk-data-pause.js" ${mode}></script>`,
        }),
        2,
      );
      // The page's lang (de) is the default language; the first provider the default provider.
      expect(await roots(page)).toMatchObject([
        { lang: 'de', provider: 'twitter' },
        { lang: 'de', provider: 'facebook' },
      ]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('reads attribute options: lang from the page, theme, headline, providers', async () => {
    const { page } = await open(
      `<!doctype html><html lang="zh-HK"><body>
        <hk-data-pause theme="dark" headline="false" providers="apple,zoom"></hk-data-pause>
        <section lang="de-CH"><div data-hk-data-pause data-theme="light"></div></section>
        <script src="/hk-data-pause.js"></script></body></html>`,
      2,
    );
    expect(await roots(page)).toMatchObject([
      { lang: 'zh-Hant', provider: 'apple', theme: 'dark', headline: false },
      { lang: 'de', provider: 'facebook', theme: 'light', headline: true },
    ]);
    const listed = await page.evaluate(() => [
      ...new Set(
        [
          ...document
            .querySelector('hk-data-pause')!
            .shadowRoot!.querySelectorAll('[data-provider][data-region]:not([data-date])'),
        ].map((e) => e.getAttribute('data-provider')),
      ),
    ]);
    expect(listed).toEqual(['apple', 'zoom']);
    await page.close();
  });
});

describe('mount()', () => {
  it('creates a widget inside the target with camelCase options, booleans included', async () => {
    const { page, errors, warnings } = await open(
      articlePage(`<div id="t"></div><script src="/hk-data-pause.js"></script>
        <script>
          window.made = HKDataPause.mount(document.getElementById('t'), {
            lang: 'en', provider: 'microsoft', date: '2020-07-06', autoplay: false, headline: false, theme: 'dark',
          });
        </script>`),
      1,
    );
    expect(await page.evaluate(() => (window as unknown as { made: Element }).made.parentElement!.id)).toBe(
      't',
    );
    expect(await roots(page)).toMatchObject([
      { lang: 'en', provider: 'microsoft', date: '2020-07-06', theme: 'dark', headline: false },
    ]);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('invalid options', () => {
  it('fall back to the defaults with one console.warn each, naming option and value', async () => {
    const { page, errors, warnings } = await open(
      articlePage(
        `<hk-data-pause lang="fr" provider="myspace" date="2020-13-01" theme="neon" autoplay="maybe" headline="perhaps" providers="zoom,nope"></hk-data-pause>
         <script src="/hk-data-pause.js"></script>`,
        { lang: 'de-CH' },
      ),
      1,
    );
    // The default language is the page's (de-CH: German), not English.
    expect(await roots(page)).toMatchObject([
      { lang: 'de', provider: 'facebook', theme: 'auto', headline: true },
    ]);
    // The last day of the range: the final state.
    expect((await roots(page))[0]!.date).toBe('2023-08-09');
    for (const [name, value] of [
      ['lang', 'fr'],
      ['provider', 'myspace'],
      ['date', '2020-13-01'],
      ['theme', 'neon'],
      ['autoplay', 'maybe'],
      ['headline', 'perhaps'],
      ['providers', 'zoom,nope'],
    ] as const)
      expect(warnings.filter((w) => w.includes(name) && w.includes(`"${value}"`))).toHaveLength(1);
    expect(warnings).toHaveLength(7);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes the language of the nearest lang up the page when `lang` is invalid, in every embed form', async () => {
    const { page, warnings } = await open(
      articlePage(
        `<section lang="zh-HK"><hk-data-pause lang="xx"></hk-data-pause></section>
         <div data-hk-data-pause data-lang="nope"></div>
         <div id="js"></div>
         <script src="/hk-data-pause.js"></script>
         <script>window.HKDataPause.mount(document.getElementById('js'), { lang: 'klingon' });</script>`,
        { lang: 'de-AT' },
      ),
      3,
    );
    expect((await roots(page)).map((r) => r.lang)).toEqual(['zh-Hant', 'de', 'de']);
    expect(warnings.filter((w) => /invalid lang/.test(w))).toHaveLength(3);
    await page.close();
  });

  it('clamps a `date` outside the range at mount, on the scrubber too', async () => {
    const { page, errors } = await open(
      articlePage(
        `<hk-data-pause lang="en" date="2019-01-01"></hk-data-pause>
         <hk-data-pause lang="en" date="2031-01-01"></hk-data-pause>
         <script src="/hk-data-pause.js"></script>`,
      ),
      2,
    );
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('hk-data-pause')].map((el) => {
        const root = el.shadowRoot!;
        const slider = root.querySelector('input[type="range"], [role="slider"]')!;
        // A role="slider" says it in ARIA, a native range input in its own attributes.
        const value = (aria: string, native: string) =>
          Number(
            slider.getAttribute(aria) ?? slider.getAttribute(native) ?? (slider as HTMLInputElement).value,
          );
        return {
          date: root.querySelector('[data-date]')!.getAttribute('data-date'),
          get: (el as unknown as Controller).getDate(),
          now: value('aria-valuenow', 'value'),
          min: value('aria-valuemin', 'min'),
          max: value('aria-valuemax', 'max'),
          text: slider.getAttribute('aria-valuetext'),
        };
      }),
    );
    expect(shown[0]).toMatchObject({ date: '2020-06-30', get: '2020-06-30', now: 0, min: 0 });
    expect(shown[0]!.text).toMatch(/^30 June 2020/);
    expect(shown[1]).toMatchObject({ date: '2023-08-09', get: '2023-08-09' });
    expect(shown[1]!.now).toBe(shown[1]!.max);
    expect(shown[1]!.text).toMatch(/^9 August 2023/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never throw from mount(), whatever the options are', async () => {
    const { page, errors, warnings } = await open(
      articlePage(`<div id="a"></div><div id="b"></div><div id="c"></div><div id="d"></div>
        <script src="/hk-data-pause.js"></script>
        <script>
          const $ = (id) => document.getElementById(id);
          HKDataPause.mount($('a'), { lang: 42, provider: null, date: {}, autoplay: 'x', provder: 'zoom' });
          HKDataPause.mount($('b'), 'zoom');
          HKDataPause.mount($('c'), null);
          HKDataPause.mount($('d'), Object.create(null));
          try { HKDataPause.mount(null); } catch (e) { window.mountError = e.name; }
        </script>`),
      4,
    );
    expect((await roots(page)).map((r) => r.provider)).toEqual([
      'facebook',
      'facebook',
      'facebook',
      'facebook',
    ]);
    expect(await page.evaluate(() => (window as unknown as { mountError: string }).mountError)).toBe(
      'TypeError',
    );
    expect(warnings.some((w) => /lang "42"/.test(w))).toBe(true);
    expect(warnings.some((w) => /date "\{\}"/.test(w))).toBe(true);
    expect(warnings.some((w) => /autoplay "x"/.test(w))).toBe(true);
    expect(warnings.some((w) => /unknown option "provder"/.test(w))).toBe(true);
    expect(warnings.some((w) => /mount\(\) options "zoom"/.test(w))).toBe(true);
    expect(warnings).toHaveLength(5);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('controller and change event', () => {
  it('reflects calls at once and fires hk-data-pause:change with bubbles and composed', async () => {
    const { page, errors, warnings } = await open(
      articlePage(`<hk-data-pause lang="en" date="2020-07-01"></hk-data-pause>
        <script src="/hk-data-pause.js"></script>
        <script>
          window.events = [];
          document.addEventListener('hk-data-pause:change', (e) =>
            window.events.push({ detail: e.detail, bubbles: e.bubbles, composed: e.composed, tag: e.target.tagName }));
        </script>`),
      1,
    );
    const result = await page.evaluate(async () => {
      const el = document.querySelector('hk-data-pause') as unknown as Controller;
      const root = () => el.shadowRoot!.querySelector('[data-date]')!;
      const seen: Record<string, unknown> = {};
      el.setDate('2020-07-06');
      await new Promise(requestAnimationFrame);
      seen.date = [el.getDate(), root().getAttribute('data-date')];
      el.setProvider('zoom');
      await new Promise(requestAnimationFrame);
      seen.provider = [el.getProvider(), root().getAttribute('data-provider')];
      el.setDate('2019-01-01');
      seen.clampLow = el.getDate();
      el.setDate('2031-12-31');
      seen.clampHigh = el.getDate();
      el.setDate('yesterday');
      el.setProvider('myspace');
      seen.unchanged = [el.getDate(), el.getProvider()];
      el.setAttribute('date', '2020-07-08');
      seen.attribute = el.getDate();
      el.setDate('2020-07-10');
      el.play();
      seen.playing = (window as unknown as { events: { detail: { playing: boolean } }[] }).events.at(
        -1,
      )!.detail.playing;
      el.pause();
      return seen;
    });
    expect(result.date).toEqual(['2020-07-06', '2020-07-06']);
    expect(result.provider).toEqual(['zoom', 'zoom']);
    expect(result.clampLow).toBe('2020-06-30');
    expect(result.clampHigh! > '2020-07-31').toBe(true);
    expect(result.unchanged).toEqual([result.clampHigh, 'zoom']);
    expect(result.attribute).toBe('2020-07-08');
    expect(result.playing).toBe(true);
    const events = await page.evaluate(
      () =>
        (
          window as unknown as {
            events: { detail: Record<string, unknown>; bubbles: boolean; composed: boolean; tag: string }[];
          }
        ).events,
    );
    expect(events[0]).toEqual({
      detail: { date: '2020-07-06', provider: 'facebook', playing: false },
      bubbles: true,
      composed: true,
      tag: 'HK-DATA-PAUSE',
    });
    expect(events[1]!.detail).toEqual({ date: '2020-07-06', provider: 'zoom', playing: false });
    expect(events.at(-1)!.detail).toMatchObject({ playing: false });
    expect(warnings.filter((w) => /invalid date "yesterday"/.test(w))).toHaveLength(1);
    expect(warnings.filter((w) => /invalid provider "myspace"/.test(w))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('destroy() removes the element and releases it', async () => {
    const { page, errors } = await open(
      articlePage('<hk-data-pause></hk-data-pause><script src="/hk-data-pause.js"></script>'),
      1,
    );
    const after = await page.evaluate(() => {
      const el = document.querySelector('hk-data-pause') as unknown as Controller;
      el.destroy();
      let threw = '';
      try {
        el.getDate();
      } catch (e) {
        threw = (e as Error).message;
      }
      return { left: document.querySelectorAll('hk-data-pause').length, threw };
    });
    expect(after.left).toBe(0);
    expect(after.threw).toMatch(/not mounted/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('shared links', () => {
  it('#hk-data-pause=date,provider opens the first widget in document order, either order', async () => {
    const { page, errors } = await open(
      articlePage(`<div data-hk-data-pause data-provider="google"></div>
        <script src="/hk-data-pause.js" data-hk-data-pause></script>
        <hk-data-pause provider="apple"></hk-data-pause>`),
      3,
      '#hk-data-pause=microsoft,2020-07-07',
    );
    const [first, second, third] = await roots(page);
    expect(first).toMatchObject({ provider: 'microsoft', date: '2020-07-07' });
    expect(second!.date).not.toBe('2020-07-07');
    expect(third).toMatchObject({ provider: 'apple' });
    expect(third!.date).not.toBe('2020-07-07');
    // Followed on the page itself, without a reload.
    await page.evaluate(() => (location.hash = 'hk-data-pause=2020-07-02'));
    await page.waitForFunction(
      () =>
        document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[data-date]')!
          .getAttribute('data-date') === '2020-07-02',
    );
    expect((await roots(page))[0]).toMatchObject({ provider: 'microsoft', date: '2020-07-02' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('lifecycle', () => {
  it('mounts late placeholders, releases removed ones, and a second script adds only its own widget', async () => {
    const { page, errors } = await open(
      articlePage('<hk-data-pause provider="zoom"></hk-data-pause><script src="/hk-data-pause.js"></script>'),
      1,
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const listeners = async () => {
      // Let pending frames and timers of removed widgets run out, then collect twice (DOM wrappers go in a second pass).
      await page.waitForTimeout(1000);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSEventListeners')!.value;
    };
    const cycle = () =>
      page.evaluate(async () => {
        const box = document.createElement('section');
        box.innerHTML =
          '<hk-data-pause provider="google"></hk-data-pause><div data-hk-data-pause data-provider="apple"></div>';
        document.body.append(box);
        // Mutation observers run after this microtask; give them and a frame their turn.
        await new Promise(requestAnimationFrame);
        const drawn = [...box.querySelectorAll('hk-data-pause')].filter((el) =>
          el.shadowRoot?.querySelector('[data-region]'),
        ).length;
        (box.querySelector('hk-data-pause') as unknown as Controller).play();
        box.remove();
        await new Promise((r) => setTimeout(r, 50));
        return drawn;
      });
    expect(await cycle()).toBe(2); // warm-up: Svelte's one-off document listeners
    const before = await listeners();
    for (let i = 0; i < 5; i++) expect(await cycle()).toBe(2);
    expect(await listeners()).toBeLessThanOrEqual(before);

    // A removed widget that was playing dispatches nothing more.
    const late = await page.evaluate(async () => {
      const el = document.createElement('hk-data-pause') as unknown as Controller;
      document.body.append(el);
      let events = 0;
      el.play();
      el.addEventListener('hk-data-pause:change', () => events++);
      el.remove();
      await new Promise((r) => setTimeout(r, 1500));
      return events;
    });
    expect(late).toBeLessThanOrEqual(1); // at most the "stopped" event of the teardown

    // A second copy of the script: only the widget its own element stands for is new.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.src = '/hk-data-pause.js';
      s.setAttribute('data-hk-data-pause', '');
      s.setAttribute('data-provider', 'tiktok');
      document.body.append(s);
    });
    await page.waitForFunction(() => document.querySelectorAll('hk-data-pause').length === 2);
    await page.waitForTimeout(300);
    expect((await roots(page)).map((r) => r.provider)).toEqual(['zoom', 'tiktok']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds nothing to window but HKDataPause and leaves built-ins as they were', async () => {
    const snapshot = `(() => {
      const protos = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype,
        String: String.prototype, Promise: Promise.prototype, EventTarget: EventTarget.prototype,
        Node: Node.prototype, Element: Element.prototype, HTMLElement: HTMLElement.prototype,
        Document: Document.prototype, Text: Text.prototype, ShadowRoot: ShadowRoot.prototype,
        CustomEvent: CustomEvent.prototype, JSON, Math, Reflect, Object, Array };
      const out = { window: Object.getOwnPropertyNames(window) };
      for (const [k, p] of Object.entries(protos)) out[k] = Object.getOwnPropertyNames(p);
      out.identity = [fetch, setTimeout, requestAnimationFrame, addEventListener, Element.prototype.attachShadow,
        Node.prototype.appendChild, EventTarget.prototype.addEventListener, customElements.define, JSON.parse];
      return out;
    })()`;
    const { page, errors } = await open(
      articlePage(`<script>window.before = ${snapshot};</script>
        <script src="/hk-data-pause.js" data-hk-data-pause></script>
        <script src="/hk-data-pause.js" data-hk-data-pause></script>`),
      2,
    );
    const diff = await page.evaluate((code) => {
      const before = (window as unknown as { before: Record<string, unknown[]> }).before;
      const after = (0, eval)(code) as Record<string, unknown[]>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(before)) {
        if (key === 'identity') {
          out.identity = before.identity!.map((f, i) => f === after.identity![i]);
          continue;
        }
        const added = after[key]!.filter((n) => !before[key]!.includes(n));
        const removed = before[key]!.filter((n) => !after[key]!.includes(n));
        if (added.length || removed.length) out[key] = { added, removed };
      }
      return out;
    }, snapshot);
    const { identity, ...changed } = diff as { identity: boolean[] } & Record<string, unknown>;
    expect(identity.every(Boolean)).toBe(true);
    expect(changed).toEqual({
      window: { added: ['before', 'HKDataPause'], removed: [] },
      // Svelte's runtime caches a lookup slot on Element.prototype (plus symbol-keyed ones, not listed).
      Element: { added: ['__e'], removed: [] },
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('build outputs for editors', () => {
  it('hk-data-pause-fallback.svg is one valid standalone SVG with title, desc and inline colours', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.url}/hk-data-pause.json`);
    const svg = await page.evaluate(async () => {
      const response = await fetch('/hk-data-pause-fallback.svg');
      const text = await response.text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        type: response.headers.get('content-type'),
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        ns: root.namespaceURI,
        title: root.querySelector(':scope > title')?.textContent ?? '',
        desc: root.querySelector(':scope > desc')?.textContent ?? '',
        regions: root.querySelectorAll('path[fill^="url(#fb-"]').length,
        patterns: [...root.querySelectorAll('pattern')].map((p) => p.id),
        styles: root.querySelectorAll('style, [style], [class], script').length,
      };
    });
    expect(svg.type).toBe('image/svg+xml');
    expect(svg.error).toBeNull();
    expect(svg).toMatchObject({ root: 'svg', ns: 'http://www.w3.org/2000/svg' });
    expect(svg.title).toMatch(/Facebook/);
    expect(svg.desc).toMatch(/Hong Kong/);
    expect(svg.regions).toBe(2); // Hong Kong, and the mainland on the locator
    expect(svg.patterns).toEqual(['fb-operational', 'fb-paused', 'fb-blocked', 'fb-unavailable']);
    expect(svg.styles).toBe(0);
    // It draws as an image, the way <noscript><img> shows it.
    const size = await page.evaluate(async () => {
      const img = new Image();
      img.src = '/hk-data-pause-fallback.svg';
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    });
    expect(size[0]).toBeGreaterThan(500);
    await page.close();
  });

  it('builder.html shows a live widget and a snippet with SRI integrity and crossorigin', async () => {
    const { createHash } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    // German picked: the German script, versioned.
    const js = readFileSync(resolve(process.env.HK_DIST ?? 'dist', `hk-data-pause.de@${version}.js`));
    const integrity = `sha384-${createHash('sha384').update(js).digest('base64')}`;
    const page = await env.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${env.server.url}/builder.html`);
    await page.waitForFunction(() =>
      document.querySelector('#preview hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
    );
    await page.selectOption('select[name="provider"]', 'zoom');
    await page.selectOption('select[name="lang"]', 'de');
    await page.fill('input[name="date"]', '2020-07-07');
    await page.check('input[name="autoplay"]');
    await page.uncheck('input[name="headline"]');
    await page.check('input[name="providers"][value="zoom"]');
    await page.check('input[name="providers"][value="apple"]');
    const snippet = await page.inputValue('#snippet');
    expect(snippet).toContain(`integrity="${integrity}"`);
    expect(snippet).toContain('crossorigin="anonymous"');
    expect(snippet).toContain(`src="${env.server.url}/hk-data-pause.de@${version}.js"`);
    expect(snippet).toMatch(
      /data-hk-data-pause data-lang="de" data-provider="zoom" data-date="2020-07-07" data-autoplay data-headline="false" data-providers="zoom,apple"><\/script>/,
    );
    expect(snippet).toContain(`<noscript><img src="${env.server.url}/hk-data-pause-fallback.de.svg"`);
    const live = await page.evaluate(() => {
      const el = document.querySelectorAll('#preview hk-data-pause');
      const root = el[0]!.shadowRoot!.querySelector('[data-date]')!;
      return [
        el.length,
        root.getAttribute('lang'),
        root.getAttribute('data-provider'),
        root.getAttribute('data-date'),
      ];
    });
    expect(live).toEqual([1, 'de', 'zoom', '2020-07-07']);
    // The snippet works as pasted: SRI and all.
    env.server.page('/pasted.html', articlePage(snippet));
    await page.goto(`${env.server.url}/pasted.html`);
    await page.waitForFunction(() =>
      document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
