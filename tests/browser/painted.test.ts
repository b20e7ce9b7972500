/**
 * What is PAINTED matches what `data-status` says: the computed fill of
 * every map copy of each region and the mark inside every overview cell
 * (`[data-provider][data-region]`), for several services and days.
 *
 * The status colours are set through the documented theming properties
 * (`--hk-data-pause-operational` ...) to values used nowhere else, so a
 * painted colour names its status without knowing any class or pattern id.
 * The texture (the pattern's marks) must be one per status, and differ
 * between statuses: a status drawn with another's pattern fails either way.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '../../data/strings/en.json';
import { articlePage, useBrowser } from '../helpers/browser';

const env = useBrowser();

const STATUSES = ['operational', 'paused', 'blocked', 'unavailable'] as const;
/** Colours no other part of the widget uses, one per status. */
const COLOURS: Record<(typeof STATUSES)[number], string> = {
  operational: 'rgb(1, 2, 3)',
  paused: 'rgb(4, 5, 6)',
  blocked: 'rgb(7, 8, 9)',
  unavailable: 'rgb(10, 11, 12)',
};

/** Services and days that together show every status in both regions. */
const VIEWS: [provider: string, date: string][] = [
  ['facebook', '2023-08-09'],
  ['google', '2020-06-30'],
  ['zoom', '2020-07-08'],
  ['tiktok', '2020-07-09'],
  ['microsoft', '2023-08-09'],
  ['telegram', '2020-07-05'],
  ['apple', '2020-07-10'],
];

interface Painted {
  /** Where it is: map copy n of a region, or an overview cell. */
  where: string;
  status: string | null;
  /** Status colours found in the paint (the theming values). */
  colours: string[];
  /** The pattern's marks and transform, or '' for a flat fill. */
  texture: string;
}

async function open(width: number): Promise<Page> {
  const path = `/p${Math.random().toString(36).slice(2)}.html`;
  const vars = Object.entries(COLOURS)
    .map(([s, c]) => `--hk-data-pause-${s}: ${c}`)
    .join('; ');
  env.server.page(
    path,
    articlePage(
      `<div style="${vars}"><hk-data-pause lang="en"></hk-data-pause></div><script src="/hk-data-pause.js"></script>`,
    ),
  );
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(env.server.url + path);
  await page.waitForFunction(() =>
    document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
  );
  // The overview is folded, its cells' marks drawn once a reader opens it.
  await page.locator('hk-data-pause').locator('details:has(table) > summary').click();
  return page;
}

/** Shows a view through the controller and reads the paint of every region copy and overview cell. */
function paintedIn(page: Page, provider: string, date: string): Promise<Painted[]> {
  return page.evaluate(
    ([provider, date, colours]) => {
      const host = document.querySelector('hk-data-pause') as HTMLElement & {
        setProvider(p: string): void;
        setDate(d: string): void;
      };
      host.setProvider(provider);
      host.setDate(date);
      const root = host.shadowRoot!;
      const known = Object.values(colours);
      const none = /^(none|transparent|rgba\(0, 0, 0, 0\))$/;

      /** The paint of one element's computed fill: colours and texture. */
      const paintOf = (el: Element): { colours: string[]; texture: string } | null => {
        const fill = getComputedStyle(el).fill;
        if (none.test(fill)) return null;
        const ref = /url\("?#([^")]+)"?\)/.exec(fill);
        if (!ref) return { colours: known.filter((c) => c === fill), texture: '' };
        const pattern = root.getElementById(ref[1]!);
        if (!pattern) return { colours: [], texture: `missing #${ref[1]}` };
        const found = new Set<string>();
        const marks: string[] = [];
        for (const child of pattern.querySelectorAll('*')) {
          const style = getComputedStyle(child);
          for (const paint of [style.fill, style.stroke]) if (known.includes(paint)) found.add(paint);
          // The texture: every shape that is painted in something other than a status colour.
          const painted = [style.fill, style.stroke].filter((p) => !none.test(p) && !known.includes(p));
          if (painted.length > 0) {
            const geometry = ['d', 'x', 'y', 'width', 'height', 'cx', 'cy', 'r']
              .map((a) => `${a}=${child.getAttribute(a) ?? ''}`)
              .join(',');
            marks.push(`${child.tagName}(${geometry})`);
          }
        }
        return {
          colours: [...found],
          texture: `${pattern.getAttribute('patternTransform') ?? ''}|${marks.sort().join(';')}`,
        };
      };

      const out: {
        where: string;
        status: string | null;
        colours: string[];
        texture: string;
      }[] = [];
      const regions = root.querySelectorAll('[data-region]:not([data-provider])');
      regions.forEach((el, i) => {
        const paint = paintOf(el);
        out.push({
          where: `map copy ${i} of ${el.getAttribute('data-region')}`,
          status: el.getAttribute('data-status'),
          colours: paint?.colours ?? [],
          texture: paint?.texture ?? 'unpainted',
        });
      });
      for (const cell of root.querySelectorAll('[data-provider][data-region]')) {
        // The cell itself or anything inside it may carry the status's paint.
        const paints = [cell, ...cell.querySelectorAll('*')].map(paintOf).filter((p) => p !== null);
        const colours = [...new Set(paints.flatMap((p) => p.colours))];
        const background = getComputedStyle(cell).backgroundColor;
        if (known.includes(background) && !colours.includes(background)) colours.push(background);
        out.push({
          where: `overview ${cell.getAttribute('data-provider')}/${cell.getAttribute('data-region')}`,
          status: cell.getAttribute('data-status'),
          colours,
          texture: [...new Set(paints.map((p) => p.texture).filter(Boolean))].join(' + '),
        });
      }
      return out;
    },
    [provider, date, COLOURS] as const,
  );
}

const statusOf = (colour: string) => STATUSES.find((s) => COLOURS[s] === colour);

describe('the painted state matches data-status', () => {
  it('paints every map copy and every overview cell in the colour and texture of its status', async () => {
    const page = await open(1000);
    const wrong: string[] = [];
    const textures = new Map<string, Set<string>>();
    const seenOnMap = new Set<string>();
    let regionCopies = 0;
    let cells = 0;
    for (const [provider, date] of VIEWS) {
      for (const p of await paintedIn(page, provider, date)) {
        const label = `${provider} ${date}, ${p.where} (data-status ${p.status})`;
        const painted = p.colours.map(statusOf);
        if (painted.length !== 1 || painted[0] !== p.status)
          wrong.push(`${label}: painted ${painted.join(', ') || 'no status colour'}`);
        if (!p.status) continue;
        if (!textures.has(p.status)) textures.set(p.status, new Set());
        textures.get(p.status)!.add(p.texture);
        if (p.where.startsWith('map')) {
          seenOnMap.add(p.status);
          regionCopies++;
        } else cells++;
      }
    }
    await page.context().close();
    expect(wrong).toEqual([]);
    // The views cover every status on the map, and both kinds of element were read.
    expect([...seenOnMap].sort()).toEqual([...STATUSES].sort());
    expect(regionCopies).toBe(VIEWS.length * 2); // Hong Kong, and the mainland on the locator
    expect(cells).toBeGreaterThanOrEqual(VIEWS.length * 16);
    // One texture per status, everywhere (map and overview alike) ...
    for (const [status, set] of textures) expect([...set], `textures of ${status}`).toHaveLength(1);
    // ... and no two statuses share one.
    const all = [...textures.values()].map((s) => [...s][0]);
    expect(new Set(all).size).toBe(textures.size);
    // Statuses stay apart without colour: at most one of them is a flat fill without marks.
    const flat = [...textures].filter(([, set]) => /(^|\|)$/.test([...set][0]!)).map(([s]) => s);
    expect(flat.length, `flat: ${flat.join(', ')}`).toBeLessThanOrEqual(1);
  });
});

describe('the overview agrees with the map', () => {
  it('shows, for every service and several days, the same status as the map does for that service', async () => {
    const page = await open(1000);
    const disagreements = await page.evaluate(() => {
      const host = document.querySelector('hk-data-pause') as HTMLElement & {
        setProvider(p: string): void;
        setDate(d: string): void;
      };
      const root = host.shadowRoot!;
      const providers = [
        ...new Set(
          [...root.querySelectorAll('[data-provider][data-region]')].map((c) =>
            c.getAttribute('data-provider')!,
          ),
        ),
      ];
      const out: string[] = [];
      let compared = 0;
      for (const date of [
        '2020-06-30',
        '2020-07-05',
        '2020-07-08',
        '2020-07-09',
        '2021-01-01',
        '2023-08-09',
      ]) {
        host.setDate(date);
        for (const provider of providers) {
          host.setProvider(provider);
          for (const region of ['mainland', 'hong-kong']) {
            const onMap = new Set(
              [...root.querySelectorAll(`[data-region="${region}"]:not([data-provider])`)].map((e) =>
                e.getAttribute('data-status'),
              ),
            );
            const cell = root.querySelectorAll(`[data-provider="${provider}"][data-region="${region}"]`);
            const inTable = [...cell].map((e) => e.getAttribute('data-status'));
            compared++;
            if (onMap.size !== 1 || inTable.length !== 1 || !onMap.has(inTable[0]!))
              out.push(
                `${date} ${provider} ${region}: map ${[...onMap].join('/')}, overview ${inTable.join('/')}`,
              );
          }
        }
      }
      return { out, compared, providers: providers.length };
    });
    await page.context().close();
    expect(disagreements.out).toEqual([]);
    expect(disagreements.providers).toBeGreaterThanOrEqual(8);
    expect(disagreements.compared).toBe(disagreements.providers * 2 * 6);
  });

  it('puts every overview cell under the heading that names its region', async () => {
    for (const width of [1000, 360]) {
      const page = await open(width);
      const misplaced = await page.evaluate((names) => {
        const root = document.querySelector('hk-data-pause')!.shadowRoot!;
        const cells = [...root.querySelectorAll('[data-provider][data-region]')];
        // Headings: visible text that is exactly a region's name, outside the map and the cells.
        const headings = [...root.querySelectorAll('*')].filter(
          (e) =>
            !(e instanceof SVGElement) &&
            !e.closest('[data-provider][data-region]') &&
            Object.values(names).includes(e.textContent!.trim()) &&
            ![...e.children].some((c) => c.textContent!.trim() === e.textContent!.trim()) &&
            e.getClientRects().length > 0,
        );
        const out: string[] = [];
        for (const cell of cells) {
          const c = cell.getBoundingClientRect();
          const x = c.left + c.width / 2;
          // The nearest heading above the cell that spans its middle.
          const above = headings
            .map((h) => ({ h, r: h.getBoundingClientRect() }))
            .filter(({ r }) => r.bottom <= c.top + 1 && r.left <= x + 1 && r.right >= x - 1)
            .sort((a, b) => b.r.bottom - a.r.bottom)[0];
          const region = cell.getAttribute('data-region') as keyof typeof names;
          const heading = above?.h.textContent!.trim();
          if (heading !== names[region])
            out.push(`${cell.getAttribute('data-provider')}/${region} under "${heading ?? 'nothing'}"`);
        }
        return { out, cells: cells.length };
      }, en.regions);
      await page.context().close();
      expect(misplaced.out, `${width} px`).toEqual([]);
      expect(misplaced.cells).toBeGreaterThanOrEqual(16);
    }
  });
});
