/**
 * The editorial lint: what a desk checks by hand, done mechanically over the
 * dataset and the strings files. Runs in `npm run validate:data` after the
 * schema check; each problem names file, path and what is wrong.
 *
 * - one term per status per language: a text that opens with a status word
 *   uses that status's own name, and known stand-ins ("Service available",
 *   "服務正常", 請求 for requests) appear nowhere;
 * - Traditional Chinese prose uses full-width punctuation;
 * - a source on a known mirror or reprint host says "copy" in its publisher;
 * - source URLs are canonical: no shorteners, AMP, CDN or mobile hosts, no
 *   tracking parameters;
 * - every language version of a text holds the same numbers (days, years,
 *   counts), so a date or figure cannot change in one language only.
 */
import type { Dataset, Locale, LocalizedText, Source, Status } from './schema';
import { LOCALES, STATUSES } from './schema';
import { STRINGS, type Strings } from '../i18n/index';

export interface LintProblem {
  file: string;
  path: string;
  message: string;
}

/** Words that stood in for a status name; each language must use the name itself. */
export const STATUS_STAND_INS: Record<Locale, Partial<Record<Status, string[]>>> = {
  en: { operational: ['Available', 'Service available', 'App available', 'Operating', 'Operates'] },
  de: { operational: ['Verfügbar', 'Dienst verfügbar', 'App verfügbar'], paused: ['Anfragen pausiert'] },
  'zh-Hant': {
    operational: ['服務正常', '服務運作', '可供使用', '服務可用'],
    paused: ['暫停處理請求', '暫停回應'],
  },
};

/** Terms a language does not use anywhere, with the one it uses instead. */
export const BANNED_TERMS: Record<Locale, [string, string][]> = {
  en: [],
  de: [
    ['Bytedance', 'ByteDance'],
    ['Staatssicherheit', 'nationale Sicherheit'],
  ],
  'zh-Hant': [['請求', '要求']],
};

/** Hosts that only copy other publishers' articles. */
export const MIRROR_HOSTS = [
  'avpnews.in',
  'ascf.us',
  'websitepulse.com',
  'londondaily.com',
  'saudipress.com',
  'onenewspage.com',
  'chinastrategy.org',
  'osnews.com',
  'globalsmtasia.com',
  'business-humanrights.org',
  'kimt.com',
  'stylekandi.com',
  'todaychina.cc',
  'savedelete.com',
];

/** Link shorteners: a reader cannot see where they lead. */
export const SHORTENER_HOSTS = [
  'wapo.st',
  'bit.ly',
  't.co',
  'goo.gl',
  'tinyurl.com',
  'ow.ly',
  'buff.ly',
  'reut.rs',
  'trib.al',
  'dlvr.it',
  'nyti.ms',
  'on.wsj.com',
  'bbc.in',
];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

function onHost(host: string, list: string[]): string | undefined {
  return list.find((h) => host === h || host.endsWith(`.${h}`));
}

/** Why a URL is not the publisher's canonical address, or undefined. */
export function nonCanonical(url: string): string | undefined {
  const host = hostOf(url);
  const shortener = onHost(host, SHORTENER_HOSTS);
  if (shortener) return `is a shortened link (${shortener}); cite the article's own URL`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  const path = parsed.pathname.toLowerCase();
  if (
    /^amp\./.test(host) ||
    /(^|\/)amp(\/|$)/.test(path) ||
    parsed.searchParams.has('amp') ||
    host.includes('ampproject')
  )
    return 'is an AMP page; cite the article itself';
  if (/^(m|mobile|mcdn)\./.test(host) || /(^|\.)cdn\d*\./.test(host) || host.startsWith('cdn'))
    return `is a mobile or CDN host (${host}); cite the publisher's main site`;
  const tracking = [...parsed.searchParams.keys()].find((k) => /^(utm_\w+|ref|fbclid|gclid)$/.test(k));
  if (tracking) return `carries a tracking parameter (${tracking}); drop it`;
  return undefined;
}

/** ASCII punctuation that Traditional Chinese prose writes full-width. A dot inside a name (HistoryofInformation.com) or number (2.5) is kept. */
export function asciiPunctuation(text: string): string | undefined {
  const stripped = text.replace(/\{\w+\}/g, '');
  const hit = /[,:;!?()"]|(?<![A-Za-z0-9])\.|\.(?![A-Za-z0-9])/.exec(stripped);
  return hit ? hit[0] : undefined;
}

/**
 * The numbers a text holds, in a form every language shares: month names
 * become their numbers, "11pm" and "晚上11時" become 23, thousands
 * separators go. Sorted, so order within the sentence does not matter.
 */
export function numbersIn(text: string, locale: Locale): number[] {
  let t = text;
  // Chinese writes months as numbers already.
  const months = locale === 'zh-Hant' ? [] : STRINGS[locale].months;
  months.forEach((name, i) => {
    t = t.replace(new RegExp(`(?<![A-Za-zÄÖÜäöüß])${name}(?![A-Za-zäöüß])`, 'g'), ` ${i + 1} `);
  });
  if (locale === 'en') t = t.replace(/\b(\d{1,2})\s?pm\b/gi, (_, h: string) => ` ${Number(h) + 12} `);
  if (locale === 'zh-Hant')
    t = t.replace(/(?:晚上|下午)(\d{1,2})時/g, (_, h: string) => ` ${Number(h) + 12} `);
  t = t.replace(/(\d)[,.'’](\d{3})(?!\d)/g, '$1$2');
  return (t.match(/\d+/g) ?? []).map(Number).sort((a, b) => a - b);
}

function* localizedTexts(data: Dataset): Generator<[string, LocalizedText]> {
  for (const [i, b] of data.baselines.entries()) yield [`baselines[${i}].text`, b.text];
  for (const [i, e] of data.events.entries()) yield [`events[${i}].text`, e.text];
  for (const [i, f] of data.figures.entries()) yield [`figures[${i}].text`, f.text];
  for (const [i, n] of data.notes.entries()) yield [`notes[${i}].text`, n.text];
}

function* sources(data: Dataset): Generator<[string, Source]> {
  for (const [i, b] of data.baselines.entries())
    for (const [j, s] of b.sources.entries()) yield [`baselines[${i}].sources[${j}]`, s];
  for (const [i, e] of data.events.entries())
    for (const [j, s] of e.sources.entries()) yield [`events[${i}].sources[${j}]`, s];
  for (const [i, f] of data.figures.entries())
    for (const [j, s] of f.sources.entries()) yield [`figures[${i}].sources[${j}]`, s];
}

/** Every string of a strings file with its key path; date formats and month names are not prose. */
function* stringEntries(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') {
    yield [path, value];
    return;
  }
  if (Array.isArray(value) || value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if (/^(months|monthsShort|dateFormat|shortDateFormat|monthFormat)$/.test(k)) continue;
    yield* stringEntries(v, path ? `${path}.${k}` : k);
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function startsWithTerm(text: string, term: string): boolean {
  return new RegExp(`^${escape(term)}(?![\\p{L}\\p{N}])`, 'iu').test(text.trim());
}

function containsTerm(text: string, term: string, locale: Locale): boolean {
  if (locale === 'zh-Hant') return text.includes(term);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

export interface LintInput {
  data: Dataset;
  dataFile: string;
  strings: Record<Locale, Strings>;
  stringsFile: (locale: Locale) => string;
}

export function lintEditorial({ data, dataFile, strings, stringsFile }: LintInput): LintProblem[] {
  const problems: LintProblem[] = [];
  const add = (file: string, path: string, message: string) => problems.push({ file, path, message });

  // Terms: stand-ins for status names, and banned words, in data and strings.
  const checkTerms = (file: string, path: string, text: string, locale: Locale, status?: Status) => {
    for (const s of STATUSES) {
      for (const stand of STATUS_STAND_INS[locale][s] ?? []) {
        const multiword = stand.includes(' ') || locale === 'zh-Hant';
        if (startsWithTerm(text, stand) || (multiword && containsTerm(text, stand, locale)))
          add(file, path, `uses "${stand}" for the status ${s}; write "${strings[locale].status[s]}"`);
      }
    }
    if (status) {
      // A text that opens with another status's name contradicts its own status.
      for (const s of STATUSES)
        if (s !== status && startsWithTerm(text, strings[locale].status[s]))
          add(file, path, `opens with the status "${strings[locale].status[s]}" but its status is ${status}`);
    }
    for (const [banned, instead] of BANNED_TERMS[locale])
      if (containsTerm(text, banned, locale)) add(file, path, `uses "${banned}"; write "${instead}"`);
    if (locale === 'zh-Hant') {
      const p = asciiPunctuation(text);
      if (p) add(file, path, `has the ASCII punctuation "${p}" in Chinese prose; use the full-width form`);
    }
  };

  for (const [path, text] of localizedTexts(data)) {
    const baseline = /^baselines\[(\d+)\]/.exec(path);
    const status = baseline ? data.baselines[Number(baseline[1])]?.status : undefined;
    for (const locale of LOCALES) checkTerms(dataFile, `${path}.${locale}`, text[locale], locale, status);
    const reference = numbersIn(text.en, 'en').join(' ');
    for (const locale of LOCALES) {
      const got = numbersIn(text[locale], locale).join(' ');
      if (got !== reference)
        add(dataFile, `${path}.${locale}`, `holds the numbers [${got}] where en holds [${reference}]`);
    }
  }
  for (const locale of LOCALES)
    for (const [path, text] of stringEntries(strings[locale]))
      checkTerms(stringsFile(locale), path, text, locale);

  // Sources: mirrors labelled as copies, canonical URLs.
  for (const [path, source] of sources(data)) {
    const mirror = onHost(hostOf(source.url), MIRROR_HOSTS);
    if (mirror && !/\bcopy\b/i.test(source.publisher))
      add(
        dataFile,
        `${path}.publisher`,
        `cites ${mirror}, which copies other publishers; say "copy" and name the original`,
      );
    const why = nonCanonical(source.url);
    if (why) add(dataFile, `${path}.url`, why);
  }
  return problems;
}
