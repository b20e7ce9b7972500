/**
 * One adapter over three engines, so that a cross-engine test is written once:
 *
 * - Chromium: Debian's `chromium` through playwright-core (CDP), as before;
 * - Firefox: Debian's `firefox-esr` through puppeteer-core over WebDriver
 *   BiDi (Firefox's own Remote Agent: no geckodriver, which Debian does not ship);
 * - WebKit: WebKitGTK's MiniBrowser through `WebKitWebDriver` (W3C WebDriver
 *   classic, package `webkit2gtk-driver`), on an X display (Xvfb when there
 *   is none), spoken to by the small client below (plain JSON over HTTP).
 *
 * Why these: tests/README.md. Every page gets tests/pages/watch.js first, which
 * records page errors, console errors and CSP violations in the page itself, so
 * error checks work the same in every engine (the drivers' own console and
 * page-error events are added where the protocol has them).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser as PwBrowser, BrowserContext, Page as PwPage } from 'playwright-core';
import type {
  Browser as PpBrowser,
  BrowserContext as PpContext,
  KeyInput,
  Page as PpPage,
} from 'puppeteer-core';
import { launch as launchChromium } from './chromium';
import { startServer, type TestServer } from './server';

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: EngineName[] = ['chromium', 'firefox', 'webkit'];

export interface LaunchOptions {
  /** `prefers-reduced-motion: reduce` for the whole browser (visual tests). */
  reducedMotion?: boolean;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Touch input (a phone): only where the engine emulates it, see `Engine.touch`. */
  touch?: boolean;
}

export type Key =
  'Tab' | 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EnginePage {
  /**
   * Runs `fn(arg)` in the page (async allowed) and returns its JSON result.
   * `fn` is sent as source text: it must not close over test variables.
   * Drivers evaluate outside the page's CSP, so this works on strict pages.
   */
  run<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>>;
  /** Polls `fn(arg)` until truthy; fails with `what` after `timeout` ms. */
  waitFor<A = undefined>(what: string, fn: (arg: A) => unknown, arg?: A, timeout?: number): Promise<void>;
  /** Named keys, or single printable characters (type-ahead). */
  press(...keys: (Key | string)[]): Promise<void>;
  /** A mouse click at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** A mouse drag in `steps` moves. */
  drag(from: [number, number], to: [number, number], steps?: number): Promise<void>;
  /** A finger tap (a mouse click where the engine has no touch: see `Engine.touch`). */
  tap(x: number, y: number): Promise<void>;
  /** PNG of a rectangle of the viewport (CSS px, device scale 1). */
  screenshot(clip: Rect): Promise<Buffer>;
  /** Page errors, console errors and CSP violations so far. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** Whether touch input is emulated (WebKitGTK's WebDriver sends a "touch" pointer as a mouse). */
  touch: boolean;
  /** Opens `url` in a fresh page of the given viewport size. */
  open(url: string, options?: OpenOptions): Promise<EnginePage>;
  close(): Promise<void>;
}

const KEYS: Record<Key, string> = {
  Tab: '\uE004',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
};

/** The page-side error log that tests/pages/watch.js keeps. */
const readWatch = () => (window as unknown as { __hkErrors?: string[] }).__hkErrors ?? ['watch.js missing'];

const expression = (fn: (arg: never) => unknown, arg: unknown) =>
  `(${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)})`;

async function poll(
  what: string,
  check: () => Promise<unknown>,
  timeout: number,
  interval = 50,
): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

type Backend = Omit<EnginePage, 'run' | 'waitFor' | 'errors'> & {
  /** Evaluates a JavaScript expression in the page, awaiting a promise, and returns it as JSON. */
  evaluate(expression: string): Promise<unknown>;
};

function withCommon(base: Backend, driverErrors: string[]): EnginePage {
  const { evaluate, ...rest } = base;
  const run = <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) =>
    evaluate(expression(fn as (a: never) => unknown, arg)) as Promise<Awaited<T>>;
  return {
    ...rest,
    run,
    waitFor(what, fn, arg, timeout = 10_000) {
      // Coerced in the page: a DOM node does not come back over every protocol.
      const check = `Promise.resolve(${expression(fn as (a: never) => unknown, arg)}).then(Boolean)`;
      return poll(what, () => evaluate(check), timeout);
    },
    async errors() {
      return [...driverErrors, ...(await run(readWatch))];
    },
  };
}

// ---------------------------------------------------------------- Chromium

async function chromiumEngine(options: LaunchOptions): Promise<Engine> {
  const browser: PwBrowser = await launchChromium();
  return {
    name: 'chromium',
    touch: true,
    async open(url, { width = 1000, height = 800, touch = false } = {}) {
      const context: BrowserContext = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: 1,
        hasTouch: touch,
        isMobile: touch,
        reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
      });
      const page: PwPage = await context.newPage();
      const driverErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') driverErrors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => driverErrors.push(`pageerror: ${String(e)}`));
      await page.goto(url);
      return withCommon(
        {
          evaluate: (expr) => page.evaluate(expr),
          async press(...keys) {
            for (const k of keys) await page.keyboard.press(k);
          },
          click: (x, y) => page.mouse.click(x, y),
          async drag(from, to, steps = 8) {
            await page.mouse.move(...from);
            await page.mouse.down();
            await page.mouse.move(...to, { steps });
            await page.mouse.up();
          },
          tap: (x, y) => page.touchscreen.tap(x, y),
          screenshot: (clip) => page.screenshot({ clip, animations: 'disabled' }),
          close: () => context.close(),
        },
        driverErrors,
      );
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------- Firefox

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

async function firefoxEngine(options: LaunchOptions): Promise<Engine> {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // Reduced motion is a browser setting in Firefox (BiDi has no media emulation).
      'ui.prefersReducedMotion': options.reducedMotion ? 1 : 0,
      // The same greyscale anti-aliasing on every run.
      'gfx.font_rendering.cleartype_params.rendering_mode': 0,
    },
  });
  return {
    name: 'firefox',
    touch: true,
    async open(url, { width = 1000, height = 800, touch = false } = {}) {
      const context: PpContext = await browser.createBrowserContext();
      const page: PpPage = await context.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: 1, hasTouch: touch, isMobile: touch });
      const driverErrors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') driverErrors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => driverErrors.push(`pageerror: ${String(e)}`));
      await page.goto(url);
      return withCommon(
        {
          evaluate: (expr) => page.evaluate(expr),
          async press(...keys) {
            for (const k of keys) await page.keyboard.press(k as KeyInput);
          },
          click: (x, y) => page.mouse.click(x, y),
          async drag(from, to, steps = 8) {
            await page.mouse.move(...from);
            await page.mouse.down();
            await page.mouse.move(...to, { steps });
            await page.mouse.up();
          },
          tap: (x, y) => page.touchscreen.tap(x, y),
          async screenshot(clip) {
            // Puppeteer's clip is in document coordinates: add the scroll.
            const [sx, sy] = await page.evaluate(() => [scrollX, scrollY]);
            return Buffer.from(
              await page.screenshot({ clip: { ...clip, x: clip.x + sx!, y: clip.y + sy! } }),
            );
          },
          close: () => context.close(),
        },
        driverErrors,
      );
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------- WebKit

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
  process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** An X display for MiniBrowser: $DISPLAY, else a private Xvfb stopped on close. */
async function display(): Promise<{ name: string; stop(): void }> {
  if (process.env.DISPLAY) return { name: process.env.DISPLAY, stop() {} };
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1600x3000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const n = await new Promise<string>((done, fail) => {
    xvfb.once('error', fail);
    xvfb.stdout.once('data', (d: Buffer) => done(d.toString().trim()));
  });
  return { name: `:${n}`, stop: () => xvfb.kill() };
}

class WebDriverError extends Error {}

/** The W3C WebDriver classic commands the adapter needs, over fetch. */
function wd(base: string) {
  return async function call<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as { value: T & { error?: string; message?: string } };
    if (!res.ok) throw new WebDriverError(`${method} ${path}: ${json.value.error} ${json.value.message}`);
    return json.value;
  };
}

async function webkitEngine(options: LaunchOptions): Promise<Engine> {
  const x = await display();
  const port = await freePort();
  // GTK's "enable animations" off is what WebKitGTK reports as reduced motion.
  const home = mkdtempSync(join(tmpdir(), 'hk-webkit-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(
    join(home, 'gtk-3.0', 'settings.ini'),
    `[Settings]\ngtk-enable-animations=${options.reducedMotion ? 0 : 1}\n`,
  );
  const driver: ChildProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: x.name, XDG_CONFIG_HOME: home, GDK_BACKEND: 'x11' },
  });
  const server = wd(`http://127.0.0.1:${port}`);
  await poll(
    'WebKitWebDriver',
    () =>
      server('GET', '/status').then(
        () => true,
        () => false,
      ),
    10_000,
  );
  const session = await server<{ sessionId: string }>('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    },
  });
  const call = wd(`http://127.0.0.1:${port}/session/${session.sessionId}`);
  const exec = async <T>(script: string): Promise<T> => {
    const result = await call<{ ok?: T; error?: string }>('POST', '/execute/async', {
      script: `const done = arguments[0];
        Promise.resolve().then(() => ${script}).then((ok) => done({ ok }), (e) => done({ error: String(e && e.stack || e) }));`,
      args: [],
    });
    if (result.error) throw new Error(result.error);
    return result.ok as T;
  };
  const pointer = (type: 'mouse' | 'touch', moves: object[]): Promise<void> =>
    call('POST', '/actions', {
      actions: [{ type: 'pointer', id: type, parameters: { pointerType: type }, actions: moves }],
    })
      .then(() => call('DELETE', '/actions'))
      .then(() => undefined);
  const at = (x: number, y: number, duration = 0) => ({
    type: 'pointerMove',
    origin: 'viewport',
    x: Math.round(x),
    y: Math.round(y),
    duration,
  });
  // MiniBrowser's window cannot be narrower than its toolbar (about 450 px):
  // smaller viewports are an iframe of exactly that size at the top left,
  // and the session then works inside it.
  const frameWrap = (url: string, width: number, height: number) =>
    `data:text/html,${encodeURIComponent(
      `<!doctype html><body style="margin:0"><iframe src="${url}" style="border:0;display:block;width:${width}px;height:${height}px"></iframe>`,
    )}`;
  return {
    name: 'webkit',
    touch: false,
    async open(url, { width = 1000, height = 800 } = {}) {
      // One page at a time (one MiniBrowser window): a page left open by a
      // failed test is simply replaced.
      // Size the window so that the viewport is at least width x height.
      let size = { w: Math.max(width, 460), h: height + 40 };
      for (let i = 0; i < 3; i++) {
        await call('POST', '/window/rect', { width: size.w, height: size.h });
        const [iw, ih] = await call<[number, number]>('POST', '/execute/sync', {
          script: 'return [innerWidth, innerHeight]',
          args: [],
        });
        if (iw >= width && ih >= height && (iw === width || width < 460)) break;
        size = { w: size.w + (Math.max(width, 460) - iw), h: size.h + (height - ih) };
      }
      await call('POST', '/frame', { id: null });
      const framed = width < 460;
      await call('POST', '/url', { url: framed ? frameWrap(url, width, height) : url });
      if (framed) {
        const frame = await call<Record<string, string>>('POST', '/element', {
          using: 'css selector',
          value: 'iframe',
        });
        await call('POST', '/frame', { id: frame });
        await poll(
          'the framed page',
          () =>
            call<boolean>('POST', '/execute/sync', {
              script: 'return document.readyState === "complete" && location.href !== "about:blank"',
              args: [],
            }).catch(() => false),
          10_000,
        );
      }
      return withCommon(
        {
          evaluate: (expr) => exec(expr),
          async press(...keys) {
            const actions = keys.flatMap((k) => [
              { type: 'keyDown', value: KEYS[k as Key] ?? k },
              { type: 'keyUp', value: KEYS[k as Key] ?? k },
            ]);
            await call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
            await call('DELETE', '/actions');
          },
          click: (x, y) =>
            pointer('mouse', [
              at(x, y),
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ]),
          drag: (from, to, steps = 8) =>
            pointer('mouse', [
              at(...from),
              { type: 'pointerDown', button: 0 },
              ...Array.from({ length: steps }, (_, i) =>
                at(
                  from[0] + ((to[0] - from[0]) * (i + 1)) / steps,
                  from[1] + ((to[1] - from[1]) * (i + 1)) / steps,
                  16,
                ),
              ),
              { type: 'pointerUp', button: 0 },
            ]),
          tap: (x, y) =>
            pointer('touch', [
              at(x, y),
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ]),
          async screenshot(clip) {
            // The whole (top-level) viewport, cropped here: WebKit's element
            // screenshots scroll, and the frame sits at the top left.
            const { PNG } = await import('pngjs');
            const png = PNG.sync.read(Buffer.from(await call<string>('GET', '/screenshot'), 'base64'));
            const out = new PNG({ width: clip.width, height: clip.height });
            PNG.bitblt(png, out, clip.x, clip.y, clip.width, clip.height, 0, 0);
            return PNG.sync.write(out);
          },
          async close() {
            await call('POST', '/frame', { id: null }).catch(() => undefined);
            await call('POST', '/url', { url: 'about:blank' });
          },
        },
        [],
      );
    },
    async close() {
      await call('DELETE', '').catch(() => undefined);
      driver.kill();
      x.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export function launchEngine(name: EngineName, options: LaunchOptions = {}): Promise<Engine> {
  if (name === 'chromium') return chromiumEngine(options);
  if (name === 'firefox') return firefoxEngine(options);
  return webkitEngine(options);
}

/**
 * One engine and one test server for a `describe` block: launched before its
 * tests, closed after them.
 */
export function useEngine(
  name: EngineName,
  options: LaunchOptions = {},
): { engine: Engine; server: TestServer } {
  const env = {} as { engine: Engine; server: TestServer };
  beforeAll(async () => {
    [env.engine, env.server] = await Promise.all([launchEngine(name, options), startServer()]);
  }, 60_000);
  afterAll(async () => {
    await env.engine?.close();
    await env.server?.close();
  });
  return env;
}

/** The watcher that every cross-engine host page loads first (same origin, CSP-safe). */
export const WATCH = '<script src="/pages/watch.js"></script>';
