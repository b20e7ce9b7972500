/**
 * Accessibility of the built embed: axe-core (WCAG 2.0/2.1/2.2 A and AA)
 * on every language, both themes, phone and desktop widths, several dates
 * and services; and a keyboard-only walk through every control.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { articlePage, useBrowser } from '../helpers/browser';

const env = useBrowser();

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function open(attrs: string, width: number, theme: 'light' | 'dark', lang = 'en'): Promise<Page> {
  const path = `/a${Math.random().toString(36).slice(2)}.html`;
  env.server.page(
    path,
    articlePage(`<hk-data-pause ${attrs}></hk-data-pause><script src="/hk-data-pause.js"></script>`, {
      lang,
    }),
  );
  const context = await env.browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: theme,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(env.server.url + path);
  await page.waitForFunction(() =>
    document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
  );
  return page;
}

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('hk-data-pause').withTags(TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join('; ')})`,
  );
}

describe('axe-core finds no WCAG A/AA violation', () => {
  const states = [
    { set: ['google', '2020-06-30'], label: 'law day, Google' },
    { set: ['tiktok', '2020-07-09'], label: 'TikTok gone' },
    { set: ['microsoft', '2023-08-09'], label: 'final state, Microsoft' },
  ];
  for (const lang of ['de', 'en', 'zh-Hant'])
    for (const theme of ['light', 'dark'] as const)
      for (const width of [360, 1000])
        it(`${lang}, ${theme}, ${width} px`, async () => {
          const found: string[] = [];
          const page = await open(`lang="${lang}"`, width, theme, lang);
          for (const state of states) {
            // Through the controller, as an editor's script would: one page per combination.
            await page.evaluate(([provider, date]) => {
              const el = document.querySelector('hk-data-pause') as unknown as {
                setProvider(p: string): void;
                setDate(d: string): void;
              };
              el.setProvider(provider!);
              el.setDate(date!);
            }, state.set);
            found.push(...(await violations(page)).map((v) => `${state.label}: ${v}`));
          }
          await page.context().close();
          expect(found).toEqual([]);
        });
});

describe('reflow, zoom and forced colours', () => {
  it('fits 320 px (400 % zoom of 1280 px) without horizontal scrolling', async () => {
    for (const lang of ['de', 'zh-Hant']) {
      const page = await open(`lang="${lang}" provider="microsoft"`, 320, 'light', lang);
      const widths = await page.evaluate(() => {
        const host = document.querySelector('hk-data-pause')!;
        const root = host.shadowRoot!.querySelector('[data-date]') as HTMLElement;
        return { page: document.documentElement.scrollWidth, root: root.scrollWidth, host: host.clientWidth };
      });
      expect(widths.page).toBeLessThanOrEqual(320);
      expect(widths.root).toBeLessThanOrEqual(widths.host);
      await page.context().close();
    }
  });

  it('offers both regions as targets of at least 24 x 24 px from 320 px up', async () => {
    for (const width of [320, 480, 700, 1000]) {
      const page = await open('lang="en"', width, 'light');
      const boxes = await page.evaluate(() =>
        [
          ...document
            .querySelector('hk-data-pause')!
            .shadowRoot!.querySelectorAll('[data-region][role="button"]'),
        ].map((e) => {
          const r = e.getBoundingClientRect();
          return { region: e.getAttribute('data-region'), w: r.width, h: r.height };
        }),
      );
      expect(boxes.map((b) => b.region).sort(), `${width} px`).toEqual(['hong-kong', 'mainland']);
      for (const b of boxes) {
        expect(b.w, `${b.region} at ${width} px`).toBeGreaterThanOrEqual(24);
        expect(b.h, `${b.region} at ${width} px`).toBeGreaterThanOrEqual(24);
      }
      await page.context().close();
    }
  });

  it('keeps statuses apart in forced-colors mode: texture, not only colour', async () => {
    const page = await open('lang="en" provider="zoom" date="2020-07-08"', 1000, 'light');
    await page.emulateMedia({ forcedColors: 'active' });
    const fills = await page.evaluate(() => {
      const root = document.querySelector('hk-data-pause')!.shadowRoot!;
      const fillOf = (sel: string) => getComputedStyle(root.querySelector(sel)!).fill;
      return {
        mainland: fillOf('[data-region="mainland"]'),
        hongKong: fillOf('path[data-region="hong-kong"][role="button"]'),
        // The paused pattern's stripes are still drawn.
        stripes: root.querySelectorAll('pattern[id$="-paused"] .mark').length,
      };
    });
    expect(fills.mainland).toMatch(/url\(/);
    expect(fills.hongKong).toMatch(/url\(/);
    expect(fills.mainland).not.toBe(fills.hongKong);
    expect(fills.stripes).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
  it('keeps the timeline readable in forced-colors mode: lanes, rail and cursor stay drawn', async () => {
    const page = await open('lang="en" provider="zoom" date="2020-07-08"', 1000, 'dark');
    await page.emulateMedia({ forcedColors: 'active' });
    const drawn = await page.evaluate(() => {
      const root = document.querySelector('hk-data-pause')!.shadowRoot!;
      const style = (sel: string, pseudo?: string) => getComputedStyle(root.querySelector(sel)!, pseudo);
      const painted = (s: CSSStyleDeclaration) =>
        s.backgroundImage !== 'none' || !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(s.backgroundColor);
      const filled = (s: CSSStyleDeclaration) => !/^(none|transparent|rgba\(0, 0, 0, 0\))$/.test(s.fill);
      const page = getComputedStyle(root.querySelector('[data-date]')!).backgroundColor;
      // The lanes are SVG shapes filled with the map's status patterns.
      const lane = (status: string) => style(`svg.lanes path[fill$="-${status})"]`);
      return {
        // Stripes for "paused", a flat colour for "operational", as on the map.
        pausedLane: lane('paused').fill,
        operationalLane: lane('operational').fill,
        lanesAdjust: style('svg.lanes').forcedColorAdjust,
        pausedStripes: root.querySelectorAll('pattern[id$="-paused"] .mark').length,
        operationalColour: getComputedStyle(root.querySelector('pattern[id$="-operational"] rect')!).fill,
        rail: filled(style('.seg')),
        tick: filled(style('.tick')),
        cursor: style('.cursor .stem').backgroundColor,
        knob: painted(style('.cursor .knob')),
        page,
      };
    });
    expect(drawn.pausedLane).toMatch(/^url\(.*-paused"?\)$/);
    expect(drawn.operationalLane).toMatch(/^url\(.*-operational"?\)$/);
    expect(drawn.lanesAdjust).toBe('none');
    expect(drawn.pausedStripes).toBeGreaterThan(0);
    expect(drawn.operationalColour).not.toBe(drawn.page);
    expect(drawn.rail).toBe(true);
    expect(drawn.tick).toBe(true);
    expect(drawn.knob).toBe(true);
    expect(drawn.cursor).not.toBe(drawn.page);
    expect(drawn.cursor).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard only', () => {
  it('reaches and operates every control, then leaves the widget', async () => {
    const path = '/keyboard.html';
    env.server.page(
      path,
      articlePage(
        '<a href="#before" id="before">before</a><hk-data-pause lang="en" provider="facebook" date="2020-07-01"></hk-data-pause><a href="#after" id="after">after</a><script src="/hk-data-pause.js"></script>',
      ),
    );
    const context = await env.browser.newContext({
      viewport: { width: 1000, height: 900 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(env.server.url + path);
    await page.waitForFunction(() =>
      document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
    );
    await page.focus('#before');
    const visited: string[] = [];
    /** What the focused control in the widget is, and how it is painted now. */
    const focusInfo = () =>
      page.evaluate(() => {
        const host = document.activeElement;
        if (host?.tagName !== 'HK-DATA-PAUSE') return { outside: (host as HTMLElement | null)?.id ?? '' };
        const el = host.shadowRoot!.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        // A point where the control itself is hit, for hovering it when it is not focused.
        let point: [number, number] | null = null;
        for (let i = 1; i < 8 && !point; i++)
          for (let j = 1; j < 8 && !point; j++) {
            const x = r.left + (r.width * i) / 8;
            const y = r.top + (r.height * j) / 8;
            if (host.shadowRoot!.elementFromPoint(x, y) === el) point = [x, y];
          }
        return {
          role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
          name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40),
          point,
        };
      });
    /** The paint of the focused control that a focus indicator may change. */
    const paint = () =>
      page.evaluate(() => {
        const host = document.querySelector('hk-data-pause')!;
        const el = (host.shadowRoot!.activeElement ??
          host.shadowRoot!.querySelector('[data-focus-probe]')) as HTMLElement;
        const s = getComputedStyle(el);
        return [
          s.outlineStyle === 'none' ? 'no outline' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
          `stroke ${s.stroke} ${s.strokeWidth}`,
          `shadow ${s.boxShadow}`,
          `border ${s.borderTopColor} ${s.borderTopWidth}`,
          `background ${s.backgroundColor}`,
        ].join('; ');
      });
    /**
     * Focus is visible when the focused control looks different from the same
     * control unfocused with the pointer on it (so hover styles, and the map's
     * "pointed at" look, are the same on both sides: only focus differs).
     */
    const focusShows = async (point: [number, number] | null) => {
      const focused = await paint();
      await page.evaluate(() => {
        const root = document.querySelector('hk-data-pause')!.shadowRoot!;
        const el = root.activeElement as HTMLElement;
        el.setAttribute('data-focus-probe', '');
        el.blur();
      });
      if (point) await page.mouse.move(point[0], point[1]);
      const unfocused = await paint();
      await page.mouse.move(0, 0);
      await page.evaluate(() => {
        const el = document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[data-focus-probe]') as HTMLElement;
        el.removeAttribute('data-focus-probe');
        el.focus();
      });
      return { differs: focused !== unfocused, focused, unfocused };
    };
    const kinds = new Set<string>();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const info = await focusInfo();
      if ('outside' in info) {
        expect(info.outside).toBe('after');
        break;
      }
      const shown = await focusShows(info.point);
      expect(shown.differs, `focus visible on ${info.role} ${info.name}: ${shown.focused}`).toBe(true);
      kinds.add(info.role);
      visited.push(`${info.role}:${info.name}`);
    }
    // Map regions, links, buttons and the slider were all among them.
    expect([...kinds]).toEqual(expect.arrayContaining(['button', 'a', 'slider']));
    expect(visited.filter((v) => /^button:(Mainland China|Hong Kong)/.test(v))).toHaveLength(2);
    expect(visited.some((v) => v.startsWith('slider'))).toBe(true);
    expect(visited.some((v) => v.startsWith('button:Play') || v.includes('Play'))).toBe(true);
    expect(visited.some((v) => v.startsWith('select:'))).toBe(true);

    // Operate: the picker selects by typing a service's name, the slider moves, play toggles.
    const shadow = page.locator('hk-data-pause');
    const provider = () =>
      page.evaluate(() =>
        (document.querySelector('hk-data-pause') as unknown as { getProvider(): string }).getProvider(),
      );
    await shadow.locator('select[data-picker]').focus();
    await page.keyboard.type('Zoom');
    expect(await provider()).toBe('zoom');
    // The folded overview opens from the keyboard, and its service buttons select too.
    await shadow.locator('details:has(table) > summary').focus();
    await page.keyboard.press('Enter');
    await shadow.getByRole('button', { name: 'Twitter', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await provider()).toBe('twitter');
    // The widget root follows.
    expect(await shadow.locator('[data-date]').getAttribute('data-provider')).toBe('twitter');
    await shadow.getByRole('slider').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    const date = await page.evaluate(() =>
      (document.querySelector('hk-data-pause') as unknown as { getDate(): string }).getDate(),
    );
    expect(date).toBe('2020-06-30');
    await shadow.getByRole('button', { name: 'Next event' }).focus();
    await page.keyboard.press('Enter');
    expect(
      await page.evaluate(() =>
        (document.querySelector('hk-data-pause') as unknown as { getDate(): string }).getDate(),
      ),
    ).toBe('2020-07-05');
    await shadow.locator('[data-play]').focus();
    await page.keyboard.press('Space');
    expect(await shadow.locator('[data-play]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Space');
    expect(await shadow.locator('[data-play]').getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });
});

describe('screen reader', () => {
  it("describes the map with the shown day's statuses, once, and follows the date", async () => {
    const page = await open('provider="zoom" date="2020-07-01"', 1000, 'light');
    const cdp = await page.context().newCDPSession(page);
    /** What Chromium's accessibility tree offers a screen reader for the map. */
    const map = async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: {
          ignored: boolean;
          role?: { value: string };
          name?: { value: string };
          description?: { value: string };
        }[];
      };
      const read = nodes.filter((n) => !n.ignored);
      const group = read.find(
        (n) => n.role?.value === 'group' && n.name?.value === 'Map of mainland China and Hong Kong',
      );
      return {
        description: group?.description?.value ?? null,
        // Read as a paragraph too, it would be said twice.
        asText: read.filter(
          (n) => n.role?.value === 'StaticText' && /Zoom\. Mainland/.test(n.name?.value ?? ''),
        ).length,
      };
    };
    expect(await map()).toEqual({
      description: '1 July 2020: Zoom. Mainland China: operational. Hong Kong: operational.',
      asText: 0,
    });
    await page.evaluate(() =>
      (document.querySelector('hk-data-pause') as unknown as { setDate(d: string): void }).setDate(
        '2020-07-09',
      ),
    );
    expect(await map()).toEqual({
      description: '9 July 2020: Zoom. Mainland China: operational. Hong Kong: requests paused.',
      asText: 0,
    });
    await page.context().close();
  });
});
