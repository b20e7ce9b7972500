/**
 * The timeline as measured on screen (issue 12): the lanes as a staircase,
 * every status change visible, milestone labels never covered, controls on
 * one row on a phone, nothing moving while it plays, touch that scrubs
 * sideways and scrolls up and down, focus you can see, and a date change
 * that rewrites as little as it can.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import data from '../../data/dataset.json';
import type { Dataset } from '../../src/lib/data/schema';
import { laneSpans } from '../../src/lib/timeline/lanes';
import { createTimeline } from '../../src/lib/timeline/model';
import { pauseOrder } from '../../src/lib/timeline/order';
import { articlePage, useBrowser } from '../helpers/browser';

const env = useBrowser();
const dataset = data as Dataset;
const timeline = createTimeline(dataset);
const LANGS = ['de', 'en', 'zh-Hant'] as const;

interface OpenOptions {
  width?: number;
  height?: number;
  lang?: string;
  theme?: 'light' | 'dark';
  touch?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Extra markup for the host page's head. */
  head?: string;
}

async function open(attrs: string, o: OpenOptions = {}): Promise<{ page: Page; context: BrowserContext }> {
  const path = `/l${Math.random().toString(36).slice(2)}.html`;
  env.server.page(
    path,
    articlePage(`<hk-data-pause ${attrs}></hk-data-pause><script src="/hk-data-pause.js"></script>`, {
      lang: o.lang ?? 'en',
      head: o.head ?? '',
    }),
  );
  const context = await env.browser.newContext({
    viewport: { width: o.width ?? 1000, height: o.height ?? 800 },
    colorScheme: o.theme ?? 'light',
    reducedMotion: o.reducedMotion ?? 'reduce',
    hasTouch: o.touch ?? false,
    isMobile: o.touch ?? false,
  });
  const page = await context.newPage();
  await page.goto(env.server.url + path);
  await page.waitForFunction(() =>
    document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
  );
  return { page, context };
}

/** The lane names, top to bottom (each lane's name is the text of its row). */
const laneNames = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelector('hk-data-pause')!.shadowRoot!.querySelectorAll('.names > span')].map(
      (e) => e.textContent,
    ),
  );

const nameOf = (id: string) => dataset.providers.find((p) => p.id === id)!.name;

describe('the cascade as a staircase', () => {
  it('lists the lanes in the order the services paused in Hong Kong by default', async () => {
    const { page, context } = await open('lang="en"');
    const order = pauseOrder(
      timeline,
      dataset.providers.map((p) => p.id),
    );
    expect(await laneNames(page)).toEqual(order.map(nameOf));
    // The first lanes are the first to pause: Google and Twitter on 30 June.
    expect(order.slice(0, 2)).toEqual(['google', 'twitter']);
    await context.close();
  });

  it('keeps the order an editor sets with `providers`', async () => {
    const { page, context } = await open('lang="en" providers="apple,zoom,google"');
    expect(await laneNames(page)).toEqual(['Apple', 'Zoom', 'Google']);
    await context.close();
  });
});

describe('every status change is visible in its lane', () => {
  for (const width of [320, 360])
    it(`leaves at least 3 px of each new state at ${width} px, the last day included`, async () => {
      const { page, context } = await open('lang="de"', { width });
      // Each lane and band read pixel by pixel: which status pattern is drawn there.
      const rows = await page.evaluate(() => {
        const root = document.querySelector('hk-data-pause')!.shadowRoot!;
        const svg = root.querySelector('svg.lanes')!;
        svg.scrollIntoView({ block: 'center' });
        const box = svg.getBoundingClientRect();
        const cursor = root.querySelector('.cursor')!.getBoundingClientRect();
        // The cursor line is 2 px wide, centred on the cursor's left edge.
        const covered = (x: number) => x >= cursor.left - 1 && x < cursor.left + 1;
        const names = [...root.querySelectorAll('.names > span')].map((e) => e.textContent!);
        const out: { name: string; band: string; runs: { status: string; px: number }[] }[] = [];
        names.forEach((name, i) => {
          for (const [band, y] of [
            ['hong-kong', 5],
            ['mainland', 13],
          ] as const) {
            const runs: { status: string; px: number }[] = [];
            for (let x = Math.ceil(box.left) + 0.5; x < box.right; x++) {
              // The topmost shape of the lanes: a status, or the break drawn over them.
              const hit = root.elementsFromPoint(x, box.top + i * 16 + y).find((e) => e.closest('svg.lanes'));
              const status = hit?.getAttribute('fill')?.match(/-(\w+)\)$/)?.[1] ?? 'gap';
              if (status === 'gap') continue;
              const last = runs.at(-1);
              const px = covered(x) ? 0 : 1;
              if (last?.status === status) last.px += px;
              else runs.push({ status, px });
            }
            out.push({ name, band, runs });
          }
        });
        return out;
      });
      expect(rows).toHaveLength(dataset.providers.length * 2);
      for (const row of rows) {
        const id = dataset.providers.find((p) => p.name === row.name)!.id;
        const spans = laneSpans(timeline, id, row.band as 'hong-kong' | 'mainland');
        // Spans of one status on both sides of the break read as one run.
        expect(
          row.runs.map((r) => r.status),
          `${row.name} ${row.band}`,
        ).toEqual(spans.map((s) => s.status));
        for (const r of row.runs)
          expect(r.px, `${row.name} ${row.band} ${r.status}`).toBeGreaterThanOrEqual(3);
      }
      await context.close();
    });
});

describe('milestone labels', () => {
  it('are never covered by the knob, the ticks or anything else on 7-9 July', async () => {
    const problems: string[] = [];
    for (const width of [360, 390, 1000])
      for (const lang of LANGS) {
        const { page, context } = await open(`lang="${lang}"`, { width, lang });
        for (const date of ['2020-06-30', '2020-07-07', '2020-07-08', '2020-07-09']) {
          const found = await page.evaluate(async (day) => {
            const host = document.querySelector('hk-data-pause') as unknown as HTMLElement & {
              setDate(d: string): void;
            };
            host.setDate(day);
            host.shadowRoot!.querySelector('.milestones')!.scrollIntoView({ block: 'center' });
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            const root = host.shadowRoot!;
            const knob = root.querySelector('.cursor .knob')!.getBoundingClientRect();
            // Ticks are drawn on the rail, which is the slider.
            const rail = root.querySelector('[role="slider"]')!.getBoundingClientRect();
            const hits = (a: DOMRect, b: { left: number; right: number; top: number; bottom: number }) =>
              a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
            const issues: string[] = [];
            const labels = [...root.querySelectorAll('.milestone')];
            if (labels.length < 2) issues.push('fewer than two milestone labels');
            const texts = labels.map((label) => {
              const range = document.createRange();
              range.selectNodeContents(label);
              return { label: label.textContent!, box: range.getBoundingClientRect() };
            });
            for (const { label, box } of texts) {
              if (hits(box, knob)) issues.push(`knob covers "${label}"`);
              if (hits(box, rail)) issues.push(`rail and ticks reach "${label}"`);
              const top = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
              if (!top?.classList.contains('milestone'))
                issues.push(`"${label}" covered by ${top?.className}`);
              if (box.right > document.documentElement.clientWidth) issues.push(`"${label}" cut off`);
            }
            for (let i = 1; i < texts.length; i++)
              if (hits(texts[i]!.box, texts[i - 1]!.box)) issues.push('milestone labels overlap');
            return issues;
          }, date);
          problems.push(...found.map((f) => `${lang} ${width} px ${date}: ${f}`));
        }
        await context.close();
      }
    expect(problems).toEqual([]);
  }, 90_000);
});

describe('controls', () => {
  const controlBoxes = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('hk-data-pause')!.shadowRoot!;
      const play = root.querySelector('button[data-play]')!;
      const section = play.closest('section')!;
      const s = section.getBoundingClientRect();
      const rel = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x: r.x - s.x, y: r.y - s.y, w: r.width, h: r.height };
      };
      return {
        section: { w: s.width, h: s.height },
        // The date last, without its width: a longer date moves nothing.
        controls: [...section.querySelectorAll('button'), play.parentElement!.querySelector('p')!]
          .map(rel)
          .map((b, i, all) => (i === all.length - 1 ? { ...b, w: 0 } : b)),
        slider: rel(root.querySelector('[role="slider"]')!),
      };
    });

  it('fit one row at 360 px in every language, with the longest dates', async () => {
    for (const lang of LANGS)
      for (const date of ['2020-09-28', '2021-12-28']) {
        const { page, context } = await open(`lang="${lang}" date="${date}"`, { width: 360, lang });
        const { controls } = await controlBoxes(page);
        expect(controls.length, lang).toBe(5);
        const row = controls[0]!;
        for (const c of controls) {
          expect(c.y, `${lang} ${date}`).toBeGreaterThanOrEqual(row.y - 0.5);
          expect(c.y + c.h, `${lang} ${date}`).toBeLessThanOrEqual(row.y + row.h + 0.5);
        }
        await context.close();
      }
  }, 90_000);

  it('keep their places and the timeline its height through a whole play, and when a link is copied', async () => {
    const { page, context } = await open('lang="de" date="2020-06-30"', {
      width: 390,
      height: 844,
      lang: 'de',
      reducedMotion: 'no-preference',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const before = await controlBoxes(page);
    // Every frame of a whole play, measured in the page.
    const frames = await page.evaluate(
      () =>
        new Promise<string[]>((done) => {
          const host = document.querySelector('hk-data-pause') as unknown as HTMLElement & { play(): void };
          const root = host.shadowRoot!;
          const play = root.querySelector('button[data-play]')!;
          const section = play.closest('section')!;
          const seen = new Set<string>();
          const measure = () => {
            const s = section.getBoundingClientRect();
            const box = (e: Element) => {
              const r = e.getBoundingClientRect();
              return [r.x - s.x, r.y - s.y, r.width, r.height].map((n) => n.toFixed(1));
            };
            // The date's text may be shorter or longer; where it starts and its height may not change.
            const date = box(play.parentElement!.querySelector('p')!);
            const boxes = [...section.querySelectorAll('button'), root.querySelector('[role="slider"]')!]
              .map((e) => box(e).join(','))
              .concat(`${date[0]},${date[1]},${date[3]}`);
            seen.add(`${s.width.toFixed(1)}x${s.height.toFixed(1)}|${boxes.join('|')}`);
          };
          host.play();
          const frame = () => {
            measure();
            if (play.getAttribute('aria-pressed') === 'true') requestAnimationFrame(frame);
            else done([...seen]);
          };
          requestAnimationFrame(frame);
        }),
    );
    expect(frames, frames.join('\n')).toHaveLength(1);
    await page
      .locator('hk-data-pause')
      .getByRole('button', { name: 'Link zu dieser Ansicht kopieren' })
      .click();
    // A tick for the eye, said once in the live region, and nothing moves.
    const widget = page.locator('hk-data-pause');
    // The clipboard answers asynchronously: wait for its promise, not a fixed moment.
    await expect.poll(() => widget.locator('[aria-live="polite"]').textContent()).toBe('Link kopiert');
    await expect
      .poll(() =>
        widget
          .getByRole('button', { name: 'Link zu dieser Ansicht kopieren' })
          .locator('path')
          .getAttribute('d'),
      )
      .toMatch(/^M2 7\.5/);
    expect(await controlBoxes(page)).toEqual(before);
    await context.close();
  }, 60_000);

  it('show focus at 3:1 or more against the background in both themes', async () => {
    const contrast = (a: number[], b: number[]) => {
      const lum = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const theme of ['light', 'dark'] as const) {
      const { page, context } = await open('lang="en" date="2020-07-07"', { theme });
      for (const target of ['[role="slider"]', 'button[data-play]', 'button[aria-label="Next event"]']) {
        await page.locator('hk-data-pause').locator(target).focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const style = await page.evaluate(() => {
          const root = document.querySelector('hk-data-pause')!.shadowRoot!;
          const el = root.activeElement!;
          const s = getComputedStyle(el);
          const rgb = (c: string) =>
            c
              .match(/\d+(\.\d+)?/g)!
              .slice(0, 3)
              .map(Number);
          return {
            width: parseFloat(s.outlineWidth),
            style: s.outlineStyle,
            colour: rgb(s.outlineColor),
            background: rgb(getComputedStyle(root.querySelector('.root')!).backgroundColor),
          };
        });
        expect(style.style, `${theme} ${target}`).not.toBe('none');
        expect(style.width, `${theme} ${target}`).toBeGreaterThanOrEqual(2);
        expect(contrast(style.colour, style.background), `${theme} ${target}`).toBeGreaterThanOrEqual(3);
      }
      await context.close();
    }
  });
});

describe('Page Up and Page Down', () => {
  it('go to the next (later) and previous (earlier) event day, and stop at the ends', async () => {
    const { page, context } = await open('lang="en" date="2020-07-07"');
    const slider = page.locator('hk-data-pause').getByRole('slider');
    const date = () => slider.getAttribute('aria-valuetext');
    await slider.focus();
    await page.keyboard.press('PageUp');
    expect(await date()).toMatch(/^8 July 2020/);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    expect(await date()).toMatch(/^6 July 2020/);
    await page.keyboard.press('End');
    await page.keyboard.press('PageUp');
    expect(await date()).toMatch(/^9 August 2023/);
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    expect(await date()).toMatch(/^30 June 2020/);
    await context.close();
  });
});

describe('touch', () => {
  /** A one-finger drag through Chromium's input pipeline (scrolling included). */
  /** A one-finger drag through Chromium's input pipeline (scrolling included), along the given points. */
  async function drag(page: Page, points: { x: number; y: number }[]) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [points[0]!] });
    for (let k = 1; k < points.length; k++)
      for (let i = 1; i <= 5; i++) {
        const [a, b] = [points[k - 1]!, points[k]!];
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: a.x + ((b.x - a.x) * i) / 5, y: a.y + ((b.y - a.y) * i) / 5 }],
        });
      }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))));
    await cdp.detach();
  }
  // Content above that changes height with the date must not move the page by scroll anchoring.
  const NO_ANCHOR = '<style>html, body { overflow-anchor: none }</style>';
  const state = (page: Page) =>
    page.evaluate(() => ({
      scroll: Math.round(window.scrollY),
      date: (document.querySelector('hk-data-pause') as unknown as { getDate(): string }).getDate(),
    }));

  it('scrubs with a sideways drag on the scrubber without scrolling the page', async () => {
    const { page, context } = await open('lang="en" date="2020-06-30"', {
      width: 360,
      height: 640,
      touch: true,
      head: NO_ANCHOR,
    });
    const slider = page.locator('hk-data-pause').getByRole('slider');
    await slider.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    const box = (await slider.boundingBox())!;
    const start = await state(page);
    // Sideways with a little drift downwards, as thumbs do.
    // A thumb's drag: it sets off a little downwards, then goes sideways.
    const y = box.y + box.height / 2;
    await drag(page, [
      { x: box.x + 4, y },
      { x: box.x + 6, y: y + 30 },
      { x: box.x + box.width * 0.4, y: y + 40 },
    ]);
    const end = await state(page);
    expect(end.scroll).toBe(start.scroll);
    expect(end.date > '2020-07-05').toBe(true);
    await context.close();
  });

  it('scrolls the page with a vertical swipe that starts on the lanes, and leaves the date', async () => {
    const { page, context } = await open('lang="en" date="2020-07-08"', {
      width: 360,
      height: 640,
      touch: true,
      head: NO_ANCHOR,
    });
    const lanes = page.locator('hk-data-pause').locator('svg.lanes');
    await lanes.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    const box = (await lanes.boundingBox())!;
    const start = await state(page);
    await drag(page, [
      { x: box.x + box.width / 2, y: box.y + box.height - 10 },
      { x: box.x + box.width / 2, y: box.y - 150 },
    ]);
    const end = await state(page);
    expect(end.scroll).toBeGreaterThan(start.scroll + 50);
    expect(end.date).toBe(start.date);
    await context.close();
  });
});

describe('a date change', () => {
  it('rewrites one text in the timeline and moves the cursor by transform', async () => {
    const { page, context } = await open('lang="en" date="2020-07-06"');
    const changes = await page.evaluate(async () => {
      const host = document.querySelector('hk-data-pause') as unknown as HTMLElement & {
        setDate(d: string): void;
      };
      const section = host.shadowRoot!.querySelector('button[data-play]')!.closest('section')!;
      const seen: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          const el = (r.target.nodeType === 1 ? r.target : r.target.parentElement) as Element;
          seen.push(
            `${r.type}:${r.attributeName ?? ''}:${el.getAttribute('class')?.split(' ')[0] ?? el.tagName}`,
          );
        }
      });
      observer.observe(section, { subtree: true, childList: true, characterData: true, attributes: true });
      host.setDate('2020-07-10');
      await new Promise((done) => requestAnimationFrame(done));
      observer.disconnect();
      return seen;
    });
    // The date, the slider's value, the cursor, and whether there is a next event.
    expect(changes.filter((c) => c.startsWith('characterData') || c.startsWith('childList'))).toHaveLength(1);
    expect(changes.filter((c) => c.startsWith('childList'))).toEqual([]);
    expect(changes).toContain('attributes:style:cursor');
    expect(changes.filter((c) => /path|rect|lanes|names|milestone|label/.test(c))).toEqual([]);
    await context.close();
  });
});
