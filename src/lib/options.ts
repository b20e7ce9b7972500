/**
 * Reading the embed options of the contract. Pure: takes plain strings
 * (attributes or mount() options), returns clean values plus warnings for
 * anything invalid, which falls back to its default.
 */
import { type Locale } from './data/schema';
import { isIsoDay } from './data/schema';
import { resolveLocale } from './i18n/index';

export type Theme = 'light' | 'dark' | 'auto';

export interface RawOptions {
  lang?: string | null;
  provider?: string | null;
  date?: string | null;
  autoplay?: string | boolean | null;
  theme?: string | null;
  src?: string | null;
  /** Extension: `false`/`off` hides the widget's own headline and intro. */
  headline?: string | boolean | null;
  /** Extension: comma-separated provider ids to show, in that order. */
  providers?: string | null;
}

export interface Options {
  lang: Locale;
  provider: string;
  date?: string;
  autoplay: boolean;
  theme: Theme;
  src?: string;
  headline: boolean;
  providers: string[];
}

export interface Parsed {
  options: Options;
  warnings: string[];
}

function flag(value: string | boolean | null | undefined, fallback: boolean): boolean | undefined {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'true' || v === 'on' || v === 'yes' || v === '1') return true;
  if (v === 'false' || v === 'off' || v === 'no' || v === '0') return false;
  return undefined;
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
    warnings.push(`hk-data-pause: invalid ${name} "${String(value)}", using the default`);

  let providers = [...providerIds];
  if (raw.providers) {
    const wanted = raw.providers
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const known = wanted.filter((id) => providerIds.includes(id));
    if (known.length === wanted.length && known.length > 0) providers = known;
    else warn('providers', raw.providers);
  }

  let lang: Locale = resolveLocale(pageLang) ?? 'en';
  if (raw.lang) {
    const exact = resolveLocale(raw.lang);
    if (exact) lang = exact;
    else warn('lang', raw.lang);
  }

  let provider = providers[0] ?? '';
  if (raw.provider) {
    if (providers.includes(raw.provider)) provider = raw.provider;
    else warn('provider', raw.provider);
  }

  let date: string | undefined;
  if (raw.date) {
    if (isIsoDay(raw.date)) date = raw.date;
    else warn('date', raw.date);
  }

  const autoplay = flag(raw.autoplay, false);
  if (autoplay === undefined) warn('autoplay', raw.autoplay);

  const headline = flag(raw.headline, true);
  if (headline === undefined) warn('headline', raw.headline);

  let theme: Theme = 'auto';
  if (raw.theme) {
    if (raw.theme === 'light' || raw.theme === 'dark' || raw.theme === 'auto') theme = raw.theme;
    else warn('theme', raw.theme);
  }

  let src: string | undefined;
  if (raw.src) src = raw.src;

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
