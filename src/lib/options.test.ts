import { describe, expect, it } from 'vitest';
import { onlyLanguage, parseOptions, publishedUrl, unknownOptions } from './options';

const IDS = ['facebook', 'google', 'zoom'];

describe('parseOptions', () => {
  it('gives the contract defaults', () => {
    const { options, warnings } = parseOptions({}, IDS);
    expect(options).toMatchObject({
      lang: 'en',
      provider: 'facebook',
      autoplay: false,
      theme: 'auto',
      headline: true,
    });
    expect(options.date).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('keeps a per-language script in its own language, warning once for another', () => {
    const parse = (raw: Record<string, unknown>, page: string | null, only: 'de' | 'zh-Hant') => {
      const fixed = onlyLanguage(raw, only);
      const parsed = parseOptions(fixed.raw, IDS, page);
      return {
        lang: parsed.options.lang,
        warnings: [...(fixed.warning ? [fixed.warning] : []), ...parsed.warnings],
      };
    };
    expect(parse({}, 'zh-HK', 'de')).toEqual({ lang: 'de', warnings: [] });
    expect(parse({ lang: 'de' }, 'en', 'de')).toEqual({ lang: 'de', warnings: [] });
    expect(parse({ lang: 'DE' }, 'en', 'de')).toEqual({ lang: 'de', warnings: [] });
    expect(parse({ lang: '' }, 'en', 'de')).toEqual({ lang: 'de', warnings: [] });
    for (const lang of ['en', 'fr', 42]) {
      const { lang: got, warnings } = parse({ lang }, null, 'zh-Hant');
      expect(got).toBe('zh-Hant');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(new RegExp(`lang "${lang}".*only in zh-Hant`));
    }
  });

  it('takes the language from the page when none is set', () => {
    expect(parseOptions({}, IDS, 'de-CH').options.lang).toBe('de');
    expect(parseOptions({}, IDS, 'zh-HK').options.lang).toBe('zh-Hant');
    expect(parseOptions({ lang: 'en' }, IDS, 'de').options.lang).toBe('en');
  });

  it('reads valid values', () => {
    const { options } = parseOptions(
      { lang: 'zh-Hant', provider: 'zoom', date: '2020-07-07', autoplay: '', theme: 'dark' },
      IDS,
    );
    expect(options).toMatchObject({
      lang: 'zh-Hant',
      provider: 'zoom',
      date: '2020-07-07',
      autoplay: true,
      theme: 'dark',
    });
  });

  it('falls back and warns once per invalid option, naming option and value', () => {
    const { options, warnings } = parseOptions(
      { lang: 'fr', provider: 'myspace', date: '2020-13-01', autoplay: 'maybe', theme: 'neon' },
      IDS,
    );
    expect(options).toMatchObject({ lang: 'en', provider: 'facebook', autoplay: false, theme: 'auto' });
    expect(options.date).toBeUndefined();
    expect(warnings).toHaveLength(5);
    expect(warnings.join('\n')).toMatch(/lang "fr"/);
    expect(warnings.join('\n')).toMatch(/provider "myspace"/);
    expect(warnings.join('\n')).toMatch(/date "2020-13-01"/);
    expect(warnings.join('\n')).toMatch(/theme "neon"/);
  });

  it("falls back to the page's language, not to English, when `lang` is invalid", () => {
    for (const [page, expected] of [
      ['de-CH', 'de'],
      ['zh-HK', 'zh-Hant'],
      ['en-GB', 'en'],
    ] as const) {
      const { options, warnings } = parseOptions({ lang: 'fr' }, IDS, page);
      expect(options.lang, `page ${page}`).toBe(expected);
      expect(warnings).toEqual(['hk-data-pause: invalid lang "fr", using the default']);
    }
    // A page language the widget does not speak leaves English, the last resort.
    expect(parseOptions({ lang: 'xx' }, IDS, 'fr').options.lang).toBe('en');
    expect(parseOptions({ lang: 'de' }, IDS, 'fr').warnings).toEqual([]);
  });

  it('limits and orders the providers shown', () => {
    const { options } = parseOptions({ providers: 'zoom, google' }, IDS);
    expect(options.providers).toEqual(['zoom', 'google']);
    expect(options.provider).toBe('zoom');
    const bad = parseOptions({ providers: 'zoom,nope' }, IDS);
    expect(bad.options.providers).toEqual(IDS);
    expect(bad.warnings).toHaveLength(1);
  });

  it('takes booleans for flags and warns on anything else, naming option and value', () => {
    expect(parseOptions({ autoplay: true, headline: false }, IDS).options).toMatchObject({
      autoplay: true,
      headline: false,
    });
    expect(parseOptions({ headline: 'off', autoplay: 'on' }, IDS).options).toMatchObject({
      autoplay: true,
      headline: false,
    });
    const { options, warnings } = parseOptions({ autoplay: 1, headline: 'nope' }, IDS);
    expect(options).toMatchObject({ autoplay: false, headline: true });
    expect(warnings).toEqual([
      'hk-data-pause: invalid autoplay "1", using the default',
      'hk-data-pause: invalid headline "nope", using the default',
    ]);
  });

  it('never throws on values of the wrong type, and warns once for each', () => {
    const weird = {
      lang: 42,
      provider: { id: 'zoom' },
      date: 20200707,
      theme: ['dark'],
      src: 7,
      providers: () => 'zoom',
      autoplay: Symbol('x'),
      headline: Object.create(null),
    };
    const { options, warnings } = parseOptions(weird, IDS);
    expect(options).toMatchObject({
      lang: 'en',
      provider: 'facebook',
      theme: 'auto',
      autoplay: false,
      headline: true,
      providers: IDS,
    });
    expect(options.date).toBeUndefined();
    expect(options.src).toBeUndefined();
    expect(warnings).toHaveLength(8);
    expect(warnings.join('\n')).toMatch(/lang "42"/);
    expect(warnings.join('\n')).toMatch(/provider "\{"id":"zoom"\}"/);
    expect(warnings.join('\n')).toMatch(/date "20200707"/);
  });

  it('treats null, undefined and empty strings as unset, without warnings', () => {
    const all = { lang: null, provider: undefined, date: '', theme: null, src: '', providers: '' };
    const { options, warnings } = parseOptions(all, IDS, 'de');
    expect(options).toMatchObject({ lang: 'de', provider: 'facebook', theme: 'auto' });
    expect(warnings).toEqual([]);
  });

  it('ignores options that only a polluted prototype supplies', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.provider = 'zoom';
    try {
      expect(parseOptions({}, IDS).options.provider).toBe('facebook');
    } finally {
      delete proto.provider;
    }
  });

  it('names unknown mount() keys', () => {
    expect(unknownOptions({ provder: 'zoom', lang: 'de' })).toEqual(['provder']);
  });

  it('resolves published files against the script, else the page', () => {
    expect(
      publishedUrl('hk-data-pause.json', 'https://cdn.example/g/hk-data-pause.js', 'https://news.example/a'),
    ).toBe('https://cdn.example/g/hk-data-pause.json');
    expect(publishedUrl('hk-data-pause.csv', undefined, 'https://news.example/a/b')).toBe(
      'https://news.example/a/hk-data-pause.csv',
    );
  });
});
