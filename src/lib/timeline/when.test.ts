/**
 * Every date phrase the data can produce, in every language: each precision
 * × kind × language, with and without an hour, a range, a later "made
 * public" day and a US day (property-based), plus hand-written sentences
 * for a sample (here and in summary.test.ts, detail.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../data/schema';
import { STRINGS, formatDay, formatMonth } from '../i18n/index';
import { shapeOf, sincePhrase, whenSentence, type Dated, type Kind, type Precision } from './when';

const PRECISIONS: Precision[] = ['exact', 'approximate', 'month', 'year'];
const KINDS: Kind[] = ['announced', 'effective', 'reported'];

const DAY0 = Date.UTC(2000, 0, 1);
const dayArb = fc.integer({ min: 0, max: 11_000 });
const iso = (n: number) => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10);

/** A date as the data can hold it: optional hour, range end, later announcement, US day. */
const datedArb = (precision: Precision) =>
  fc
    .record({
      start: dayArb,
      time: fc.option(fc.constantFrom('00:00', '09:30', '23:00'), { nil: undefined }),
      rangeDays: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      announcedAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      usBefore: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
    })
    .map((r): Dated => ({
      date: iso(r.start),
      precision,
      time: r.time,
      dateEnd: r.rangeDays === undefined ? undefined : iso(r.start + r.rangeDays),
      announced: r.announcedAfter === undefined ? undefined : iso(r.start + r.announcedAfter),
      usDate: r.usBefore === undefined ? undefined : iso(r.start - r.usBefore),
    }));

const SENTENCE_END: Record<Locale, RegExp> = { en: /\.$/, de: /\.$/, 'zh-Hant': /。$/ };

/** What a reader must find in the phrase: the day, the month or the year, by the shape. */
function mustHold(d: Dated, locale: Locale, since: boolean, kind?: Kind): string[] {
  const s = STRINGS[locale];
  const shape = shapeOf(d);
  const out: string[] = [];
  if (shape === 'month') out.push(formatMonth(d.date, s));
  else if (shape === 'year') out.push(d.date.slice(0, 4));
  else if (shape === 'range') out.push(since ? formatDay(d.dateEnd!, s) : String(Number(d.date.slice(8))));
  else out.push(formatDay(d.date, s));
  if (shape === 'exactTime' && kind === 'effective') out.push(d.time!);
  if (!since && d.announced && d.announced !== d.date) out.push(formatDay(d.announced, s));
  if (!since && d.usDate && d.usDate !== d.date) out.push(formatDay(d.usDate, s));
  return out;
}

function plainChecks(text: string, locale: Locale): void {
  expect(text).not.toMatch(/\{\w+\}/);
  expect(text).toBe(text.trim());
  expect(text).not.toMatch(/\s{2}/);
  expect(text).not.toMatch(/undefined|NaN/);
  if (locale === 'zh-Hant') {
    // Full-width punctuation; only a clock time keeps its colon.
    expect(text.replace(/\d{2}:\d{2}/g, '')).not.toMatch(/[,.:;()]/);
    expect(text).not.toMatch(/ /);
  }
  // The glued phrases of old: "since effective …", "seit um den …", "自…至…起".
  expect(text).not.toMatch(/since (effective|announced|around around)|seit (um|gültig|bekannt)|自.*至.*起/);
}

describe('whenSentence: every precision × kind × language', () => {
  for (const locale of LOCALES)
    for (const precision of PRECISIONS)
      for (const kind of KINDS)
        it(`${locale} ${precision} ${kind}`, () => {
          fc.assert(
            fc.property(datedArb(precision), (d) => {
              const text = whenSentence({ ...d, kind }, STRINGS[locale]);
              plainChecks(text, locale);
              expect(text).toMatch(SENTENCE_END[locale]);
              // A sentence starts with a capital (or, in Chinese, with no Latin letter at all).
              if (locale !== 'zh-Hant') expect(text).toMatch(/^\p{Lu}/u);
              for (const part of mustHold(d, locale, false, kind)) expect(text).toContain(part);
              // The template was picked by kind: its own words, not another kind's.
              const shape = kind !== 'effective' && shapeOf(d) === 'exactTime' ? 'exact' : shapeOf(d);
              const templates: Record<string, string> = STRINGS[locale].when[kind];
              for (const words of templates[shape]!.split(/\{\w+\}/))
                if (words) expect(text).toContain(words);
            }),
            { numRuns: 60 },
          );
        });
});

describe('sincePhrase: every precision × language', () => {
  for (const locale of LOCALES)
    for (const precision of PRECISIONS)
      it(`${locale} ${precision}`, () => {
        fc.assert(
          fc.property(datedArb(precision), (d) => {
            const text = sincePhrase(d, STRINGS[locale]);
            plainChecks(text, locale);
            // It follows the status name, so it is no sentence of its own.
            if (locale !== 'zh-Hant') expect(text).toMatch(/^\p{Ll}/u);
            expect(text).not.toMatch(/[.。]$/);
            for (const part of mustHold(d, locale, true)) expect(text).toContain(part);
          }),
          { numRuns: 60 },
        );
      });
});

describe('shapeOf', () => {
  it('lets a range win over "approximate" and gives the hour only on an exact day', () => {
    expect(shapeOf({ date: '2020-07-09', dateEnd: '2020-07-10', precision: 'approximate' })).toBe('range');
    expect(shapeOf({ date: '2020-07-09', time: '23:00', precision: 'approximate' })).toBe('approximate');
    expect(shapeOf({ date: '2020-07-09', time: '23:00', precision: 'exact' })).toBe('exactTime');
    expect(shapeOf({ date: '2020-07-09', dateEnd: '2020-07-10', precision: 'month' })).toBe('month');
  });

  it('writes sample sentences a desk would print, by hand', () => {
    const d: Dated = { date: '2021-12-01', precision: 'month' };
    expect(whenSentence({ ...d, kind: 'effective' }, STRINGS.en)).toBe('Took effect in December 2021.');
    expect(whenSentence({ ...d, kind: 'announced' }, STRINGS.de)).toBe('Bekannt gegeben im Dezember 2021.');
    expect(whenSentence({ ...d, kind: 'reported' }, STRINGS['zh-Hant'])).toBe('於2021年12月見報。');
    expect(sincePhrase(d, STRINGS.de)).toBe('seit Dezember 2021');
    const y: Dated = { date: '2014-01-01', precision: 'year' };
    expect(sincePhrase(y, STRINGS.en)).toBe('since 2014');
    expect(sincePhrase(y, STRINGS['zh-Hant'])).toBe('自2014年起');
    const t: Dated = { date: '2020-06-30', precision: 'exact', time: '23:00' };
    expect(sincePhrase(t, STRINGS.de)).toBe('seit dem 30. Juni 2020');
    expect(whenSentence({ ...t, kind: 'effective' }, STRINGS.en)).toBe(
      'Took effect on 30 June 2020 at 23:00 Hong Kong time.',
    );
    expect(whenSentence({ ...t, kind: 'announced' }, STRINGS.en)).toBe('Announced on 30 June 2020.');
  });
});
