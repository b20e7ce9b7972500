/**
 * The timeline as a reader uses it: keyboard on the scrubber, dragging,
 * play/pause, autoplay on scrolling into view, reduced motion, and what the
 * live region says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { articlePage, useBrowser } from '../helpers/browser';

const env = useBrowser();

async function open(
  html: string,
  options: { reducedMotion?: 'reduce' | 'no-preference'; width?: number } = {},
): Promise<{ page: Page; context: BrowserContext }> {
  const path = `/t${Math.random().toString(36).slice(2)}.html`;
  env.server.page(path, html);
  const context = await env.browser.newContext({
    viewport: { width: options.width ?? 1000, height: 800 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  await page.goto(env.server.url + path);
  await page.waitForFunction(() =>
    document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
  );
  return { page, context };
}

const slider = (page: Page) =>
  page.locator('hk-data-pause').first().locator('[role="slider"], input[type="range"]').first();
const shownDate = (page: Page) =>
  page.evaluate(() =>
    document
      .querySelector('hk-data-pause')!
      .shadowRoot!.querySelector('[data-date]')!
      .getAttribute('data-date'),
  );
const playing = (page: Page) =>
  page.evaluate(() =>
    document
      .querySelector('hk-data-pause')!
      .shadowRoot!.querySelector('[data-play]')!
      .getAttribute('aria-pressed'),
  );
const liveText = (page: Page) =>
  page.evaluate(() =>
    document
      .querySelector('hk-data-pause')!
      .shadowRoot!.querySelector('[aria-live="polite"]')!
      .textContent!.trim(),
  );

const widget = (attrs: string) =>
  articlePage(`<hk-data-pause ${attrs}></hk-data-pause><script src="/hk-data-pause.js"></script>`);

describe('keyboard on the scrubber', () => {
  it('moves by day, by event and to either end, and says the date first', async () => {
    const { page, context } = await open(widget('lang="en" provider="telegram"'));
    const s = slider(page);
    await s.focus();
    await page.keyboard.press('Home');
    expect(await shownDate(page)).toBe('2020-06-30');
    expect(await s.getAttribute('aria-valuetext')).toMatch(/^30 June 2020/);
    expect(await s.getAttribute('aria-valuenow')).toBe('0');
    await page.keyboard.press('ArrowRight');
    expect(await shownDate(page)).toBe('2020-07-01');
    await page.keyboard.press('PageUp');
    expect(await shownDate(page)).toBe('2020-07-05');
    expect(await s.getAttribute('aria-valuetext')).toMatch(/^5 July 2020: .*Telegram/);
    // Telegram's pause is on the map the day it was announced.
    const hk = await page.evaluate(() =>
      document
        .querySelector('hk-data-pause')!
        .shadowRoot!.querySelector('[data-region="hong-kong"]')!
        .getAttribute('data-status'),
    );
    expect(hk).toBe('paused');
    await page.keyboard.press('PageDown');
    expect(await shownDate(page)).toBe('2020-06-30');
    await page.keyboard.press('ArrowLeft');
    expect(await shownDate(page)).toBe('2020-06-30');
    await page.keyboard.press('End');
    expect(await shownDate(page)).toBe('2023-08-09');
    expect(Number(await s.getAttribute('aria-valuenow'))).toBe(Number(await s.getAttribute('aria-valuemax')));
    expect(await s.getAttribute('aria-valuetext')).toMatch(/^9 August 2023/);
    await context.close();
  });

  it('writes the date in the widget language', async () => {
    for (const [lang, expected] of [
      ['de', /^6\. Juli 2020/],
      ['zh-Hant', /^2020年7月6日/],
      ['en', /^6 July 2020/],
    ] as const) {
      const { page, context } = await open(widget(`lang="${lang}" date="2020-07-06"`));
      expect(await slider(page).getAttribute('aria-valuetext')).toMatch(expected);
      await context.close();
    }
  });

  it('announces a change day in the live region when the reader steps onto it', async () => {
    const { page, context } = await open(widget('lang="en" provider="microsoft" date="2020-07-07"'));
    await slider(page).focus();
    expect(await liveText(page)).toBe('');
    await page.keyboard.press('ArrowRight');
    expect(await shownDate(page)).toBe('2020-07-08');
    expect(await liveText(page)).toMatch(/^8 July 2020: .*Microsoft/);
    await page.keyboard.press('ArrowLeft');
    // 7 July has events too (the Article 43 rules), so that is what is read now.
    expect(await liveText(page)).toMatch(/^7 July 2020: /);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    // A day without events leaves nothing to read.
    expect(await liveText(page)).toBe('');
    await context.close();
  });
});

describe('pointer', () => {
  it('sets the day where the reader clicks on the track', async () => {
    const { page, context } = await open(widget('lang="en"'));
    await slider(page).scrollIntoViewIfNeeded();
    const box = (await slider(page).boundingBox())!;
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    expect(await shownDate(page)).toBe('2020-06-30');
    await page.mouse.click(box.x + box.width * 0.3, box.y + box.height / 2);
    const mid = await shownDate(page);
    expect(mid! > '2020-07-03' && mid! < '2020-07-12').toBe(true);
    await context.close();
  });
});

describe('touch', () => {
  it('sets the day where a finger taps the track, on a phone-sized screen', async () => {
    const path = '/touch.html';
    env.server.page(path, widget('lang="en"'));
    const context = await env.browser.newContext({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(env.server.url + path);
    await page.waitForFunction(() =>
      document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
    );
    await slider(page).scrollIntoViewIfNeeded();
    const box = (await slider(page).boundingBox())!;
    await page.touchscreen.tap(box.x + 3, box.y + box.height / 2);
    expect(await shownDate(page)).toBe('2020-06-30');
    await page.touchscreen.tap(box.x + box.width * 0.35, box.y + box.height / 2);
    const day = await shownDate(page);
    expect(day! > '2020-07-03' && day! < '2020-07-14').toBe(true);
    await context.close();
  });
});

describe('playback', () => {
  it('plays from 30 June when started on the last day, and pauses', async () => {
    const { page, context } = await open(widget('lang="en" provider="zoom"'));
    const events: { date: string; playing: boolean }[] = [];
    await page.exposeFunction('record', (d: { date: string; playing: boolean }) => events.push(d));
    await page.evaluate(() =>
      document.querySelector('hk-data-pause')!.addEventListener('hk-data-pause:change', (e) => {
        (window as unknown as { record(d: unknown): void }).record((e as CustomEvent).detail);
      }),
    );
    const play = page.locator('hk-data-pause').locator('[data-play]');
    const last = (await shownDate(page))!;
    await play.click();
    expect(await playing(page)).toBe('true');
    await page.waitForFunction(
      () =>
        document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[data-date]')!
          .getAttribute('data-date')! > '2020-06-30',
      null,
      { timeout: 5000 },
    );
    // The button answers first; the player's first step, a task later, goes back to 30 June.
    expect(last > '2020-06-30').toBe(true);
    expect(events.slice(0, 2)).toEqual([
      { date: last, provider: 'zoom', playing: true },
      { date: '2020-06-30', provider: 'zoom', playing: true },
    ]);
    // Nothing is announced while the animation runs.
    expect(await liveText(page)).toBe('');
    await play.click();
    expect(await playing(page)).toBe('false');
    const stopped = await shownDate(page);
    await page.waitForTimeout(2500);
    expect(await shownDate(page)).toBe(stopped);
    expect(events.at(-1)).toMatchObject({ playing: false, date: stopped });
    await context.close();
  });

  it('never holds a day longer than 2 s', async () => {
    const { page, context } = await open(widget('lang="en" date="2020-06-30"'));
    // Timestamps taken in the page, from the change events, so polling adds no error.
    const gaps = await page.evaluate(
      () =>
        new Promise<number[]>((done) => {
          const el = document.querySelector('hk-data-pause') as unknown as HTMLElement & { play(): void };
          const times: number[] = [];
          el.addEventListener('hk-data-pause:change', () => times.push(performance.now()));
          el.play();
          setTimeout(() => done(times.slice(1).map((t, i) => t - times[i]!)), 7000);
        }),
    );
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    for (const gap of gaps) expect(gap).toBeLessThan(2000 + 250);
    await context.close();
  });
});

describe('autoplay', () => {
  const below = (attrs: string) =>
    articlePage(
      `<div style="height: 2000px">Scroll down</div><hk-data-pause ${attrs}></hk-data-pause><div style="height: 2000px"></div><script src="/hk-data-pause.js"></script>`,
    );

  it('waits until the widget is in view, plays from 30 June, and pauses when it leaves', async () => {
    const { page, context } = await open(below('lang="en" autoplay'));
    await page.evaluate(() => {
      const w = window as unknown as { changes: unknown[] };
      w.changes = [];
      document
        .querySelector('hk-data-pause')!
        .addEventListener('hk-data-pause:change', (e) => w.changes.push((e as CustomEvent).detail));
    });
    await page.waitForTimeout(500);
    expect(await playing(page)).toBe('false');
    await page.evaluate(() => document.querySelector('hk-data-pause')!.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(
      () =>
        document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[data-play][aria-pressed="true"]'),
      null,
      { timeout: 5000 },
    );
    // Autoplay starts on 30 June exactly: every change up to the start of play says so.
    const changes = await page.evaluate(
      () => (window as unknown as { changes: { date: string; playing: boolean }[] }).changes,
    );
    const start = changes.findIndex((c) => c.playing);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(changes.slice(0, start + 1).map((c) => c.date)).toEqual(Array(start + 1).fill('2020-06-30'));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(
      () =>
        document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[data-play][aria-pressed="false"]'),
      null,
      { timeout: 5000 },
    );
    await context.close();
  });

  it('never autoplays under prefers-reduced-motion: reduce', async () => {
    const { page, context } = await open(widget('lang="en" autoplay'), { reducedMotion: 'reduce' });
    await page.waitForTimeout(1500);
    expect(await playing(page)).toBe('false');
    expect(await shownDate(page)).not.toBe('2020-06-30');
    await context.close();
  });
});

describe('the axis under the lanes', () => {
  it('never lets two date labels run into each other, from 280 px up, in every language', async () => {
    const clashes: string[] = [];
    for (const lang of ['de', 'en', 'zh-Hant']) {
      const { page, context } = await open(widget(`lang="${lang}"`), { width: 1000 });
      // Narrowing one page re-runs the container queries, as turning a tablet does.
      for (const width of [1000, 700, 560, 480, 400, 360, 320, 280]) {
        await page.setViewportSize({ width, height: 800 });
        const labels = await page.evaluate(async () => {
          await new Promise((done) => requestAnimationFrame(done));
          return [...document.querySelector('hk-data-pause')!.shadowRoot!.querySelectorAll('.axis .label')]
            .filter((e) => e.getClientRects().length > 0)
            .map((e) => {
              const r = e.getBoundingClientRect();
              return { text: e.textContent!.trim(), left: r.left, right: r.right };
            });
        });
        // The first and last day must stay labelled, whatever else gives way.
        expect(labels.length, `${lang} at ${width} px`).toBeGreaterThanOrEqual(2);
        for (let i = 1; i < labels.length; i++)
          if (labels[i]!.left < labels[i - 1]!.right + 4)
            clashes.push(`${lang} at ${width} px: "${labels[i - 1]!.text}" and "${labels[i]!.text}"`);
      }
      await context.close();
    }
    expect(clashes).toEqual([]);
  });
});

describe('service picker beside the map', () => {
  it('selects a service by keyboard and by mouse, and the map follows', async () => {
    const { page, context } = await open(widget('lang="en" date="2020-07-10"'));
    const picker = page.locator('hk-data-pause').locator('[data-picker]');
    expect(await picker.inputValue()).toBe('facebook');
    await picker.selectOption('apple');
    const state = () =>
      page.evaluate(() => {
        const root = document.querySelector('hk-data-pause')!.shadowRoot!;
        return [
          root.querySelector('[data-provider]:not([data-region])')?.getAttribute('data-provider'),
          root.querySelector('[data-region="hong-kong"]:not([data-provider])')!.getAttribute('data-status'),
        ];
      });
    // Apple was "assessing" in Hong Kong: still operational on 10 July.
    expect(await state()).toEqual(['apple', 'operational']);
    // Home goes to the first service of the staircase: Google, paused from the law's first day.
    await picker.focus();
    await page.keyboard.press('Home');
    expect(await picker.inputValue()).toBe('google');
    expect(await state()).toEqual(['google', 'paused']);
    // A service chosen elsewhere (the controller, a row of the overview) shows in the picker too.
    await page.evaluate(() =>
      (document.querySelector('hk-data-pause') as HTMLElement & { setProvider(p: string): void }).setProvider(
        'zoom',
      ),
    );
    expect(await picker.inputValue()).toBe('zoom');
    // The overview is folded: open its fold, then press the row's button.
    await page.evaluate(() => {
      const cell = document.querySelector('hk-data-pause')!.shadowRoot!.querySelector('td[data-provider]')!;
      cell.closest('details')!.open = true;
    });
    await page.locator('hk-data-pause').getByRole('button', { name: 'Twitter', exact: true }).click();
    expect(await picker.inputValue()).toBe('twitter');
    await context.close();
  });
});

describe('a change of status on the map', () => {
  const animations = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('hk-data-pause')!.shadowRoot!;
      return ['hong-kong', 'mainland'].map(
        (r) => root.querySelector(`[data-region="${r}"]:not([data-provider])`)!.getAnimations().length,
      );
    });
  const setDate = (page: Page, day: string) =>
    page.evaluate(
      (d) =>
        (document.querySelector('hk-data-pause') as HTMLElement & { setDate(d: string): void }).setDate(d),
      day,
    );

  it('fades in the region that changed, each time, but not on first paint', async () => {
    const { page, context } = await open(widget('lang="en" provider="zoom" date="2020-07-01"'));
    expect(await animations(page)).toEqual([0, 0]);
    // Zoom paused Hong Kong requests on 7 July; the mainland stays as it was.
    await setDate(page, '2020-07-09');
    expect(await animations(page)).toEqual([1, 0]);
    // The fill fades in; the outline stays put (and the fade is the cheaper one to start).
    const faded = await page.evaluate(() => {
      const shape = document
        .querySelector('hk-data-pause')!
        .shadowRoot!.querySelector('[data-region="hong-kong"]')!;
      const frames = (shape.getAnimations()[0]!.effect as KeyframeEffect).getKeyframes();
      return [...new Set(frames.flatMap((f) => Object.keys(f)))].filter(
        (k) => !['offset', 'computedOffset', 'easing', 'composite'].includes(k),
      );
    });
    expect(faded).toEqual(['fillOpacity']);
    await page.waitForTimeout(600);
    expect(await animations(page)).toEqual([0, 0]);
    await setDate(page, '2020-07-01');
    expect(await animations(page)).toEqual([1, 0]);
    await context.close();
  });

  it('starts a new fade in place of one still running, not beside it', async () => {
    const { page, context } = await open(widget('lang="en" provider="zoom" date="2020-07-01"'));
    // Scrubbed back and forth across 7 July: one fade at a time on the shape.
    for (const day of ['2020-07-09', '2020-07-01', '2020-07-09']) {
      await setDate(page, day);
      expect(await animations(page), day).toEqual([1, 0]);
    }
    await context.close();
  });

  it('moves the cursor to the new day at once, with no glide trailing a dragging finger', async () => {
    const { page, context } = await open(widget('lang="en" provider="zoom" date="2020-07-01"'));
    const cursor = () =>
      page.evaluate(() => {
        const root = document.querySelector('hk-data-pause')!.shadowRoot!;
        const track = root.querySelector('.track')!.getBoundingClientRect();
        const el = root.querySelector('.cursor')!;
        return { moving: el.getAnimations().length, at: el.getBoundingClientRect().left - track.left };
      });
    const before = await cursor();
    await setDate(page, '2020-07-09');
    const after = await cursor();
    expect(after.moving).toBe(0);
    expect(after.at).toBeGreaterThan(before.at + 10);
    await context.close();
  });

  it('does not fade under reduced motion', async () => {
    const { page, context } = await open(widget('lang="en" provider="zoom" date="2020-07-01"'), {
      reducedMotion: 'reduce',
    });
    await setDate(page, '2020-07-09');
    expect(
      await page.evaluate(() =>
        document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[data-region="hong-kong"]')!
          .getAttribute('data-status'),
      ),
    ).toBe('paused');
    expect(await animations(page)).toEqual([0, 0]);
    await context.close();
  });
});

describe('the chronology', () => {
  it('lists every event once opened, oldest first, in the widget language with https sources', async () => {
    const { page, context } = await open(widget('lang="de" provider="zoom"'));
    const fold = page.locator('hk-data-pause').locator('details', { hasText: 'Alle Ereignisse' }).first();
    await fold.locator('summary').click();
    // Drawn in the same task as the click: there before the open fold first paints.
    const items = await page.evaluate(() => {
      const root = document.querySelector('hk-data-pause')!.shadowRoot!;
      const list = [...root.querySelectorAll('details[open] ol > li')];
      return list.map((li) => ({
        text: li.textContent!.replace(/\s+/g, ' ').trim(),
        links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')!),
      }));
    });
    const data = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
      events: { date: string; text: { de: string } }[];
    };
    expect(items).toHaveLength(data.events.length);
    items.forEach((item, i) => {
      expect(item.text).toContain(data.events[i]!.text.de);
      expect(item.links.length).toBeGreaterThan(0);
      for (const href of item.links) expect(href).toMatch(/^https:\/\//);
    });
    // The law's first day leads, its date written out in German.
    expect(items[0]!.text).toMatch(/^Wirksam ab dem 30\. Juni 2020, 23:00 Uhr/);
    await context.close();
  });
});

describe('the status lines beside the map', () => {
  it('open on a tap to what happened and its sources, and follow the shown day while open', async () => {
    const { page, context } = await open(widget('lang="en" provider="zoom" date="2020-07-01"'));
    const data = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
      baselines: { provider: string; region: string; text: { en: string } }[];
      events: { date: string; provider?: string; region?: string; to?: string; text: { en: string } }[];
    };
    // The oracle: the last status change for Zoom in Hong Kong up to the day, else its baseline.
    const expected = (day: string) =>
      data.events
        .filter((e) => e.provider === 'zoom' && e.region === 'hong-kong' && e.to && e.date <= day)
        .at(-1)?.text.en ??
      data.baselines.find((b) => b.provider === 'zoom' && b.region === 'hong-kong')!.text.en;
    const body = () =>
      page.evaluate(() => {
        const line = document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('details[id$="-detail-hong-kong"]')!;
        const p = line.querySelector('summary ~ * p');
        return {
          open: (line as HTMLDetailsElement).open,
          text: p?.textContent?.trim() ?? null,
          links: [...line.querySelectorAll('summary ~ * a')].map((a) => a.getAttribute('href')!),
        };
      });
    await page.locator('hk-data-pause').locator('details[id$="-detail-hong-kong"] > summary').click();
    // Drawn once the line is open (the tap itself draws it, before the open line paints).
    const before = await body();
    expect(before.open).toBe(true);
    expect(before.text).toBe(expected('2020-07-01'));
    await page.evaluate(() =>
      (document.querySelector('hk-data-pause') as HTMLElement & { setDate(d: string): void }).setDate(
        '2020-07-09',
      ),
    );
    await expect.poll(async () => (await body()).text).toBe(expected('2020-07-09'));
    expect(expected('2020-07-09')).not.toBe(expected('2020-07-01'));
    const after = await body();
    expect(after.links.length).toBeGreaterThan(0);
    for (const href of after.links) expect(href).toMatch(/^https:\/\//);
    await context.close();
  });
});

describe('the overview of every service', () => {
  it('names each cell’s status in words once its fold is opened, and follows the day', async () => {
    const { page, context } = await open(widget('lang="en" provider="zoom" date="2020-07-01"'));
    const en = JSON.parse(readFileSync('data/strings/en.json', 'utf8')) as { status: Record<string, string> };
    await page.locator('hk-data-pause').locator('details:has(table) > summary').click();
    const cells = () =>
      page.evaluate(() =>
        [
          ...document
            .querySelector('hk-data-pause')!
            .shadowRoot!.querySelectorAll('[data-provider][data-region]'),
        ].map((c) => ({ status: c.getAttribute('data-status')!, text: c.textContent!.trim() })),
      );
    const check = async () => {
      const all = await cells();
      expect(all.length).toBeGreaterThan(10);
      for (const c of all) expect(c.text).toBe(en.status[c.status]);
      return all.map((c) => c.status).join();
    };
    const first = await check();
    await page.evaluate(() =>
      (document.querySelector('hk-data-pause') as HTMLElement & { setDate(d: string): void }).setDate(
        '2020-07-09',
      ),
    );
    await expect.poll(async () => (await cells()).map((c) => c.status).join()).not.toBe(first);
    await check();
    await context.close();
  });

  it('shows for every service and region the status the map shows for it, on several days', async () => {
    const { page, context } = await open(widget('lang="en" provider="zoom"'));
    for (const day of ['2020-06-30', '2020-07-09', '2021-06-01']) {
      const seen = await page.evaluate((d) => {
        const host = document.querySelector('hk-data-pause') as HTMLElement & {
          setDate(d: string): void;
          setProvider(p: string): void;
        };
        host.setDate(d);
        const root = host.shadowRoot!;
        const cells = [...root.querySelectorAll('td[data-provider][data-region]')];
        const table = cells.map(
          (c) =>
            `${c.getAttribute('data-provider')} ${c.getAttribute('data-region')} ${c.getAttribute('data-status')}`,
        );
        const map: string[] = [];
        for (const id of new Set(cells.map((c) => c.getAttribute('data-provider')!))) {
          host.setProvider(id);
          for (const r of ['mainland', 'hong-kong'])
            map.push(
              `${id} ${r} ${root.querySelector(`[data-region="${r}"]:not([data-provider])`)!.getAttribute('data-status')}`,
            );
        }
        return { table, map };
      }, day);
      expect(seen.table.length, day).toBeGreaterThanOrEqual(16);
      expect(seen.table, day).toEqual(seen.map);
    }
    await context.close();
  });

  it('puts each region’s cells under that region’s column heading, in every language', async () => {
    for (const lang of ['en', 'de', 'zh-Hant']) {
      const { page, context } = await open(widget(`lang="${lang}" provider="zoom"`));
      const strings = JSON.parse(readFileSync(`data/strings/${lang}.json`, 'utf8')) as {
        regions: Record<string, string>;
      };
      const columns = await page.evaluate(() => {
        const table = document.querySelector('hk-data-pause')!.shadowRoot!.querySelector('table')!;
        const heads = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
        return [...table.tBodies[0]!.rows].flatMap((row) =>
          [...row.cells]
            .filter((c) => c.hasAttribute('data-region'))
            .map((c) => ({ heading: heads[c.cellIndex], region: c.getAttribute('data-region')! })),
        );
      });
      expect(columns.length, lang).toBeGreaterThanOrEqual(16);
      for (const c of columns)
        expect(c.heading, `${lang}: the column of a ${c.region} cell`).toBe(strings.regions[c.region]);
      await context.close();
    }
  });
});
