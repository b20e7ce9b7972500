/**
 * Launches Debian's Chromium through playwright-core (never a downloaded
 * browser). scripts/find-browser.sh sets CHROME_PATH; the flags keep it off
 * the network, which this machine does not have anyway.
 */
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

export function browserPath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: run `bash scripts/find-browser.sh` or set CHROME_PATH');
  return found;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: browserPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--font-render-hinting=none',
    ],
  });
}

/** Collects console errors and page errors, to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** A host page in the shape of a news article with the given embed markup. */
export function articlePage(embed: string, { lang = 'de', head = '' } = {}): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test article</title>${head}</head>
<body>
<article style="max-width: 680px; margin: 0 auto; font: 18px/1.6 Georgia, serif">
<h1>Test article</h1>
<p>Some text before the graphic.</p>
${embed}
<p>Some text after the graphic.</p>
</article>
</body>
</html>`;
}

/** Shadow-root query helpers evaluated in the page. */
export const inWidget = {
  /** `data-status` of every map copy of a region in the n-th widget. */
  regionStatuses: (page: Page, region: string, n = 0) =>
    page.evaluate(
      ([r, i]) => {
        const host = document.querySelectorAll('hk-data-pause')[i as number]!;
        const shapes = host.shadowRoot!.querySelectorAll(`[data-region="${r}"]:not([data-provider])`);
        return [...shapes].map((e) => e.getAttribute('data-status'));
      },
      [region, n] as const,
    ),
};
