/**
 * Reading the embed options of the contract. Pure: takes plain strings
 * (attributes or mount() options), returns clean values plus warnings for
 * anything invalid, which falls back to its default.
 */
import { type Locale } from './data/schema';
import { isIsoDay } from './data/schema';
import { resolveLocale } from './i18n/index';

export type Theme = 'light' | 'dark' | 'auto';

import { OPTION_NAMES } from './option-names';

export { OPTION_NAMES };
export type OptionName = (typeof OPTION_NAMES)[number];

/**
 * The editor's values. Attributes give strings; mount() callers may pass
 * anything at all (numbers, objects, null), which must warn, not throw.
 * `headline`: `false`/`off` hides the widget's own headline and intro.
 * `providers`: comma-separated provider ids to show, in that order.
 */
export type RawOptions = { [K in OptionName]?: unknown };

export interface Options {
  lang: Locale;
  provider: string;
  date?: string;
  autoplay: boolean;
  theme: Theme;
  src?: string;
  headline: boolean;
  providers: string[];
  /**
   * The embed script's own URL (not an editor option): links to the
   * published data resolve against it, see `publishedUrl`.
   */
  scriptBase?: string;
}

export interface Parsed {
  options: Options;
  warnings: string[];
}

function flag(value: unknown, fallback: boolean): boolean | undefined {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'true' || v === 'on' || v === 'yes' || v === '1') return true;
  if (v === 'false' || v === 'off' || v === 'no' || v === '0') return false;
  return undefined;
}

/** Own properties only: a polluted Object.prototype must not supply options. */
function own(raw: RawOptions, name: OptionName): unknown {
  return Object.prototype.hasOwnProperty.call(raw, name) ? raw[name] : undefined;
}

/** A value as a warning shows it: objects as JSON where possible, never throwing. */
export function show(value: unknown): string {
  try {
    if (typeof value === 'object' && value !== null) return JSON.stringify(value) ?? String(value);
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * The keys of a mount() options object that are not options, for one
 * warning each (a typo such as `provder` would otherwise pass unnoticed).
 */
export function unknownOptions(raw: object): string[] {
  return Object.keys(raw).filter((k) => !(OPTION_NAMES as readonly string[]).includes(k));
}

/**
 * Where a file published next to the script lives (e.g. `hk-data-pause.json`):
 * resolved against the script's own URL, so dist/ works wherever it is served.
 */
export function publishedUrl(file: string, scriptBase: string | undefined, pageBase: string): string {
  try {
    return new URL(file, scriptBase || pageBase).href;
  } catch {
    return file;
  }
}

/**
 * A per-language script (`hk-data-pause.de.js`) is always in its own
 * language: the `lang` given is replaced by it, with one warning when it
 * named another (or an invalid) language. Called only in those scripts, so
 * the universal one does not carry it.
 */
export function onlyLanguage(raw: RawOptions, only: Locale): { raw: RawOptions; warning?: string } {
  const given = own(raw, 'lang');
  const named = given === undefined || given === null || given === '' ? undefined : given;
  const warning =
    named !== undefined && (typeof named !== 'string' || resolveLocale(named) !== only)
      ? `hk-data-pause: invalid lang "${show(named)}", this script is only in ${only}`
      : undefined;
  return { raw: { ...raw, lang: only }, warning };
}

/**
 * @param raw the editor's values
 * @param providerIds the dataset's providers, in order
 * @param pageLang the nearest `lang` up the host page, for the default language
 */
export function parseOptions(
  raw: RawOptions,
  providerIds: readonly string[],
  pageLang?: string | null,
): Parsed {
  const warnings: string[] = [];
  const warn = (name: string, value: unknown) =>
    warnings.push(`hk-data-pause: invalid ${name} "${show(value)}", using the default`);
  /**
   * A string option's value, or undefined when it is unset or empty (the
   * default applies silently). Anything that is not a string warns once.
   */
  const text = (name: OptionName): string | undefined => {
    const value = own(raw, name);
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string') return value;
    warn(name, value);
    return undefined;
  };

  let providers = [...providerIds];
  const rawProviders = text('providers');
  if (rawProviders) {
    const wanted = rawProviders
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const known = wanted.filter((id) => providerIds.includes(id));
    if (known.length === wanted.length && known.length > 0) providers = known;
    else warn('providers', rawProviders);
  }

  let lang: Locale = resolveLocale(typeof pageLang === 'string' ? pageLang : null) ?? 'en';
  const rawLang = text('lang');
  if (rawLang) {
    const exact = resolveLocale(rawLang);
    if (exact) lang = exact;
    else warn('lang', rawLang);
  }

  let provider = providers[0] ?? '';
  const rawProvider = text('provider');
  if (rawProvider) {
    if (providers.includes(rawProvider)) provider = rawProvider;
    else warn('provider', rawProvider);
  }

  let date: string | undefined;
  const rawDate = text('date');
  if (rawDate) {
    if (isIsoDay(rawDate.trim())) date = rawDate.trim();
    else warn('date', rawDate);
  }

  const autoplay = flag(own(raw, 'autoplay'), false);
  if (autoplay === undefined) warn('autoplay', own(raw, 'autoplay'));

  const headline = flag(own(raw, 'headline'), true);
  if (headline === undefined) warn('headline', own(raw, 'headline'));

  let theme: Theme = 'auto';
  const rawTheme = text('theme');
  if (rawTheme) {
    if (rawTheme === 'light' || rawTheme === 'dark' || rawTheme === 'auto') theme = rawTheme;
    else warn('theme', rawTheme);
  }

  // Any string: it is resolved against the page and checked by fetch and the schema when loaded.
  const src = text('src')?.trim() || undefined;

  return {
    options: {
      lang,
      provider,
      date,
      autoplay: autoplay ?? false,
      theme,
      src,
      headline: headline ?? true,
      providers,
    },
    warnings,
  };
}
