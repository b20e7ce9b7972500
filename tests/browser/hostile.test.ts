/**
 * A host page designed to break embeds, against the BUILT script: a strict
 * CSP with Trusted Types (response header), aggressive global CSS
 * (tests/pages/hostile.css), RTL, polluted prototypes, foreign `$` and
 * `__svelte` globals, the script loaded twice, a late placeholder, and
 * ancestors that stop the propagation of clicks, keys and pointer events.
 * Every widget must render with zero console errors and zero CSP
 * violations, look as it does on a clean page, and still respond to input.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, watchErrors } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

let browser: Browser;
let server: TestServer;

const NONCE = 'hk7n0nce';
/**
 * What an editor's page may allow and still run the embed: the script from
 * its own origin, no inline styles, no eval, and Trusted Types required with
 * no policy allowed at all (the embed writes no HTML strings and creates no policy).
 */
const CSP = [
  "default-src 'none'",
  `script-src 'self' 'nonce-${NONCE}'`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

const HOSTILE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Hostile host</title>
<script nonce="${NONCE}">
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
  // Polluted prototypes, as old libraries leave them.
  Object.prototype.foo = 'polluted';
  Object.prototype.provider = 'myspace';
  Array.prototype.bar = function () { return 'polluted'; };
  // Foreign globals: jQuery-style $ and another Svelte app's marker.
  window.$ = function () { throw new Error('not jQuery'); };
  window.__svelte = { v: new Set(['4.2.0']) };
</script>
<link rel="stylesheet" href="/pages/hostile.css">
<script src="/hk-data-pause.js"></script>
</head>
<body dir="rtl">
<div class="article" id="trap">
  <h1>Hostile host</h1>
  <p>Text before.</p>
  <section id="stopper">
    <script src="/hk-data-pause.js" data-hk-data-pause data-provider="microsoft" data-lang="en"></script>
  </section>
  <hk-data-pause lang="en" provider="zoom" date="2020-07-07"></hk-data-pause>
  <div data-hk-data-pause data-lang="zh-Hant" data-provider="apple"></div>
  <div id="late"></div>
  <script src="/hk-data-pause.js" async></script>
</div>
<script nonce="${NONCE}">
  // Ancestors that swallow every interaction event in the bubbling phase.
  for (const type of ['click', 'keydown', 'keyup', 'pointerdown', 'pointerup', 'pointermove', 'mousedown', 'input', 'change']) {
    document.getElementById('trap').addEventListener(type, (e) => e.stopPropagation());
    document.getElementById('stopper').addEventListener(type, (e) => { e.stopPropagation(); e.stopImmediatePropagation(); });
  }
  setTimeout(() => {
    const late = document.createElement('div');
    late.setAttribute('data-hk-data-pause', '');
    late.setAttribute('data-provider', 'google');
    late.setAttribute('data-lang', 'de');
    document.getElementById('late').append(late);
  }, 300);
</script>
</body>
</html>`;

const CLEAN = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Clean host</title></head>
<body><div id="box"><hk-data-pause lang="en" provider="zoom" date="2020-07-07"></hk-data-pause></div>
<script src="/hk-data-pause.js"></script></body></html>`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  server.page('/hostile.html', HOSTILE, { 'content-security-policy': CSP });
  server.page('/clean.html', CLEAN);
  // The shared server has no text/css type, and Chromium refuses a stylesheet served as anything else.
  const css = readFileSync('tests/pages/hostile.css');
  server.route('/pages/hostile.css', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(css);
    return true;
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function waitForWidgets(page: Page, n: number) {
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('hk-data-pause').length === count &&
      [...document.querySelectorAll('hk-data-pause')].every((el) =>
        el.shadowRoot?.querySelector('[data-region]'),
      ),
    n,
  );
}

/** Computed text properties of the zoom widget's headline and root. */
function looks(page: Page, index: number) {
  return page.evaluate((i) => {
    const host = document.querySelectorAll('hk-data-pause')[i]!;
    const h2 = host.shadowRoot!.querySelector('h2')!;
    const root = host.shadowRoot!.querySelector('[data-date]')!;
    const cs = getComputedStyle(h2);
    const rs = getComputedStyle(root);
    const mainland = host.shadowRoot!.querySelector('[data-region="mainland"]')!;
    return {
      letterSpacing: cs.letterSpacing,
      textTransform: cs.textTransform,
      fontSize: cs.fontSize,
      lineHeight: cs.lineHeight,
      wordSpacing: cs.wordSpacing,
      fontStyle: rs.fontStyle,
      direction: rs.direction,
      boxSizing: rs.boxSizing,
      mapFill: getComputedStyle(mainland).fill,
      width: Math.round(host.getBoundingClientRect().width),
      height: Math.round(host.getBoundingClientRect().height),
    };
  }, index);
}

describe('hostile host page', () => {
  it('renders every widget with zero console errors and zero CSP violations, undistorted', async () => {
    await browser.newContext({ viewport: { width: 800, height: 900 } }).then(async (ctx) => {
      const page = await ctx.newPage();
      const errors = watchErrors(page);
      const responses: number[] = [];
      page.on('response', (r) => responses.push(r.status()));
      await page.goto(`${server.url}/hostile.html`);
      // in place, element, div, and the late div; the async second copy adds nothing.
      await waitForWidgets(page, 4);
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => document.querySelectorAll('hk-data-pause').length)).toBe(4);

      const states = await page.evaluate(() =>
        [...document.querySelectorAll('hk-data-pause')].map((el) => {
          const r = el.shadowRoot!.querySelector('[data-date]')!;
          return [r.getAttribute('lang'), r.getAttribute('data-provider'), r.getAttribute('data-date')];
        }),
      );
      expect(states[0]!.slice(0, 2)).toEqual(['en', 'microsoft']);
      expect(states[1]).toEqual(['en', 'zoom', '2020-07-07']);
      expect(states[2]!.slice(0, 2)).toEqual(['zh-Hant', 'apple']);
      expect(states[3]!.slice(0, 2)).toEqual(['de', 'google']);

      // The host's CSS is in force outside the widgets...
      expect(
        await page.evaluate(() => {
          const p = getComputedStyle(document.querySelector('p')!);
          return [p.letterSpacing, p.textTransform, getComputedStyle(document.documentElement).fontSize];
        }),
      ).toEqual(['3px', 'uppercase', '10px']);
      // ...but inherited and forced text properties do not reach inside.
      const hostile = await looks(page, 1);
      expect(hostile.letterSpacing).toBe('normal');
      expect(hostile.textTransform).toBe('none');
      expect(hostile.wordSpacing).toBe('0px');
      expect(hostile.fontStyle).toBe('normal');
      expect(hostile.direction).toBe('ltr');
      expect(hostile.boxSizing).toBe('border-box');
      // The same widget on a clean page, at the same width, looks the same and is as tall.
      const clean = await ctx.newPage();
      await clean.goto(`${server.url}/clean.html`);
      await clean.evaluate((w) => (document.getElementById('box')!.style.width = `${w}px`), hostile.width);
      await waitForWidgets(clean, 1);
      expect(await looks(clean, 0)).toEqual(hostile);

      expect(
        await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
      ).toEqual([]);
      // Host globals are left as they were.
      expect(
        await page.evaluate(() => [
          typeof (window as unknown as { $: unknown }).$,
          [...(window as unknown as { __svelte: { v: Set<string> } }).__svelte.v],
        ]),
      ).toEqual(['function', ['4.2.0']]);
      expect(responses.every((s) => s < 400)).toBe(true);
      expect(errors).toEqual([]);
      // Control: the policy is enforced and the listener sees violations.
      const control = await page.evaluate(async () => {
        const div = document.createElement('div');
        div.setAttribute('style', 'color: red');
        document.body.append(div);
        await new Promise((r) => setTimeout(r, 100));
        return (window as unknown as { __violations: string[] }).__violations.length;
      });
      expect(control).toBe(1);
      await ctx.close();
    });
  });

  it('responds to clicks and keys although ancestors stop their propagation', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/hostile.html`);
    await waitForWidgets(page, 4);
    const widget = page.locator('hk-data-pause').first();
    const date = () =>
      page.evaluate(() =>
        document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[data-date]')!
          .getAttribute('data-date'),
      );
    const slider = widget.locator('input[type="range"], [role="slider"]').first();
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await date()).toBe('2020-06-30');
    await page.keyboard.press('ArrowRight');
    expect(await date()).toBe('2020-07-01');
    const provider = () =>
      page.evaluate(() =>
        document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[data-date]')!
          .getAttribute('data-provider'),
      );
    // The overview table is folded: open it, then choose a service there.
    await widget.locator('details:has(table) > summary').first().click();
    await widget.locator('button[aria-pressed]', { hasText: 'Zoom' }).first().click();
    expect(await provider()).toBe('zoom');
    await widget.locator('select[data-picker]').first().selectOption('apple');
    expect(await provider()).toBe('apple');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
