/**
 * Printing the demo article (Chromium, A4, default settings: CSS backgrounds
 * off): the timeline's lanes keep their colours, the controls are gone, the
 * shown date and service are said in text, and the figure is kept together.
 */
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, watchErrors } from '../helpers/browser';

const env = useBrowser();

const saturated = ([r, g, b]: [number, number, number]) => Math.max(r, g, b) - Math.min(r, g, b) > 60;

async function demo(): Promise<{ page: Page; errors: string[] }> {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}/index.html`);
  await page.waitForFunction(() =>
    document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
  );
  return { page, errors };
}

describe('print', () => {
  it('hides the controls, states the shown date and service, keeps the figure together', async () => {
    const { page, errors } = await demo();
    await page.evaluate(() => {
      const el = document.querySelector('hk-data-pause') as HTMLElement & {
        setDate(d: string): void;
        setProvider(p: string): void;
      };
      el.setProvider('zoom');
      el.setDate('2020-07-09');
    });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const host = document.querySelector('hk-data-pause')!;
      const root = host.shadowRoot!;
      const shown = (el: Element | null) =>
        !!el && getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
      // The map's summary, read by screen readers and printed.
      const state = root.querySelector('p[id$="-summary"]');
      return {
        play: shown(root.querySelector('[data-play]')),
        picker: shown(root.querySelector('[data-picker]')),
        buttons: [...root.querySelectorAll('.timeline button')].filter(shown).length,
        state:
          state && state.getBoundingClientRect().width > 100
            ? state.textContent!.replace(/\s+/g, ' ').trim()
            : null,
        breakInside: getComputedStyle(root.querySelector('[data-date]')!).breakInside,
      };
    });
    expect(printed).toEqual({
      play: false,
      picker: false,
      buttons: 0,
      state: expect.stringMatching(/9\. Juli 2020.*Zoom/),
      breakInside: 'avoid',
    });
    await page.emulateMedia({ media: 'screen' });
    expect(
      await page.evaluate(() => {
        const root = document.querySelector('hk-data-pause')!.shadowRoot!;
        const line = root.querySelector('p[id$="-summary"]');
        return !line || line.getBoundingClientRect().width > 1;
      }),
      'the printed summary stays visually hidden on screen',
    ).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the timeline lanes in colour to PDF (A4, backgrounds off)', async () => {
    const { page } = await demo();
    // Print the timeline alone, so the map's colours cannot stand in for the lanes'
    // (the status patterns they are filled with stay: svg.defs draws nothing itself).
    await page.evaluate(() => {
      const root = document.querySelector('hk-data-pause')!.shadowRoot!;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.root > :not(:has(.timeline), svg.defs) { display: none !important; }');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The lanes are SVG shapes filled with the status patterns (no CSS
    // backgrounds left to drop). Chromium writes a pattern into the PDF as a
    // tile image, whose colours a stream parser cannot read: the PDF must use
    // patterns, and the print rendering is read in pixels.
    expect(pdf.toString('latin1')).toMatch(/\/Pattern/);
    await page.emulateMedia({ media: 'print' });
    const lanes = page.locator('hk-data-pause').locator('svg.lanes');
    const png = PNG.sync.read(await lanes.screenshot());
    const seen = new Set<string>();
    for (let i = 0; i < png.data.length; i += 4) {
      const rgb: [number, number, number] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (saturated(rgb)) seen.add(rgb.map((v) => v >> 5).join(','));
    }
    expect(seen.size, 'distinct saturated colours in the printed lanes').toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
