import { describe, expect, it } from 'vitest';
import { LOCALES } from '../data/schema';
import {
  STRINGS,
  creditsLine,
  fill,
  formatDay,
  formatDayRange,
  formatMonth,
  formatShortDay,
  resolveLocale,
} from './index';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('strings files', () => {
  it('have every key in every language', () => {
    const reference = keysOf(STRINGS.en).sort();
    for (const locale of LOCALES) expect(keysOf(STRINGS[locale]).sort()).toEqual(reference);
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (s: unknown) => (JSON.stringify(s).match(/\{\w+\}/g) ?? []).sort();
    for (const key of keysOf(STRINGS.en)) {
      const get = (o: unknown) =>
        key.split('.').reduce<unknown>((a, k) => (a as Record<string, unknown>)[k], o);
      // Date layouts differ by language: Chinese writes the month as a number.
      if (/^(dateFormat|shortDateFormat|monthFormat|when\.rangeSameMonth)$/.test(key)) continue;
      for (const locale of LOCALES)
        expect(placeholders(get(STRINGS[locale])), `${locale} ${key}`).toEqual(placeholders(get(STRINGS.en)));
    }
  });

  it('have no empty text', () => {
    for (const locale of LOCALES) {
      const walk = (v: unknown, key: string): void => {
        // when.gap joins sentences: a space, or nothing in Chinese.
        if (typeof v === 'string') {
          if (key !== 'gap') expect(v.trim().length, key).toBeGreaterThan(0);
        } else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
      };
      walk(STRINGS[locale], '');
    }
  });
});

describe('resolveLocale', () => {
  it.each([
    ['de', 'de'],
    ['de-CH', 'de'],
    ['DE-at', 'de'],
    ['en-GB', 'en'],
    ['zh-HK', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
  ])('%s -> %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it.each(['fr', 'zh-CN', 'zh', '', null, undefined])('%s -> none', (tag) => {
    expect(resolveLocale(tag)).toBeUndefined();
  });
});

describe('dates', () => {
  it('are written as the contract shows', () => {
    expect(formatDay('2020-07-06', STRINGS.en)).toBe('6 July 2020');
    expect(formatDay('2020-07-06', STRINGS.de)).toBe('6. Juli 2020');
    expect(formatDay('2020-07-06', STRINGS['zh-Hant'])).toBe('2020年7月6日');
  });

  it('match what Intl writes for every month', () => {
    const intl = {
      de: new Intl.DateTimeFormat('de-DE', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      en: new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      'zh-Hant': new Intl.DateTimeFormat('zh-Hant-HK', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
    } as const;
    for (let m = 1; m <= 12; m++) {
      const day = `2021-${String(m).padStart(2, '0')}-15`;
      for (const locale of LOCALES)
        expect(formatDay(day, STRINGS[locale])).toBe(intl[locale].format(new Date(`${day}T00:00:00Z`)));
    }
  });

  it('have short and month forms', () => {
    expect(formatShortDay('2020-07-06', STRINGS.en)).toBe('6 Jul');
    expect(formatShortDay('2020-07-06', STRINGS['zh-Hant'])).toBe('7月6日');
    expect(formatMonth('2021-12-01', STRINGS.de)).toBe('Dezember 2021');
    expect(formatMonth('2021-12-01', STRINGS['zh-Hant'])).toBe('2021年12月');
  });

  it('fill leaves unknown placeholders visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('resolveLocale', () => {
  it.each([
    ['de', 'de'],
    [' DE ', 'de'],
    ['de-CH', 'de'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-hant-hk', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
  ])('reads %j as %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it.each(['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'fr', 'fr-HK', 'english', '', null, undefined])(
    'offers no language for %j (Simplified Chinese and others are not offered)',
    (tag) => {
      expect(resolveLocale(tag)).toBeUndefined();
    },
  );
});

describe('date ranges and credits', () => {
  it('write a range within one month once, and across months in full', () => {
    expect(formatDayRange('2020-07-09', '2020-07-10', STRINGS.en)).toBe('9 and 10 July 2020');
    expect(formatDayRange('2020-07-09', '2020-07-10', STRINGS.de)).toBe('9. und 10. Juli 2020');
    expect(formatDayRange('2020-07-31', '2020-08-02', STRINGS.en)).toBe('31 July 2020 and 2 August 2020');
    // Same month number, another year.
    expect(formatDayRange('2020-07-09', '2021-07-10', STRINGS.en)).toBe('9 July 2020 and 10 July 2021');
  });

  it('put the credits and the day the facts were checked on one line', () => {
    expect(creditsLine(STRINGS.en, '2026-12-01')).toBe(
      'Map: Natural Earth. Graphic: hk-data-pause. Data as of 1 December 2026',
    );
  });
});
