/**
 * Every language renders completely: in a German widget no English or
 * Chinese interface text or event description shows (visible text and
 * accessible names alike), and so on for each language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articlePage, useBrowser } from '../helpers/browser';

const LOCALES = ['de', 'en', 'zh-Hant'] as const;
type Locale = (typeof LOCALES)[number];

const strings = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(`data/strings/${l}.json`, 'utf8')) as unknown]),
) as Record<Locale, unknown>;
const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
  events: { text: Record<Locale, string>; sources: { publisher: string }[] }[];
  baselines: { text: Record<Locale, string>; sources: { publisher: string }[] }[];
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every string of a strings file, with its key path. */
function flatten(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => flatten(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => flatten(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * Text that belongs to `other` and not to `locale`: long enough to be telling, without placeholders.
 * Interface strings are whole words or phrases; data texts are their first 24 characters.
 */
function foreign(locale: Locale, other: Locale): { text: string; whole: boolean }[] {
  const own = new Set(flatten(strings[locale]).map(([, v]) => v));
  const fromStrings = flatten(strings[other])
    .map(([, v]) =>
      v
        .split(/\{\w+\}/)
        .sort((a, b) => b.length - a.length)[0]!
        .trim(),
    )
    .filter((v) => v.length >= 6 && !own.has(v) && !/^[\d\s.,:;()–-]+$/.test(v));
  const fromData = [...dataset.events, ...dataset.baselines]
    .filter((r) => r.text[other] !== r.text[locale])
    .map((r) => r.text[other].slice(0, 24));
  return [
    ...[...new Set(fromStrings)].map((text) => ({ text, whole: true })),
    ...[...new Set(fromData)].map((text) => ({ text, whole: false })),
  ];
}

const env = useBrowser();

describe('no text from another language', () => {
  for (const locale of LOCALES)
    it(`${locale}`, async () => {
      const path = `/i18n-${locale}.html`;
      // The page language differs from the widget's on purpose.
      env.server.page(
        path,
        articlePage(
          `<hk-data-pause lang="${locale}"></hk-data-pause><script src="/hk-data-pause.js"></script>`,
          { lang: 'fr' },
        ),
      );
      const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
      await page.goto(env.server.url + path);
      await page.waitForFunction(() =>
        document.querySelector('hk-data-pause')?.shadowRoot?.querySelector('[data-region]'),
      );
      const texts: string[] = [];
      // Several states: the final day, the law's day, a day with several events, each provider.
      for (const [date, provider] of [
        ['2020-06-30', 'google'],
        ['2020-07-06', 'facebook'],
        ['2020-07-08', 'zoom'],
        ['2020-07-09', 'tiktok'],
        ['2023-08-09', 'linkedin'],
      ])
        texts.push(
          await page.evaluate(
            ([d, p]) => {
              const host = document.querySelector('hk-data-pause') as unknown as HTMLElement & {
                setDate(d: string): void;
                setProvider(p: string): void;
              };
              host.setProvider(p!);
              host.setDate(d!);
              const root = host.shadowRoot!;
              const labels = [...root.querySelectorAll('[aria-label],[aria-valuetext],[title]')].map((e) =>
                ['aria-label', 'aria-valuetext', 'title'].map((a) => e.getAttribute(a) ?? '').join(' '),
              );
              // Publishers' names (the source links) are proper names in their own language.
              const clone = root.querySelector('[data-date]')!.cloneNode(true) as Element;
              clone.querySelectorAll('a[href^="https:"]').forEach((a) => a.remove());
              return `${clone.textContent ?? ''}\n${labels.join('\n')}`;
            },
            [date, provider],
          ),
        );
      // Publications are named as they call themselves ("Hong Kong Free Press" in a German sentence).
      const publishers = [...dataset.events, ...dataset.baselines].flatMap((r) =>
        r.sources.map((x) => x.publisher),
      );
      const shown = publishers.reduce((t, name) => t.replaceAll(name, ''), texts.join('\n'));
      const lang = await page.evaluate(() =>
        document
          .querySelector('hk-data-pause')!
          .shadowRoot!.querySelector('[data-date]')!
          .getAttribute('lang'),
      );
      expect(lang).toBe(locale);
      const leaks = LOCALES.filter((o) => o !== locale).flatMap((o) =>
        foreign(locale, o)
          // Whole words: German "Februar" is not a leak inside English "February".
          .filter(({ text, whole }) =>
            new RegExp(`(?<!\\p{L})${escape(text)}${whole ? '(?!\\p{L})' : ''}`, 'u').test(shown),
          )
          .map(({ text }) => `${o}: ${text}`),
      );
      expect(leaks).toEqual([]);
      await page.close();
    });
});
