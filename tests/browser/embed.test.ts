/**
 * The built script in real Chromium: every embed form of the contract draws
 * a map, widgets are independent, and the page requests nothing but the script.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articlePage, inWidget, watchErrors, useBrowser } from '../helpers/browser';

const env = useBrowser();

/** Serves `html` at `path` and opens it until every widget has drawn its map; `init` runs before the page's scripts. */
async function open(
  path: string,
  html: string,
  init?: () => void,
): Promise<{ page: Page; errors: string[] }> {
  env.server.page(path, html);
  const page = await env.browser.newPage();
  if (init) await page.addInitScript(init);
  const errors = watchErrors(page);
  await page.goto(env.server.url + path);
  await page.waitForFunction(() => document.querySelectorAll('hk-data-pause').length > 0);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('hk-data-pause')].every((el) =>
      el.shadowRoot?.querySelector('[data-region]'),
    ),
  );
  return { page, errors };
}

/** Resolves after the next frame is painted: whatever the widget does in its first frames is done. */
const afterNextPaint = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

const STATUSES = ['operational', 'paused', 'blocked', 'unavailable'];

describe('script in place', () => {
  it('draws the map right after the script, with a status on every region copy', async () => {
    const { page, errors } = await open(
      '/in-place.html',
      articlePage(
        '<script src="/hk-data-pause.js" data-hk-data-pause data-lang="de" data-provider="microsoft"></script>',
      ),
    );
    const placement = await page.evaluate(() => {
      const script = document.querySelector('script[data-hk-data-pause]')!;
      const next = script.nextElementSibling;
      return { tag: next?.tagName, child: next?.firstElementChild?.tagName };
    });
    expect(placement).toEqual({ tag: 'DIV', child: 'HK-DATA-PAUSE' });
    const mainland = await inWidget.regionStatuses(page, 'mainland');
    const hk = await inWidget.regionStatuses(page, 'hong-kong');
    expect(mainland.length).toBeGreaterThanOrEqual(1);
    expect(hk.length).toBeGreaterThanOrEqual(1);
    for (const s of [...mainland, ...hk]) expect(STATUSES).toContain(s);
    // Microsoft on the final day: operating on the mainland, requests paused in Hong Kong.
    expect(new Set(mainland)).toEqual(new Set(['operational']));
    expect(new Set(hk)).toEqual(new Set(['paused']));
    const root = await page.evaluate(() => {
      const r = document.querySelector('hk-data-pause')!.shadowRoot!.querySelector('[data-date]')!;
      return {
        date: r.getAttribute('data-date'),
        provider: r.getAttribute('data-provider'),
        lang: r.getAttribute('lang'),
      };
    });
    expect(root).toMatchObject({ provider: 'microsoft', lang: 'de' });
    expect(root.date).toMatch(/^20\d\d-\d\d-\d\d$/);
    // Only the filled shapes carry data-region without data-provider.
    const tags = await page.evaluate(() => [
      ...new Set(
        [
          ...document
            .querySelector('hk-data-pause')!
            .shadowRoot!.querySelectorAll('[data-region]:not([data-provider])'),
        ].map((e) => e.tagName.toLowerCase()),
      ),
    ]);
    expect(tags).toEqual(['path']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('placeholders and mount()', () => {
  it('mounts <hk-data-pause>, data-hk-data-pause divs, and mount() targets, each once', async () => {
    const { page, errors } = await open(
      '/placeholders.html',
      articlePage(`
        <hk-data-pause lang="en" provider="zoom" date="2020-07-06"></hk-data-pause>
        <div id="d" data-hk-data-pause data-lang="zh-Hant" data-provider="apple"></div>
        <div id="js"></div>
        <script src="/hk-data-pause.js"></script>
        <script src="/hk-data-pause.js"></script>
        <script>window.HKDataPause.mount(document.getElementById('js'), { lang: 'de', provider: 'google', date: '2020-07-01' });</script>
      `),
    );
    await page.waitForFunction(() => document.querySelectorAll('hk-data-pause').length === 3);
    const states = await page.evaluate(() =>
      [...document.querySelectorAll('hk-data-pause')].map((el) => {
        const root = el.shadowRoot!.querySelector('[data-date]')!;
        return [
          root.getAttribute('lang'),
          root.getAttribute('data-provider'),
          root.getAttribute('data-date'),
        ];
      }),
    );
    expect(states[0]).toEqual(['en', 'zoom', '2020-07-06']);
    expect(states[1]!.slice(0, 2)).toEqual(['zh-Hant', 'apple']);
    expect(states[2]).toEqual(['de', 'google', '2020-07-01']);
    // Zoom on 6 July: not yet paused; the pause counts from 7 July (Hong Kong day).
    expect(new Set(await inWidget.regionStatuses(page, 'hong-kong', 0))).toEqual(new Set(['operational']));
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /hk|svelte/i.test(k)))).toEqual([
      'HKDataPause',
    ]);
    expect(await page.evaluate(() => typeof window.HKDataPause.version)).toBe('string');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('mounts placeholders added later and releases removed ones', async () => {
    env.server.page(
      '/late.html',
      articlePage(
        '<hk-data-pause provider="google"></hk-data-pause><script src="/hk-data-pause.js"></script>',
      ),
    );
    const page = await env.browser.newPage();
    // Count the observers the page holds (observing and not yet disconnected), before any script runs.
    await page.addInitScript(() => {
      const w = window as unknown as { liveObservers: number };
      w.liveObservers = 0;
      for (const Kind of [IntersectionObserver, ResizeObserver]) {
        const live = new WeakSet<object>();
        const observe = Kind.prototype.observe;
        const disconnect = Kind.prototype.disconnect;
        Kind.prototype.observe = function (this: object, ...args: unknown[]) {
          if (!live.has(this)) {
            live.add(this);
            w.liveObservers++;
          }
          return (observe as (...a: unknown[]) => void).apply(this, args);
        };
        Kind.prototype.disconnect = function (this: object) {
          if (live.delete(this)) w.liveObservers--;
          return disconnect.call(this);
        };
      }
    });
    await page.goto(`${env.server.url}/late.html`);
    await page.waitForFunction(() =>
      document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
    );
    const held = async () => {
      await page.waitForTimeout(500);
      return {
        observers: await page.evaluate(() => (window as unknown as { liveObservers: number }).liveObservers),
      };
    };
    /**
     * A placeholder added late: it mounts, holds observers of its own, plays,
     * is removed mid-play, and then neither changes nor fires again.
     */
    const cycle = async (provider: string) => {
      await page.evaluate((p) => {
        const div = document.createElement('div');
        div.setAttribute('data-hk-data-pause', '');
        div.setAttribute('data-provider', p);
        document.body.append(div);
      }, provider);
      await page.waitForFunction(() =>
        document
          .querySelector('div[data-hk-data-pause] hk-data-pause')
          ?.shadowRoot?.querySelector('[data-region]'),
      );
      return page.evaluate(async () => {
        const w = window as unknown as { liveObservers: number };
        const el = document.querySelector('div[data-hk-data-pause] hk-data-pause') as HTMLElement & {
          play(): void;
        };
        const root = el.shadowRoot!.querySelector('[data-date]')!;
        const provider = root.getAttribute('data-provider');
        const observing = w.liveObservers;
        let events = 0;
        let removed = false;
        const count = () => removed && events++;
        el.addEventListener('hk-data-pause:change', count);
        el.play();
        await new Promise((r) => setTimeout(r, 300));
        el.parentElement!.remove();
        await new Promise((r) => setTimeout(r, 50));
        removed = true;
        const date = root.getAttribute('data-date');
        await new Promise((r) => setTimeout(r, 2500));
        return { provider, observing, events, moved: root.getAttribute('data-date') !== date };
      });
    };
    const first = await cycle('twitter');
    expect(first).toMatchObject({ provider: 'twitter', events: 0, moved: false });
    const before = await held();
    const second = await cycle('zoom');
    expect(second).toMatchObject({ provider: 'zoom', events: 0, moved: false });
    // While it was there it held observers of its own ...
    expect(second.observing).toBeGreaterThan(before.observers);
    // ... and now everything it held is released: back to what the page held before it came.
    const released = await held();
    expect(released.observers).toBe(before.observers);
    await page.close();
  });
});

describe('independence and requests', () => {
  it('keeps two widgets on one page independent', async () => {
    const { page } = await open(
      '/two.html',
      articlePage(`
        <hk-data-pause lang="en" provider="facebook" date="2020-07-01"></hk-data-pause>
        <hk-data-pause lang="en" provider="facebook" date="2020-07-01"></hk-data-pause>
        <script src="/hk-data-pause.js"></script>`),
    );
    await page.evaluate(() => {
      const [a] = document.querySelectorAll('hk-data-pause') as unknown as [
        HTMLElement & { setDate(d: string): void },
      ];
      a.setDate('2020-07-06');
    });
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(new Set(await inWidget.regionStatuses(page, 'hong-kong', 0))).toEqual(new Set(['paused']));
    expect(new Set(await inWidget.regionStatuses(page, 'hong-kong', 1))).toEqual(new Set(['operational']));
    const dates = await page.evaluate(() =>
      [...document.querySelectorAll('hk-data-pause')].map((el) =>
        (el as HTMLElement & { getDate(): string }).getDate(),
      ),
    );
    expect(dates).toEqual(['2020-07-06', '2020-07-01']);
    await page.close();
  });

  it('does not shift the demo article while the graphic loads (CLS 0)', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!e.hadRecentInput) w.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${env.server.url}/index.html`);
    await page.waitForFunction(() =>
      document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
    );
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
    await page.close();
  });

  it('builds no Error while it loads and draws, so a DevTools-protocol client does not parse it twice', async () => {
    // Counts every Error the page's scripts build, subclasses included (they call this constructor).
    const { page } = await open(
      '/no-error.html',
      articlePage('<script src="/hk-data-pause.js" data-hk-data-pause async></script>'),
      () => {
        const w = window as unknown as { errorsBuilt: number };
        w.errorsBuilt = 0;
        const Native = window.Error;
        window.Error = new Proxy(Native, {
          construct(target, args, newTarget) {
            w.errorsBuilt += 1;
            return Reflect.construct(target, args, newTarget) as object;
          },
        });
      },
    );
    await afterNextPaint(page);
    expect(await page.evaluate(() => (window as unknown as { errorsBuilt: number }).errorsBuilt)).toBe(0);
    await page.close();
  });

  it('draws the lanes and the rail once, at the width it measured, not first at a guess', async () => {
    // Every width the lanes' and the rail's drawings are given, from the moment the shadow root exists.
    const { page } = await open(
      '/drawn-once.html',
      articlePage('<script src="/hk-data-pause.js" data-hk-data-pause async></script>'),
      () => {
        const w = window as unknown as { widths: string[] };
        w.widths = [];
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
          const root = attach.call(this, init);
          const board = (el: Element) => el.localName === 'svg' && el.closest('.board') !== null;
          new MutationObserver((records) => {
            for (const r of records) {
              if (r.type === 'attributes' && board(r.target as Element))
                w.widths.push((r.target as Element).getAttribute('width')!);
              // Drawings inserted with their width already set.
              r.addedNodes.forEach((n) => {
                if (n instanceof Element)
                  for (const svg of [n, ...n.querySelectorAll('svg')])
                    if (board(svg) && svg.hasAttribute('width')) w.widths.push(svg.getAttribute('width')!);
              });
            }
          }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['width'] });
          return root;
        };
      },
    );
    await afterNextPaint(page);
    const seen = await page.evaluate(() => (window as unknown as { widths: string[] }).widths);
    const track = await page.evaluate(() =>
      String(
        document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('.board .track')!
          .getBoundingClientRect().width,
      ),
    );
    expect(Number(track)).toBeGreaterThan(300);
    // Never a guessed width first (300 px, as before issue 17), only the measured one.
    expect(seen.filter((v) => v !== track)).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    await page.close();
  });

  it('requests nothing but the page and the script, and stores nothing', async () => {
    env.server.requests.length = 0;
    const { page } = await open(
      '/requests.html',
      articlePage('<script src="/hk-data-pause.js" data-hk-data-pause></script>'),
    );
    // A reader's session: change service, scrub, play and pause.
    await page.evaluate(() => {
      const el = document.querySelector('hk-data-pause') as unknown as {
        setProvider(p: string): void;
        setDate(d: string): void;
        play(): void;
        pause(): void;
      };
      el.setProvider('zoom');
      el.setDate('2020-07-08');
      el.play();
      el.pause();
    });
    await page.waitForLoadState('networkidle');
    expect(env.server.requests.filter((p) => p !== '/favicon.ico')).toEqual([
      '/requests.html',
      '/hk-data-pause.js',
    ]);
    // Privacy: nothing stored about the reader.
    const stored = await page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
    await page.close();
  });
});
