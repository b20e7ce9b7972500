/**
 * Languages of the widget: choosing one, filling templates, writing dates.
 *
 * Dates are written from month names kept in the strings files rather than
 * with Intl.DateTimeFormat: the first Intl call in a page costs hundreds of
 * milliseconds on a slow phone, and our dates are fixed calendar days anyway.
 * A unit test checks the names against Intl.
 */
import de from '../../../data/strings/de.json';
import en from '../../../data/strings/en.json';
import zhHant from '../../../data/strings/zh-Hant.json';
import type { Locale } from '../data/schema';

export type Strings = typeof en;

export const STRINGS: Record<Locale, Strings> = { de, en, 'zh-Hant': zhHant };

/** Maps a BCP 47 tag from a page to a widget language, if there is one. */
export function resolveLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const [language, ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  if (language === 'de') return 'de';
  if (language === 'en') return 'en';
  if (language === 'zh') {
    // Simplified Chinese is not offered; Hong Kong, Taiwan and Macau read Traditional.
    const subtags = new Set(rest);
    if (['hant', 'hk', 'tw', 'mo'].some((s) => subtags.has(s))) return 'zh-Hant';
  }
  return undefined;
}

/** Fills `{name}` placeholders; unknown names stay visible so they get noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function parts(day: string): { y: number; m: number; d: number } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** `6 July 2020`, `6. Juli 2020`, `2020年7月6日`. */
export function formatDay(day: string, strings: Strings): string {
  const { y, m, d } = parts(day);
  return fill(strings.dateFormat, { d, y, n: m, month: strings.months[m - 1] ?? '' });
}

/** `6 Jul`, `6. Juli`, `7月6日`: for axis labels. */
export function formatShortDay(day: string, strings: Strings): string {
  const { m, d } = parts(day);
  return fill(strings.shortDateFormat, { d, n: m, mon: strings.monthsShort[m - 1] ?? '' });
}

/** `July 2020`, `Juli 2020`, `2020年7月`: for dates known only to the month. */
export function formatMonth(day: string, strings: Strings): string {
  const { y, m } = parts(day);
  return fill(strings.monthFormat, { y, month: strings.months[m - 1] ?? '' });
}

/**
 * The days a date is only known within, as one phrase: `9 and 10 July 2020`,
 * `9. und 10. Juli 2020`, `2020年7月9日至10日`; across months or years both
 * days in full. The sentence around it supplies "between".
 */
export function formatDayRange(from: string, to: string, strings: Strings): string {
  const a = parts(from);
  const b = parts(to);
  if (a.y === b.y && a.m === b.m)
    return fill(strings.when.rangeSameMonth, {
      d1: a.d,
      d2: b.d,
      n: a.m,
      y: a.y,
      month: strings.months[a.m - 1] ?? '',
    });
  return fill(strings.when.rangeOther, { from: formatDay(from, strings), to: formatDay(to, strings) });
}

/** The footer's credits and the day the facts were last checked, as the language writes them together. */
export function creditsLine(strings: Strings, checked: string): string {
  return [strings.credits, fill(strings.updated, { date: formatDay(checked, strings) })].join(
    strings.when.gap,
  );
}
