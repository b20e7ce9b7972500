/**
 * Launches Debian's Chromium through playwright-core (never a downloaded
 * browser), for the browser tests and the benchmark alike.
 * scripts/find-browser.sh sets CHROME_PATH; the flags keep Chromium off the
 * network, which this machine does not have anyway.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
