/**
 * The phone-first layout as a reader meets it, measured in the page: Hong
 * Kong is the main picture, labels are readable, what belongs together fits
 * one screen, the widget has a sensible height, services are listed in the
 * order they paused, and nothing moves while the timeline plays.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import dataset from '../../data/dataset.json';
import { articlePage, useBrowser } from '../helpers/browser';

const env = useBrowser();
const LANGS = ['de', 'en', 'zh-Hant'] as const;
const SIZES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
  { width: 1000, height: 900 },
] as const;

/** A phone article fills the screen; the desktop page gives the widget the whole 1,000 px. */
function hostPage(lang: string, width: number, attrs = ''): string {
  const embed = `<hk-data-pause lang="${lang}" ${attrs}></hk-data-pause><script src="/hk-data-pause.js"></script>`;
  if (width < 600) return articlePage(embed);
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Wide page</title></head>
<body style="margin:0"><main style="width:1000px"><h1>Headline</h1>${embed}<p>After.</p></main></body></html>`;
}

/** Opens the host page until the map is drawn; `init` (a script's text) runs before the page's scripts. */
async function open(
  lang: string,
  size: { width: number; height: number },
  attrs = '',
  init?: string,
): Promise<Page> {
  const path = `/layout-${Math.random().toString(36).slice(2)}.html`;
  env.server.page(path, hostPage(lang, size.width, attrs));
  const page = await env.browser.newPage({ viewport: size });
  if (init) await page.addInitScript(init);
  await page.goto(env.server.url + path);
  await page.waitForFunction(() =>
    document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
  );
  return page;
}

type Rect = { top: number; bottom: number; left: number; right: number; width: number; height: number };

/** Page-relative boxes of what a reader needs together (contract hooks only). */
const measure = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('hk-data-pause')!;
    const root = host.shadowRoot!;
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return {
        top: r.top + scrollY,
        bottom: r.bottom + scrollY,
        left: r.left,
        right: r.right,
        width: r.width,
        height: r.height,
      };
    };
    const all = (sel: string) => [...root.querySelectorAll(sel)].map((e) => box(e)!);
    const slider = root.querySelector('input[type="range"], [role="slider"]');
    const dateText = (slider?.getAttribute('aria-valuetext') ?? '').split(/[:：]/)[0]!.trim();
    // The shown date as text on screen: the smallest element whose text is exactly that date.
    const date = [...root.querySelectorAll('*')].find(
      (e) => e.children.length === 0 && e.textContent?.trim() === dateText,
    );
    return {
      widget: box(host)!,
      hongKong: all('[data-region="hong-kong"]:not([data-provider])'),
      mainland: all('[data-region="mainland"]:not([data-provider])'),
      picker: box(root.querySelector('[data-picker]')),
      play: box(root.querySelector('[data-play]')),
      slider: box(slider),
      date: box(date ?? null),
    };
  });

describe('Hong Kong is the main picture', () => {
  for (const size of SIZES)
    it(`at ${size.width} px its largest shape is at least as large as the mainland's`, async () => {
      const page = await open('en', size);
      const m = await measure(page);
      const area = (r: Rect) => r.width * r.height;
      const hk = Math.max(...m.hongKong.map(area));
      const mainland = Math.max(...m.mainland.map(area));
      expect(hk).toBeGreaterThanOrEqual(mainland);
      await page.close();
    });

  for (const lang of LANGS)
    it(`labels the map in ${lang} at 11 px or more on a phone, clear of the shape they name`, async () => {
      const page = await open(lang, { width: 360, height: 640 });
      const labels = await page.evaluate(() => {
        const root = document.querySelector('hk-data-pause')!.shadowRoot!;
        const figure = root.querySelector('figure')!;
        const rect = (e: Element) => e.getBoundingClientRect();
        const shapes = Object.fromEntries(
          ['hong-kong', 'mainland'].map((r) => [
            r,
            root.querySelector(`[data-region="${r}"]:not([data-provider])`)!,
          ]),
        );
        return [...figure.querySelectorAll('span, text')]
          .filter((e) => e.children.length === 0 && e.textContent?.trim() && !e.closest('.sr-only'))
          .map((e) => {
            const r = rect(e);
            // Which shape sits under the label's centre, if any.
            const under = root.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return {
              text: e.textContent!.trim(),
              size: parseFloat(getComputedStyle(e).fontSize),
              covers: Object.entries(shapes)
                .filter(([, s]) => under.includes(s))
                .map(([k]) => k),
            };
          });
      });
      expect(labels.length).toBeGreaterThanOrEqual(2);
      for (const l of labels) {
        expect(l.size, l.text).toBeGreaterThanOrEqual(11);
        expect(l.covers, l.text).toEqual([]);
      }
      await page.close();
    });
});

describe('one screen for what belongs together', () => {
  for (const size of SIZES)
    for (const lang of LANGS)
      it(`${size.width} x ${size.height}, ${lang}: shapes, picker, date, play and scrubber ${size.width < 600 ? 'fit the screen' : 'within 900 px of the top'}`, async () => {
        const page = await open(lang, size);
        const m = await measure(page);
        const parts = [...m.hongKong, ...m.mainland, m.picker, m.play, m.slider, m.date];
        for (const p of parts) expect(p).not.toBeNull();
        const top = Math.min(...parts.map((p) => p!.top));
        const bottom = Math.max(...parts.map((p) => p!.bottom));
        if (size.width < 600) expect(bottom - top).toBeLessThanOrEqual(size.height);
        else expect(bottom - m.widget.top).toBeLessThanOrEqual(900);
        await page.close();
      });

  for (const lang of LANGS)
    it(`keeps the widget at most 1,600 px tall at 360 px, headline shown, in ${lang}`, async () => {
      const page = await open(lang, { width: 360, height: 640 });
      const m = await measure(page);
      expect(m.widget.height).toBeLessThanOrEqual(1600);
      await page.close();
    });
});

describe('the cascade reads as a staircase', () => {
  /**
   * Provider ids by the first day they stopped handling requests in Hong Kong
   * (paused, or left: TikTok's withdrawal is part of the same wave); the rest
   * after, in data order.
   */
  const pauseDay = (id: string) =>
    dataset.events
      .filter((e) => e.provider === id && e.region === 'hong-kong' && e.to && e.to !== 'operational')
      .map((e) => e.date)
      .sort()[0] ?? '9999';
  const expected = dataset.providers
    .map((p, i) => ({ id: p.id, day: pauseDay(p.id), i }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.i - b.i))
    .map((p) => p.id);

  it('lists the services in the picker and the table in the order they paused in Hong Kong', async () => {
    const page = await open('en', { width: 390, height: 844 });
    const order = await page.evaluate(() => {
      const root = document.querySelector('hk-data-pause')!.shadowRoot!;
      return {
        picker: [...root.querySelectorAll('[data-picker] option')].map((o) => (o as HTMLOptionElement).value),
        table: [...root.querySelectorAll('[data-provider][data-region="hong-kong"]')].map((e) =>
          e.getAttribute('data-provider'),
        ),
      };
    });
    expect(order.picker).toEqual(expected);
    expect(order.table).toEqual(expected);
    await page.close();
  });

  it('keeps an explicit providers order', async () => {
    const page = await open('en', { width: 390, height: 844 }, 'providers="zoom,apple,facebook"');
    const picker = await page.evaluate(() =>
      [...document.querySelector('hk-data-pause')!.shadowRoot!.querySelectorAll('[data-picker] option')].map(
        (o) => (o as HTMLOptionElement).value,
      ),
    );
    expect(picker).toEqual(['zoom', 'apple', 'facebook']);
    await page.close();
  });
});

describe('nothing moves while it plays', () => {
  for (const size of [
    { width: 390, height: 844 },
    { width: 1000, height: 900 },
  ])
    for (const lang of LANGS)
      it(`${size.width} px, ${lang}: map, scrubber and widget height hold still through a whole play`, async () => {
        const page = await open(lang, size, 'provider="zoom"');
        const frames = await page.evaluate(async () => {
          const host = document.querySelector('hk-data-pause') as HTMLElement & {
            play(): void;
            setDate(d: string): void;
          };
          const root = host.shadowRoot!;
          const map = root.querySelector('[data-region="hong-kong"]:not([data-provider])')!;
          const slider = root.querySelector('input[type="range"], [role="slider"]')!;
          const play = root.querySelector('[data-play]')!;
          const picker = root.querySelector('[data-picker]')!;
          const sample = () => {
            const y = (e: Element) => Math.round((e.getBoundingClientRect().top + scrollY) * 2) / 2;
            const w = (e: Element) => Math.round(e.getBoundingClientRect().width * 2) / 2;
            return `${y(map)} ${y(slider)} ${y(play)} ${w(play)} ${y(picker)} ${Math.round(host.getBoundingClientRect().height * 2) / 2}`;
          };
          const seen = new Set<string>([sample()]);
          host.setDate('2020-06-30');
          seen.add(sample());
          host.play();
          let frames = 0;
          await new Promise<void>((done) => {
            const tick = () => {
              seen.add(sample());
              frames++;
              if (frames < 5 || play.getAttribute('aria-pressed') === 'true') requestAnimationFrame(tick);
              else done();
            };
            requestAnimationFrame(tick);
          });
          return { seen: [...seen], frames };
        });
        expect(frames.frames).toBeGreaterThan(30);
        expect(frames.seen).toHaveLength(1);
        await page.close();
      }, 60_000);
});

describe('nothing moves while it loads', () => {
  for (const size of SIZES)
    for (const lang of LANGS)
      it(`${size.width} px, ${lang}: the article under the widget stays within a line of where the map's first frame put it`, async () => {
        // In the frame that first has a map shape (the frame that paints it),
        // where the widget ends: where the text after it stands. A string: the test's
        // compiler would add helpers to a named function that the page lacks.
        const page = await open(
          lang,
          size,
          'provider="facebook"',
          `(() => {
          const after = () => {
            const r = document.querySelector('hk-data-pause').getBoundingClientRect();
            return { after: r.bottom + scrollY, height: r.height };
          };
          window.measureAfter = after;
          requestAnimationFrame(function poll() {
            if (document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]')) window.firstFrame = after();
            else requestAnimationFrame(poll);
          });
        })()`,
        );
        await page.waitForFunction(() => (window as unknown as { firstFrame?: unknown }).firstFrame);
        const [first, settled] = await page.evaluate(async () => {
          for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
          const w = window as unknown as {
            firstFrame: { after: number; height: number };
            measureAfter: () => { after: number; height: number };
          };
          return [w.firstFrame, w.measureAfter()];
        });
        // The widget is complete by then: it is taller than its map alone.
        expect(settled.height).toBeGreaterThan(size.width < 600 ? 900 : 800);
        expect(Math.abs(settled.after - first.after)).toBeLessThanOrEqual(32);
        await page.close();
      });
});

describe('the map comes first', () => {
  it('has everything the embed contract names in the frame that first paints the map; the status lines and the key follow', async () => {
    // Taken in the animation callback of the frame that first has a map shape,
    // before that frame is painted (a string: see above).
    const page = await open(
      'en',
      { width: 390, height: 844 },
      'provider="zoom"',
      `(() => {
        requestAnimationFrame(function poll() {
          const root = document.querySelector('hk-data-pause')?.shadowRoot;
          if (!root?.querySelector('[data-region]')) return requestAnimationFrame(poll);
          const count = (selector) => root.querySelectorAll(selector).length;
          window.firstFrame = {
            picker: count('[data-picker]'),
            play: count('[data-play]'),
            slider: root.querySelector('input[type="range"], [role="slider"]')?.getAttribute('aria-valuetext') ?? null,
            cells: count('[data-provider][data-region][data-status]'),
            date: root.querySelector('[data-date]')?.getAttribute('data-date') ?? null,
            lines: count('details[id$="-detail-mainland"], details[id$="-detail-hong-kong"]'),
            key: count('.legend li'),
          };
        });
      })()`,
    );
    const first = await page.evaluate(
      () => (window as unknown as { firstFrame: Record<string, unknown> }).firstFrame,
    );
    const later = await page.evaluate(async () => {
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      const root = document.querySelector('hk-data-pause')!.shadowRoot!;
      return {
        date: root.querySelector('[data-date]')!.getAttribute('data-date'),
        lines: root.querySelectorAll('details[id$="-detail-mainland"], details[id$="-detail-hong-kong"]')
          .length,
        key: root.querySelectorAll('.legend li').length,
      };
    });
    expect(first).toEqual({
      picker: 1,
      play: 1,
      slider: expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ 20\d\d/),
      cells: 2 * dataset.providers.length,
      date: later.date,
      // Not built yet: the map's frame carries only the map and the contract.
      lines: 0,
      key: 0,
    });
    expect(later).toEqual({ date: first.date, lines: 2, key: 4 });
    await page.close();
  });
});

describe('the row of controls', () => {
  // The longest date of each language; from a 360 px wide widget the row has
  // a fixed one-row height (so a date change lays out the row alone).
  const LONGEST = { de: '2020-09-10', en: '2020-09-10', 'zh-Hant': '2020-10-10' } as const;
  for (const width of [340, 376, 400, 430])
    for (const lang of LANGS)
      it(`${width} px, ${lang}: holds the buttons and the longest date inside its box`, async () => {
        const page = await open(lang, { width, height: 800 }, `date="${LONGEST[lang]}"`);
        const spill = await page.evaluate(() => {
          const row = document
            .querySelector('hk-data-pause')!
            .shadowRoot!.querySelector('[data-play]')!.parentElement!;
          const box = row.getBoundingClientRect();
          return [...row.children].map((c) => {
            const r = c.getBoundingClientRect();
            return Math.max(0, r.bottom - box.bottom, r.right - box.right, box.top - r.top);
          });
        });
        expect(Math.max(...spill)).toBeLessThanOrEqual(0.5);
        await page.close();
      });
});

describe('a type scale of few sizes', () => {
  /**
   * Size/weight pairs of the scale: headline, body, small print, the lanes'
   * names, the axis, and the date on a phone (14 px: the largest that keeps
   * the controls in one row). The map's "Hong Kong" label steps between two
   * of them. Each further pair is one more font the browser sets up before
   * the first map is drawn (about 2 ms at full speed on Linux, issue 17).
   */
  const SCALE = ['22/700', '15/400', '15/700', '14/700', '13/400', '13/700', '12/400', '12/700', '11/400'];

  for (const size of [SIZES[0], SIZES[2]])
    for (const lang of LANGS)
      it(`${size.width} px, ${lang}: every text, folds open, is set in the scale`, async () => {
        const page = await open(lang, size);
        const pairs = await page.evaluate(async () => {
          const root = document.querySelector('hk-data-pause')!.shadowRoot!;
          for (const s of root.querySelectorAll('summary')) (s as HTMLElement).click();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const seen = new Map<string, string>();
          for (const el of root.querySelectorAll('*')) {
            const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
            if (!own || !el.checkVisibility() || el.closest('.sr-only')) continue;
            const style = getComputedStyle(el);
            seen.set(
              `${parseFloat(style.fontSize)}/${style.fontWeight}`,
              el.textContent!.trim().slice(0, 30),
            );
          }
          return Object.fromEntries(seen);
        });
        const outside = Object.entries(pairs).filter(([key]) => !SCALE.includes(key));
        expect(outside).toEqual([]);
        // The scale is used, not just allowed: headline, body, bold, small and timeline text.
        expect(Object.keys(pairs).length).toBeGreaterThanOrEqual(6);
        await page.close();
      });

  it("the three folds open from summaries set alike, the footer's too", async () => {
    const page = await open('de', SIZES[2]);
    const fonts = await page.evaluate(() =>
      [...document.querySelector('hk-data-pause')!.shadowRoot!.querySelectorAll('.fold > summary')].map(
        (s) => {
          const style = getComputedStyle(s);
          return `${style.fontSize}/${style.fontWeight}`;
        },
      ),
    );
    expect(fonts).toEqual(['15px/700', '15px/700', '15px/700']);
    await page.close();
  });
});
