/**
 * Printing the demo article (Chromium, A4, default settings: CSS backgrounds
 * off): the timeline's lanes keep their colours, the controls are gone, the
 * shown date and service are said in text, and the figure is kept together.
 */
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, watchErrors } from '../helpers/browser';

const env = useBrowser();

/** Every fill colour (`r g b rg`) drawn in a PDF's content streams, as 0-255 triples. */
function pdfFillColours(pdf: Buffer): [number, number, number][] {
  const colours: [number, number, number][] = [];
  const text = pdf.toString('latin1');
  const streams = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(text))) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const m of body.matchAll(/(?:^|\s)([\d.]+) ([\d.]+) ([\d.]+) rg\b/g))
      colours.push([m[1], m[2], m[3]].map((v) => Math.round(Number(v) * 255)) as [number, number, number]);
  }
  return colours;
}

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
    // Print the timeline alone, so the map's colours cannot stand in for the lanes'.
    await page.evaluate(() => {
      const root = document.querySelector('hk-data-pause')!.shadowRoot!;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.root > :not(:has(.timeline)) { display: none !important; }');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const colours = pdfFillColours(pdf).filter(saturated);
    const distinct = new Set(colours.map((c) => c.join(',')));
    expect(distinct.size, `saturated fills in the PDF: ${[...distinct].join(' ')}`).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
