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
    expect(d.since).toBe('since effective 30 June 2020, announced 6 July 2020');
    expect(d.sources.length).toBeGreaterThan(0);
    for (const s of d.sources) expect(s.url).toMatch(/^https:\/\//);
  });

  it('gives the US and Hong Kong days for Microsoft', () => {
    const d = regionDetail(timeline, STRINGS.de, 'de', 'microsoft', 'hong-kong', '2020-07-08');
    expect(d.since).toContain('7. Juli 2020 US-Zeit, 8. Juli 2020 in Hongkong');
  });

  it('falls back to the baseline before any change', () => {
    const d = regionDetail(timeline, STRINGS.en, 'en', 'facebook', 'mainland', '2020-07-10');
    expect(d.status).toBe('blocked');
    expect(d.since).toMatch(/^since .*2009$/);
    const hk = regionDetail(timeline, STRINGS.en, 'en', 'zoom', 'hong-kong', '2020-07-01');
    expect(hk.status).toBe('operational');
    expect(hk.text.length).toBeGreaterThan(0);
  });
});
