import { describe, expect, it } from 'vitest';
import data from '../../../data/dataset.json';
import type { Dataset } from '../data/schema';
import { STRINGS } from '../i18n/index';
import { regionDetail } from './detail';
import { createTimeline } from './model';

const timeline = createTimeline(data as Dataset);

describe('regionDetail', () => {
  it('tells since when a change holds, with its nuance and sources', () => {
    const d = regionDetail(timeline, STRINGS.en, 'en', 'google', 'hong-kong', '2020-07-10');
    expect(d.status).toBe('paused');
    expect(d.since).toBe('since around 30 June 2020');
    expect(d.sources.length).toBeGreaterThan(0);
    for (const s of d.sources) expect(s.url).toMatch(/^https:\/\//);
  });

  it('gives the US and Hong Kong days for Microsoft', () => {
    const d = regionDetail(timeline, STRINGS.de, 'de', 'microsoft', 'hong-kong', '2020-07-08');
    expect(d.since).toBe('seit dem 8. Juli 2020');
  });

  it('falls back to the baseline before any change', () => {
    const d = regionDetail(timeline, STRINGS.en, 'en', 'facebook', 'mainland', '2020-07-10');
    expect(d.status).toBe('blocked');
    expect(d.since).toBe('since 7 July 2009');
    const hk = regionDetail(timeline, STRINGS.en, 'en', 'zoom', 'hong-kong', '2020-07-01');
    expect(hk.status).toBe('operational');
    expect(hk.text.length).toBeGreaterThan(0);
  });

  it('keeps a baseline’s precision: month and "around"', () => {
    const at = (p: string, locale: 'en' | 'de' | 'zh-Hant') =>
      regionDetail(timeline, STRINGS[locale], locale, p, 'mainland', '2020-07-10').since;
    expect(at('whatsapp', 'en')).toBe('since September 2017');
    expect(at('google', 'en')).toBe('since around 30 May 2014');
    expect(at('google', 'de')).toBe('ungefähr seit dem 30. Mai 2014');
    expect(at('google', 'zh-Hant')).toBe('約自2014年5月30日起');
    expect(at('linkedin', 'de')).toBe('seit Februar 2014');
  });

  it('gives the latest day of a range', () => {
    const d = regionDetail(timeline, STRINGS['zh-Hant'], 'zh-Hant', 'tiktok', 'hong-kong', '2020-07-12');
    expect(d.since).toBe('最遲自2020年7月10日起');
    expect(regionDetail(timeline, STRINGS.en, 'en', 'tiktok', 'hong-kong', '2020-07-12').since).toBe(
      'since 10 July 2020 at the latest',
    );
  });
});
