/**
 * Measurements in Debian's Chromium (playwright-core), each in a fresh
 * context (empty cache) with the CPU throttled through CDP.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { CLIENT, FIRST_MAP } from './pages';

export const THROTTLE = 4;

/** The same Chromium, with the same flags, as the browser tests. */
export { browserPath as chromePath, launch as launchChrome } from '../../tests/helpers/chromium';

export interface Session {
  page: Page;
  cdp: CDPSession;
  errors: string[];
  close(): Promise<void>;
}

/**
 * A phone on a mobile network, as Lighthouse's mobile preset: 150 ms round
 * trip, 1.6 Mbps down, 750 kbps up (bytes per second for CDP).
 */
export const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** A fresh context and page, throttled, with the in-page helpers installed (and the mobile network if asked). */
export async function openPage(
  browser: Browser,
  throttle = THROTTLE,
  network?: typeof MOBILE_NETWORK,
): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(CLIENT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return { page, cdp, errors, close: () => context.close() };
}

/**
 * Navigates and waits until the first map shape has been painted; returns ms
 * from navigation start. It waits for the page's console message rather than
 * polling: Playwright's first evaluation in a page installs its helper script
 * (about 100 ms at 4x), and each poll is a task on the page's main thread.
 * That fixed cost, paid while the page loads, made the baseline page about a
 * fifth slower and the widget's ratio to it look better than it is (issue 17).
 */
export async function loadUntilMap(session: Session, url: string, timeout = 30_000): Promise<number> {
  const [painted] = await Promise.all([
    session.page.waitForEvent('console', { predicate: (m) => m.text().startsWith(FIRST_MAP), timeout }),
    session.page.goto(url, { waitUntil: 'commit' }),
  ]);
  return Number(painted.text().slice(FIRST_MAP.length));
}

export interface ChangeRun {
  times: number[];
  updated: number;
}

export interface PlaybackRun {
  reason: 'ended' | 'cap' | 'not-animated';
  deltas: number[];
  longTasks: number[];
  /** Per long task: when, on which day, and what the long animation frame around it spent the time on. */
  causes: string[];
  duration: number;
  days: number;
}

/** JS heap after garbage collection, and the number of live DOM nodes. */
export async function heapAndNodes(cdp: CDPSession): Promise<{ heap: number; nodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}
