/**
 * The `src` override against the BUILT script: every kind of bad response
 * leaves the bundled data on screen plus a visible role="alert" notice
 * within 10 s and runs nothing; a valid file replaces the data; a removed
 * widget abandons its request.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { articlePage, launch, watchErrors } from '../helpers/browser';
import { startServer, type TestServer } from '../helpers/server';

let browser: Browser;
let server: TestServer;
const DIST = resolve(process.env.HK_DIST ?? 'dist');
const PUBLISHED = readFileSync(resolve(DIST, 'hk-data-pause.json'), 'utf8');
/** Connections the server holds open ("hangs"), closed at the end. */
const hanging = new Set<import('node:http').ServerResponse>();
let abandoned = 0;

/** The published dataset with `change` applied. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fixtures break the types on purpose
function variant(change: (d: Record<string, any>) => void): string {
  const data = JSON.parse(PUBLISHED);
  change(data);
  return JSON.stringify(data);
}

const json = (body: string, status = 200, extra: Record<string, string> = {}) => ({ body, status, extra });

const BAD: Record<string, ReturnType<typeof json>> = {
  '404': json('not found', 404),
  '500': json('{"error":"boom"}', 500),
  html: {
    body: '<!doctype html><script>window.__pwned=1</script><p>Login</p>',
    status: 200,
    extra: { 'content-type': 'text/html' },
  },
  truncated: json(PUBLISHED.slice(0, PUBLISHED.length / 2)),
  'wrong-schema': json(variant((d) => (d.providers = 'facebook'))),
  'half-valid': json(variant((d) => (d.events[3].to = 'exploded'))),
  huge: json(
    variant(
      (d) =>
        (d.notes = Array.from({ length: 4000 }, (_, i) => ({
          id: `n${i}`,
          text: { de: 'x'.repeat(40), en: 'x'.repeat(40), 'zh-Hant': 'x'.repeat(40) },
        }))),
    ),
  ),
  markup: json(
    variant((d) => {
      d.events[0].text.en = '<img src=x onerror="window.__pwned=1">Law';
      d.title = '<script>window.__pwned=1</script>';
    }),
  ),
  'javascript-url': json(variant((d) => (d.events[0].sources[0].url = 'javascript:window.__pwned=1'))),
};

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), startServer()]);
  for (const [name, { body, status, extra }] of Object.entries(BAD))
    server.route(`/data/${name}.json`, (_req, res) => {
      res.writeHead(status, { 'content-type': 'application/json', ...extra }).end(body);
      return true;
    });
  // A huge body without content-length: only the streamed size check can stop it.
  server.route('/data/huge-chunked.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"title":"');
    for (let i = 0; i < 40; i++) res.write('x'.repeat(32 * 1024));
    res.end('"}');
    return true;
  });
  // Headers, then silence: the 5 s timeout must cover the body too.
  server.route('/data/hang.json', (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"title":');
    hanging.add(res);
    req.on('close', () => hanging.delete(res));
    return true;
  });
  server.route('/data/slow.json', (req, res) => {
    hanging.add(res);
    req.socket.on('close', () => {
      hanging.delete(res);
      if (!res.writableEnded) abandoned++;
    });
    return true;
  });
  server.route('/data/valid.json', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      variant((d) => {
        d.updated = '2027-01-02';
        d.events[0].text.en = 'Replaced: the law takes effect.';
      }),
    );
    return true;
  });
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  await browser?.close();
  await server?.close();
});

const BUNDLED_UPDATED = JSON.parse(PUBLISHED).updated as string;

describe('bad src', () => {
  it('each gives the bundled data and a role="alert" notice within 10 s, and runs nothing', async () => {
    const names = [...Object.keys(BAD), 'huge-chunked', 'hang'];
    const widgets = names.map((n) => `<hk-data-pause lang="en" src="/data/${n}.json"></hk-data-pause>`);
    // Not a URL fetch can use: refused before any request.
    widgets.push('<hk-data-pause lang="en" src="javascript:window.__pwned=1"></hk-data-pause>');
    widgets.push('<hk-data-pause lang="en" src="http://[bad"></hk-data-pause>');
    server.page('/bad.html', articlePage(`${widgets.join('\n')}<script src="/hk-data-pause.js"></script>`));
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    // Any dialog would mean injected script ran.
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const started = Date.now();
    await page.goto(`${server.url}/bad.html`);
    const count = names.length + 2;
    await page.waitForFunction(
      (n) => {
        const els = [...document.querySelectorAll('hk-data-pause')];
        return els.length === n && els.every((el) => el.shadowRoot?.querySelector('[role="alert"]'));
      },
      count,
      { timeout: 10_000 },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll('hk-data-pause')].map((el) => {
        const root = el.shadowRoot!;
        const alert = root.querySelector('[role="alert"]') as HTMLElement;
        return {
          alert: alert.textContent,
          visible: alert.offsetHeight > 0 && getComputedStyle(alert).visibility !== 'hidden',
          map: root.querySelectorAll('[data-region]:not([data-provider])').length,
          text: root.textContent ?? '',
          images: root.querySelectorAll('img, script, iframe, a[href^="javascript:"]').length,
        };
      }),
    );
    for (const [i, s] of seen.entries()) {
      const name = i < names.length ? names[i] : 'bad-url';
      expect(s.alert, name).toMatch(/could not be loaded/);
      expect(s.visible, name).toBe(true);
      expect(s.map, name).toBe(2);
      expect(s.images, name).toBe(0);
      // The bundled data: its "last updated" day, none of the bad file's text.
      expect(s.text, name).toContain(
        new Date(`${BUNDLED_UPDATED}T00:00:00Z`).toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }),
      );
      expect(s.text, name).not.toContain('__pwned');
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // One warning per widget, naming the URL and the reason.
    for (const name of names) {
      const mine = warnings.filter((w) => w.includes(`/data/${name}.json"`));
      expect(mine, name).toHaveLength(1);
    }
    expect(warnings.find((w) => w.includes('/data/404.json'))).toMatch(/HTTP 404/);
    expect(warnings.find((w) => w.includes('/data/hang.json'))).toMatch(/within 5000 ms/);
    expect(warnings.find((w) => w.includes('/data/huge.json'))).toMatch(/larger than/);
    expect(warnings.find((w) => w.includes('/data/huge-chunked.json'))).toMatch(/larger than/);
    expect(warnings.find((w) => w.includes('/data/markup.json'))).toMatch(/markup/);
    expect(warnings.find((w) => w.includes('javascript:'))).toMatch(/only http/);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });
});

describe('valid src', () => {
  it('replaces the bundled data, resolving a relative URL against the page', async () => {
    server.page(
      '/news/valid.html',
      articlePage(
        '<hk-data-pause lang="en" src="../data/valid.json" date="2020-06-30"></hk-data-pause><script src="/hk-data-pause.js"></script>',
      ),
    );
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/news/valid.html`);
    await page.waitForFunction(
      () => document.querySelector('hk-data-pause')?.shadowRoot?.textContent?.includes('2 January 2027'),
      undefined,
      { timeout: 10_000 },
    );
    // The replaced event text is in the list of every event, drawn once a reader opens it.
    await page.locator('hk-data-pause').locator('summary', { hasText: 'Every event' }).click();
    await page.waitForFunction(
      () => document.querySelector('hk-data-pause')!.shadowRoot!.querySelector('details[open] ol > li'),
      undefined,
      { timeout: 5000 },
    );
    const text = await page.evaluate(() => document.querySelector('hk-data-pause')!.shadowRoot!.textContent);
    expect(text).toContain('Replaced: the law takes effect.');
    expect(
      await page.evaluate(() =>
        document.querySelector('hk-data-pause')!.shadowRoot!.querySelector('[role="alert"]'),
      ),
    ).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('abandons the request when the widget is removed first, and reports nothing', async () => {
    server.page(
      '/slow.html',
      articlePage(
        '<hk-data-pause src="/data/slow.json"></hk-data-pause><script src="/hk-data-pause.js"></script>',
      ),
    );
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${server.url}/slow.html`);
    await page.waitForFunction(() =>
      document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
    );
    const before = abandoned;
    await page.evaluate(() => document.querySelector('hk-data-pause')!.remove());
    await expect.poll(() => abandoned, { timeout: 3000 }).toBe(before + 1);
    await page.waitForTimeout(200);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
