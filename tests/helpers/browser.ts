/**
 * Helpers for the browser tests: one Chromium and server per test file,
 * error watching, realistic host pages, and reading inside the widget.
 */
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './chromium';
import { startServer, type TestServer } from './server';

export { launch };

/**
 * One Chromium and one test server for a test file: launched before its
 * tests, closed after them.
 */
export function useBrowser(): { browser: Browser; server: TestServer } {
  const env = {} as { browser: Browser; server: TestServer };
  beforeAll(async () => {
    [env.browser, env.server] = await Promise.all([launch(), startServer()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
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
