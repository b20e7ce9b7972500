import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

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

  it('limits and orders the providers shown', () => {
    const { options } = parseOptions({ providers: 'zoom, google' }, IDS);
    expect(options.providers).toEqual(['zoom', 'google']);
    expect(options.provider).toBe('zoom');
    const bad = parseOptions({ providers: 'zoom,nope' }, IDS);
    expect(bad.options.providers).toEqual(IDS);
    expect(bad.warnings).toHaveLength(1);
  });
});
