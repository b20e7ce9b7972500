/**
 * What a reader does, in every engine readers use: Chromium, Firefox (Gecko)
 * and WebKit (Safari's engine, every browser on an iPhone). Each test is
 * written once against tests/helpers/engines.ts and runs in all three.
 * It reads the widget only through the contract's hooks (data-region,
 * data-status, data-provider, data-date, data-play, data-picker, the slider
 * role, role="alert"), never through implementation classes.
 *
 * Tests that need Chromium's DevTools protocol (CPU throttling, heap,
 * coverage, media emulation of forced colours) stay Chromium-only in the
 * other files of this folder and in bench/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ENGINES, useEngine, WATCH, type EnginePage, type OpenOptions } from '../helpers/engines';

const FIRST = '2020-06-30';
const LAST = '2023-08-09';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const OUT = resolve('test-results');
/**
 * Short marker runs in the lanes of Zoom on 8 July 2020 at 1000 px. Measured:
 * Chromium 4254, WebKit 4269 (stripes), Firefox 240 (flat, with the thin
 * lines of its bug). The map's pattern: 635-675 in all three.
 */
const STRIPED_LANES = 1500;
const STRIPED_MAP = 300;

const article = (embed: string, { lang = 'en', head = '' } = {}) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${WATCH}<link rel="stylesheet" href="/pages/article.css"><title>Article</title>${head}</head>
<body><article>
<h1>Article</h1><p>Text before the graphic.</p>
${embed}
<p>Text after the graphic.</p></article></body></html>`;

const tag = (attrs: string) =>
  `<hk-data-pause ${attrs}></hk-data-pause><script src="/hk-data-pause.js"></script>`;

/** What the n-th widget shows, read through the contract's hooks only. */
function shown(n: number) {
  const host = document.querySelectorAll('hk-data-pause')[n];
  const root = host?.shadowRoot;
  if (!root) return null;
  const slider = root.querySelector('input[type="range"], [role="slider"]');
  const status = (region: string) => [
    ...new Set(
      [...root.querySelectorAll(`[data-region="${region}"]:not([data-provider])`)].map((e) =>
        e.getAttribute('data-status'),
      ),
    ),
  ];
  return {
    date: root.querySelector('[data-date]')?.getAttribute('data-date') ?? null,
    provider: root.querySelector('[data-provider]:not([data-region])')?.getAttribute('data-provider') ?? null,
    hk: status('hong-kong'),
    mainland: status('mainland'),
    valuenow: slider?.getAttribute('aria-valuenow') ?? null,
    valuemax: slider?.getAttribute('aria-valuemax') ?? null,
    valuetext: slider?.getAttribute('aria-valuetext') ?? null,
    playing: root.querySelector('[data-play]')?.getAttribute('aria-pressed') ?? null,
    alert: root.querySelector('[role="alert"]')?.textContent?.trim() ?? null,
    overview: [
      ...new Set(
        [...root.querySelectorAll('[data-provider][data-region]')].map((e) =>
          e.getAttribute('data-provider'),
        ),
      ),
    ],
    picker: [...((root.querySelector('select[data-picker]') as HTMLSelectElement | null)?.options ?? [])].map(
      (o) => o.value,
    ),
    headings: [...root.querySelectorAll('h1, h2, h3, h4, [role="heading"]')].map((h) =>
      h.textContent!.trim(),
    ),
  };
}

const drawn = (n: number) =>
  document.querySelectorAll('hk-data-pause')[n]?.shadowRoot?.querySelector('[data-region][data-status]') !=
  null;

/** Where the first widget's slider is, in viewport coordinates (scrolled into view). */
function sliderBox() {
  const root = document.querySelector('hk-data-pause')!.shadowRoot!;
  const s = root.querySelector('input[type="range"], [role="slider"]')!;
  s.scrollIntoView({ block: 'center' });
  const r = s.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/** The focused element inside the first widget, described by its hooks. */
function focused() {
  let el: Element | null = document.activeElement;
  const host = el?.localName === 'hk-data-pause' ? el : null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!host || !el) return el ? `page:${el.localName}` : 'none';
  if (el.matches('input[type="range"], [role="slider"]')) return 'slider';
  if (el.matches('[data-play]')) return 'play';
  if (el.matches('[data-picker]')) return 'picker';
  return `widget:${el.localName}`;
}

describe.each(ENGINES)('%s', (name) => {
  const env = useEngine(name);

  async function open(html: string, options: OpenOptions = {}, headers: Record<string, string> = {}) {
    const path = `/e${Math.random().toString(36).slice(2)}.html`;
    env.server.page(path, html, headers);
    const page = await env.engine.open(env.server.url + path, options);
    await page.waitFor('the widget to draw', drawn, 0);
    return page;
  }

  /** Every test ends here: no page errors, console errors or CSP violations. */
  async function finish(page: EnginePage) {
    const errors = await page.errors();
    await page.close();
    expect(errors, `${name}: errors on the page`).toEqual([]);
  }

  it('mounts every embed form, once each, with its own options', async () => {
    const page = await open(
      article(
        `<script src="/hk-data-pause.js" data-hk-data-pause data-lang="de" data-provider="microsoft"></script>
<hk-data-pause lang="en" provider="zoom" date="2020-07-07"></hk-data-pause>
<div data-hk-data-pause data-lang="zh-Hant" data-provider="apple" data-date="2020-07-06"></div>
<div id="js"></div>
<script src="/hk-data-pause.js"></script>
<script src="/pages/mount.js"></script>`,
      ),
    );
    await page.waitFor('four widgets', () => document.querySelectorAll('hk-data-pause').length === 4);
    await page.waitFor('all four drawn', () =>
      [...document.querySelectorAll('hk-data-pause')].every((h) =>
        h.shadowRoot?.querySelector('[data-status]'),
      ),
    );
    const all = await page.run(() =>
      [0, 1, 2, 3].map((n) => {
        const root = document.querySelectorAll('hk-data-pause')[n]!.shadowRoot!;
        const s = root.querySelector('input[type="range"], [role="slider"]')!;
        return [
          root.querySelector('[data-date]')!.getAttribute('data-date'),
          root.querySelector('[data-provider]:not([data-region])')!.getAttribute('data-provider'),
          s.getAttribute('aria-valuetext')!.split(':')[0],
        ];
      }),
    );
    expect(all).toEqual([
      [LAST, 'microsoft', '9. August 2023'],
      ['2020-07-07', 'zoom', '7 July 2020'],
      ['2020-07-06', 'apple', '2020年7月6日'],
      ['2020-07-09', 'telegram', '9. Juli 2020'],
    ]);
    // The script in place puts its widget right after itself.
    expect(
      await page.run(
        () =>
          document
            .querySelector('script[data-hk-data-pause]')!
            .nextElementSibling?.querySelector('hk-data-pause') === document.querySelector('hk-data-pause'),
      ),
    ).toBe(true);
    // A placeholder added later mounts too, and only once.
    await page.run(() => {
      const late = document.createElement('div');
      late.setAttribute('data-hk-data-pause', '');
      late.setAttribute('data-provider', 'google');
      document.querySelector('article')!.append(late);
    });
    await page.waitFor('the late placeholder', drawn, 4);
    expect(await page.run(() => document.querySelectorAll('hk-data-pause').length)).toBe(5);
    expect((await page.run(shown, 4))!.provider).toBe('google');
    await finish(page);
  });

  it('takes lang, provider, date (clamped), theme, headline and providers', async () => {
    const page = await open(
      article(
        [
          'lang="de" provider="zoom" date="2020-07-08" theme="light"',
          'lang="de" provider="telegram" date="2019-01-01" theme="dark" headline="false"',
          'lang="en" date="2030-01-01" providers="zoom,apple"',
          'provider="nope" date="soon" theme="pink"',
        ]
          .map((a) => `<hk-data-pause ${a}></hk-data-pause>`)
          .join('\n') + '<script src="/hk-data-pause.js"></script>',
        { lang: 'de-CH' },
      ),
    );
    await page.waitFor('four widgets drawn', () =>
      [0, 1, 2, 3].every((n) =>
        document.querySelectorAll('hk-data-pause')[n]?.shadowRoot?.querySelector('[data-status]'),
      ),
    );
    const [de, noHeadline, en, bad] = await Promise.all([0, 1, 2, 3].map((n) => page.run(shown, n)));
    expect(de).toMatchObject({
      date: '2020-07-08',
      provider: 'zoom',
      hk: ['paused'],
      mainland: ['operational'],
    });
    expect(de!.valuetext).toMatch(/^8\. Juli 2020/);
    // headline="false" drops the widget's own title (the first heading of the others).
    const title = de!.headings[0];
    expect(bad!.headings[0]).toBe(title);
    expect(noHeadline!.headings).not.toContain(title);
    expect(noHeadline).toMatchObject({ date: FIRST, provider: 'telegram', valuenow: '0' });
    expect(noHeadline!.valuetext).toMatch(/^30\. Juni 2020/);
    expect(en).toMatchObject({
      date: LAST,
      provider: 'zoom',
      picker: ['zoom', 'apple'],
      overview: ['zoom', 'apple'],
    });
    expect(en!.valuetext).toMatch(/^9 August 2023/);
    // Invalid values fall back to the defaults; the page's de-CH gives German.
    expect(bad).toMatchObject({ date: LAST, provider: 'facebook' });
    expect(bad!.valuetext).toMatch(/^9\. August 2023/);
    // Each theme paints its own background: light is light, dark is dark.
    const luminance = await page.run(() =>
      [0, 1].map((n) => {
        const root = document.querySelectorAll('hk-data-pause')[n]!.shadowRoot!.querySelector('[data-date]')!;
        const [r, g, b] = getComputedStyle(root)
          .backgroundColor.match(/[\d.]+/g)!
          .map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      }),
    );
    expect(luminance[0]).toBeGreaterThan(200);
    expect(luminance[1]).toBeLessThan(60);
    // The native service picker follows the theme too, as painted: in WebKitGTK
    // it was a light box under the dark theme's light text (unreadable).
    const painted: number[] = [];
    for (const n of [0, 1]) {
      const box = await page.run((i: number) => {
        const p = document.querySelectorAll('hk-data-pause')[i]!.shadowRoot!.querySelector('[data-picker]')!;
        p.scrollIntoView({ block: 'center' });
        const b = p.getBoundingClientRect();
        // Inside the border.
        return {
          x: Math.round(b.x) + 2,
          y: Math.round(b.y) + 2,
          width: Math.round(b.width) - 4,
          height: Math.round(b.height) - 4,
        };
      }, n);
      const shot = await page.screenshot(box);
      writeResult(`picker-${name}-${n}.png`, shot);
      painted.push(dominantLuminance(shot));
    }
    expect(painted[0], 'light picker background').toBeGreaterThan(200);
    expect(painted[1], 'dark picker background').toBeLessThan(60);
    await finish(page);
  });

  it('walks by keyboard: Tab in, arrows, Home/End, Page Up later, Page Down earlier', async () => {
    const page = await open(article(tag('lang="en" provider="telegram"')));
    // Tab from the top of the page until the scrubber has focus; the first
    // stop is inside the widget (the article has nothing focusable before it).
    const stops: string[] = [];
    for (let i = 0; i < 30 && stops.at(-1) !== 'slider'; i++) {
      await page.press('Tab');
      stops.push(await page.run(focused));
    }
    expect(stops[0], stops.join(' > ')).not.toMatch(/^(page|none)/);
    expect(stops.at(-1), stops.join(' > ')).toBe('slider');
    await page.press('Home');
    expect(await page.run(shown, 0)).toMatchObject({ date: FIRST, valuenow: '0' });
    expect((await page.run(shown, 0))!.valuetext).toMatch(/^30 June 2020/);
    await page.press('ArrowRight');
    expect((await page.run(shown, 0))!.date).toBe('2020-07-01');
    await page.press('PageUp');
    // Telegram paused on 5 July, the next event day.
    expect(await page.run(shown, 0)).toMatchObject({ date: '2020-07-05', hk: ['paused'] });
    await page.press('PageUp');
    expect((await page.run(shown, 0))!.date).toBe('2020-07-06');
    await page.press('PageDown', 'PageDown');
    expect(await page.run(shown, 0)).toMatchObject({ date: FIRST, hk: ['operational'] });
    await page.press('ArrowLeft');
    expect((await page.run(shown, 0))!.date).toBe(FIRST);
    await page.press('End');
    const end = (await page.run(shown, 0))!;
    expect(end.date).toBe(LAST);
    expect(end.valuenow).toBe(end.valuemax);
    await page.press('ArrowUp', 'ArrowUp');
    expect((await page.run(shown, 0))!.date).toBe(LAST);
    await page.press('ArrowDown');
    expect((await page.run(shown, 0))!.date).toBe('2023-08-08');
    await finish(page);
  });

  it('follows a mouse click and a drag on the scrubber', async () => {
    const page = await open(article(tag('lang="en" provider="zoom"')));
    const box = await page.run(sliderBox);
    const y = box.y + box.height / 2;
    await page.click(box.x + 1, y);
    expect((await page.run(shown, 0))!.date).toBe(FIRST);
    // Drag from the start to the middle: the day follows the pointer.
    await page.drag([box.x + 1, y], [box.x + box.width * 0.5, y]);
    const middle = (await page.run(shown, 0))!.date!;
    expect(middle > FIRST && middle < LAST, middle).toBe(true);
    // Back a little, then on past the right end (pointer capture keeps the
    // drag): the last day, where the button is released.
    await page.drag([box.x + box.width * 0.5, y], [box.x + box.width * 0.25, y], 4);
    const back = (await page.run(shown, 0))!.date!;
    expect(back > FIRST && back < middle, `${back} < ${middle}`).toBe(true);
    await page.drag([box.x + box.width * 0.25, y], [box.x + box.width + 40, y + 30]);
    expect((await page.run(shown, 0))!.date).toBe(LAST);
    await finish(page);
  });

  it('follows a finger tap on a phone (a mouse click where the engine has no touch)', async () => {
    const page = await open(article(tag('lang="en"')), { width: 390, height: 844, touch: env.engine.touch });
    await page.run(() => {
      const seen: string[] = [];
      document.addEventListener('pointerdown', (e) => seen.push(e.pointerType), true);
      (window as unknown as { seen: string[] }).seen = seen;
    });
    const box = await page.run(sliderBox);
    const y = box.y + box.height / 2;
    await page.tap(box.x + 2, y);
    expect((await page.run(shown, 0))!.date).toBe(FIRST);
    await page.tap(box.x + box.width * 0.25, y);
    const quarter = (await page.run(shown, 0))!.date!;
    await page.tap(box.x + box.width * 0.75, y);
    const threeQuarters = (await page.run(shown, 0))!.date!;
    expect(
      FIRST < quarter && quarter < threeQuarters && threeQuarters < LAST,
      `${quarter} ${threeQuarters}`,
    ).toBe(true);
    // WebKitGTK's WebDriver has no touch input: it sends a "touch" pointer as
    // a mouse. (iPhones deliver the same pointer events, as pointerType touch.)
    expect(await page.run(() => (window as unknown as { seen: string[] }).seen)).toEqual(
      Array(3).fill(env.engine.touch ? 'touch' : 'mouse'),
    );
    await finish(page);
  });

  it('plays from 30 June, never holds a day over 2 s, and pauses', async () => {
    const page = await open(article(tag('lang="en" provider="zoom"')));
    const gaps = await page.run(
      () =>
        new Promise<{ first: string; gaps: number[] }>((done) => {
          const el = document.querySelector('hk-data-pause') as HTMLElement & { play(): void };
          const seen: { t: number; date: string }[] = [];
          el.addEventListener('hk-data-pause:change', (e) =>
            seen.push({ t: performance.now(), date: (e as CustomEvent<{ date: string }>).detail.date }),
          );
          el.play();
          setTimeout(
            // seen[0]: playing, still on the last day; seen[1]: the player's first step.
            () => done({ first: seen[1]!.date, gaps: seen.slice(1).map((s, i) => s.t - seen[i]!.t) }),
            5000,
          );
        }),
    );
    expect(gaps.first).toBe(FIRST);
    expect(gaps.gaps.length).toBeGreaterThanOrEqual(3);
    for (const gap of gaps.gaps) expect(gap).toBeLessThan(2000 + 250);
    expect((await page.run(shown, 0))!.playing).toBe('true');
    // The toggle (data-play) pauses, by mouse.
    const play = await page.run(() => {
      const b = document.querySelector('hk-data-pause')!.shadowRoot!.querySelector('[data-play]')!;
      b.scrollIntoView({ block: 'center' });
      const r = b.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2] as [number, number];
    });
    await page.click(...play);
    const stopped = (await page.run(shown, 0))!;
    expect(stopped.playing).toBe('false');
    await page.run(() => new Promise((r) => setTimeout(r, 1500)));
    expect((await page.run(shown, 0))!.date).toBe(stopped.date);
    await page.click(...play);
    expect((await page.run(shown, 0))!.playing).toBe('true');
    await finish(page);
  });

  it('switches service with the picker by keyboard (type-ahead, arrow), and the map follows', async () => {
    const page = await open(article(tag('lang="en" date="2020-07-10" providers="facebook,apple,zoom"')));
    expect(await page.run(shown, 0)).toMatchObject({ provider: 'facebook', hk: ['paused'] });
    const at = await page.run(() => {
      const p = document
        .querySelector('hk-data-pause')!
        .shadowRoot!.querySelector('select[data-picker]') as HTMLSelectElement;
      p.focus();
      return p.value;
    });
    expect(at).toBe('facebook');
    await page.press('a');
    await page.waitFor('apple', () =>
      document
        .querySelector('hk-data-pause')!
        .shadowRoot!.querySelector('[data-provider="apple"]:not([data-region])'),
    );
    // Apple was "assessing" in Hong Kong: still operational on 10 July.
    expect(await page.run(shown, 0)).toMatchObject({ provider: 'apple', hk: ['operational'] });
    await page.press('ArrowDown');
    await page.waitFor('zoom', () =>
      document
        .querySelector('hk-data-pause')!
        .shadowRoot!.querySelector('[data-provider="zoom"]:not([data-region])'),
    );
    expect(await page.run(shown, 0)).toMatchObject({
      provider: 'zoom',
      hk: ['paused'],
      mainland: ['operational'],
    });
    await finish(page);
  });

  it('runs on a strict-CSP page, with Trusted Types where the engine enforces them', async () => {
    const csp = [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self'",
      "connect-src 'self'",
      "require-trusted-types-for 'script'",
      // No policy allowed: creating one (as Svelte's HTML templates do) throws.
      "trusted-types 'none'",
    ].join('; ');
    const page = await open(
      article(tag('lang="en" provider="microsoft" date="2020-07-07"')),
      {},
      { 'content-security-policy': csp },
    );
    expect(await page.run(shown, 0)).toMatchObject({ date: '2020-07-07', provider: 'microsoft' });
    await page.press('Tab');
    expect(await page.run(focused)).not.toMatch(/^(page|none)/);
    const errors = await page.errors();
    const info = await page.run(() => ({
      trustedTypes: 'trustedTypes' in window,
      // Proof that the policy is in force: an inline script does not run.
      inlineBlocked: (() => {
        const s = document.createElement('script');
        try {
          s.textContent = 'window.__ran = 1';
          document.head.append(s);
        } catch {
          return true;
        }
        return !(window as unknown as { __ran?: number }).__ran;
      })(),
    }));
    writeResult(`csp-${name}.json`, info);
    await page.close();
    expect(info.inlineBlocked).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows the bundled data and an alert when src is unusable', async () => {
    env.server.route('/bad.json', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"providers": [');
      return true;
    });
    const page = await open(article(tag('lang="en" provider="zoom" src="/bad.json"')));
    await page.waitFor(
      'the alert',
      () => document.querySelector('hk-data-pause')!.shadowRoot!.querySelector('[role="alert"]'),
      undefined,
      10_000,
    );
    const s = (await page.run(shown, 0))!;
    expect(s.alert).toMatch(/could not be loaded/);
    expect(s).toMatchObject({ date: LAST, provider: 'zoom', hk: ['paused'], mainland: ['operational'] });
    expect(
      await page.run(() => {
        const a = document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[role="alert"]') as HTMLElement;
        return a.getBoundingClientRect().height > 0 && getComputedStyle(a).visibility !== 'hidden';
      }),
    ).toBe(true);
    await finish(page);
  });

  it('fits a 390 x 844 phone without sideways scrolling (and records its size)', async () => {
    const page = await open(article(tag('lang="en" provider="zoom"')), { width: 390, height: 844 });
    const m = await page.run(() => {
      const host = document.querySelector('hk-data-pause')!;
      const root = host.shadowRoot!;
      const r = (e: Element | null) => {
        const b = e!.getBoundingClientRect();
        return {
          left: Math.round(b.left),
          right: Math.round(b.right),
          width: Math.round(b.width),
          height: Math.round(b.height),
        };
      };
      return {
        viewport: innerWidth,
        scrollWidth: document.documentElement.scrollWidth,
        host: r(host),
        slider: r(root.querySelector('input[type="range"], [role="slider"]')),
        picker: r(root.querySelector('[data-picker]')),
        map: [...root.querySelectorAll('[data-region]:not([data-provider])')].map(r),
      };
    });
    writeResult(`phone-${name}.json`, m);
    expect(m.viewport).toBe(390);
    expect(m.scrollWidth).toBeLessThanOrEqual(390);
    for (const box of [m.host, m.slider, m.picker, ...m.map]) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    expect(m.slider.width).toBeGreaterThan(200);
    await finish(page);
  });

  it('draws "requests paused" as stripes, in the timeline lanes and on the map', async () => {
    // The paused colour set to a marker (a theming hook of the contract), so
    // its pixels can be told from every other colour of the picture.
    const page = await open(
      article(tag('lang="en" provider="zoom" date="2020-07-08" theme="light"'), {
        head: '<link rel="stylesheet" href="/pages/marker.css">',
      }),
      { width: 1000, height: 1800 },
    );
    // The timeline is laid out, and its lanes drawn, a frame after the map.
    await page.waitFor('the lanes', () =>
      document.querySelector('hk-data-pause')!.shadowRoot!.querySelector('svg.lanes'),
    );
    const rects = await page.run(() => {
      const root = document.querySelector('hk-data-pause')!.shadowRoot!;
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return {
          x: Math.round(r.x),
          y: Math.round(r.y),
          width: Math.round(r.width),
          height: Math.round(r.height),
        };
      };
      return {
        // The lanes have no contract hook: the SVG the timeline draws them in.
        timeline: box(root.querySelector('svg.lanes')!),
        hongKong: [...root.querySelectorAll('[data-region="hong-kong"]:not([data-provider])')].map(box),
      };
    });
    const hk = rects.hongKong.reduce((a, b) => (a.width * a.height >= b.width * b.height ? a : b));
    const lanes = stripeRuns(await page.screenshot(rects.timeline));
    const map = stripeRuns(await page.screenshot(hk));
    writeResult(`stripes-${name}.json`, { lanes, map });
    // The map's SVG pattern is striped in every engine.
    expect(map.short, 'short marker runs on the map').toBeGreaterThanOrEqual(STRIPED_MAP);
    // Firefox drew the old CSS-gradient lanes flat (240 short runs against
    // Chromium's 4254); the lanes now use the map's SVG patterns in every engine.
    expect(lanes.short, 'short marker runs in the lanes').toBeGreaterThanOrEqual(STRIPED_LANES);
    await finish(page);
  });

  it('has no axe-core violations (light and dark)', async () => {
    const page = await open(
      article(
        tag('lang="en" provider="zoom" theme="light"') + tag('lang="de" provider="google" theme="dark"'),
      ),
    );
    await page.waitFor('both drawn', drawn, 1);
    await page.run((src: string) => {
      (0, eval)(src);
    }, AXE);
    const violations = await page.run(async (tags: string[]) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              c: unknown,
              o: unknown,
            ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(
        { include: [['hk-data-pause']] },
        { runOnly: { type: 'tag', values: tags } },
      );
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    }, TAGS);
    expect(violations).toEqual([]);
    await finish(page);
    // axe takes its time in WebKit on a busy 2-core machine.
  }, 90_000);
});

/**
 * Counts runs of the marker colour (#ff00ff) along each row of a PNG: stripes
 * make many short runs, a flat fill long ones or none.
 */
function stripeRuns(png: Buffer) {
  const img = PNG.sync.read(png);
  let short = 0;
  let long = 0;
  for (let y = 0; y < img.height; y++) {
    let run = 0;
    for (let x = 0; x <= img.width; x++) {
      const i = (y * img.width + x) * 4;
      const marker = x < img.width && img.data[i]! > 215 && img.data[i + 1]! < 70 && img.data[i + 2]! > 215;
      if (marker) run++;
      else if (run) {
        if (run <= 8) short++;
        else long++;
        run = 0;
      }
    }
  }
  return { short, long };
}

/** Luminance of the most frequent colour of a PNG (its background). */
function dominantLuminance(png: Buffer): number {
  const img = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < img.data.length; i += 4) {
    const key = (img.data[i]! << 16) | (img.data[i + 1]! << 8) | img.data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  return 0.2126 * (top >> 16) + 0.7152 * ((top >> 8) & 255) + 0.0722 * (top & 255);
}

function writeResult(file: string, data: unknown) {
  mkdirSync(join(OUT, 'engines'), { recursive: true });
  writeFileSync(join(OUT, 'engines', file), Buffer.isBuffer(data) ? data : JSON.stringify(data, null, 2));
}
