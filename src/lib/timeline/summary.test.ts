import { describe, expect, it } from 'vitest';
import raw from '../../../data/dataset.json';
import { LOCALES, type Dataset, type TimelineEvent } from '../data/schema';
import { formatProblems, validateDataset } from '../data/validate';
import { STRINGS } from '../i18n/index';
import { createTimeline } from './model';
import { summarize, valueText, whenText } from './summary';

const result = validateDataset(raw);
if (!result.ok) throw new Error(formatProblems('data/dataset.json', result.problems));
const data: Dataset = result.data;
const timeline = createTimeline(data);
const { de, en } = STRINGS;
const zh = STRINGS['zh-Hant'];

function provider(id: string): { id: string; name: string } {
  const found = data.providers.find((p) => p.id === id);
  if (!found) throw new Error(`no provider ${id}`);
  return found;
}

function event(id: string): TimelineEvent {
  const found = data.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

describe('summarize', () => {
  it('says where Google stands before and after the law, in English', () => {
    expect(summarize(timeline, en, provider('google'), '2020-06-29')).toBe(
      '29 June 2020: Google is blocked in mainland China and operational in Hong Kong.',
    );
    expect(summarize(timeline, en, provider('google'), '2020-06-30')).toBe(
      '30 June 2020: Google is blocked in mainland China and requests paused in Hong Kong.',
    );
  });

  it('writes German', () => {
    expect(summarize(timeline, de, provider('microsoft'), '2020-07-07')).toBe(
      '7. Juli 2020: Microsoft ist in Festlandchina in Betrieb und in Hongkong in Betrieb.',
    );
    expect(summarize(timeline, de, provider('microsoft'), '2020-07-08')).toBe(
      '8. Juli 2020: Microsoft ist in Festlandchina in Betrieb und in Hongkong Anfragen ausgesetzt.',
    );
  });

  it('writes Traditional Chinese', () => {
    expect(summarize(timeline, zh, provider('tiktok'), '2020-07-09')).toBe(
      '2020年7月9日：TikTok在中國內地未有提供，在香港未有提供。',
    );
    expect(summarize(timeline, zh, provider('telegram'), '2020-07-05')).toBe(
      '2020年7月5日：Telegram在中國內地被封鎖，在香港暫停處理請求。',
    );
  });

  it('follows the status day by day (Telegram, 4 and 5 July)', () => {
    expect(summarize(timeline, en, provider('telegram'), '2020-07-04')).toContain('operational in Hong Kong');
    expect(summarize(timeline, en, provider('telegram'), '2020-07-05')).toContain(
      'requests paused in Hong Kong',
    );
  });

  it('leaves no placeholder unfilled in any language, for any provider', () => {
    for (const locale of LOCALES)
      for (const p of data.providers) {
        const text = summarize(timeline, STRINGS[locale], p, timeline.last);
        expect(text).not.toMatch(/[{}]/);
        expect(text).toContain(p.name);
      }
  });
});

describe('valueText', () => {
  it('is the date alone on a day without events', () => {
    expect(valueText(timeline, en, 'en', '2020-07-01')).toBe('1 July 2020');
    expect(valueText(timeline, de, 'de', '2020-07-01')).toBe('1. Juli 2020');
    expect(valueText(timeline, zh, 'zh-Hant', '2020-07-01')).toBe('2020年7月1日');
  });

  it('begins with the date and then reads the day’s events in order, in the language asked for', () => {
    const day = '2020-07-06';
    const ids = ['whatsapp-hk-paused', 'facebook-hk-paused', 'apple-hk-assessing'];
    for (const [locale, date] of [
      ['en', '6 July 2020'],
      ['de', '6. Juli 2020'],
      ['zh-Hant', '2020年7月6日'],
    ] as const) {
      const text = valueText(timeline, STRINGS[locale], locale, day);
      expect(text.startsWith(`${date}: `)).toBe(true);
      expect(text).toBe(`${date}: ${ids.map((id) => event(id).text[locale]).join(' ')}`);
    }
  });
});

describe('whenText', () => {
  it('gives effective and announced days for Google and Twitter', () => {
    for (const id of ['google-hk-paused', 'twitter-hk-paused']) {
      expect(whenText(event(id), en)).toBe('effective 30 June 2020, announced 6 July 2020');
      expect(whenText(event(id), de)).toBe('gültig ab 30. Juni 2020, bekannt gegeben am 6. Juli 2020');
      expect(whenText(event(id), zh)).toBe('2020年6月30日起生效，2020年7月6日公布');
    }
  });

  it('gives US and Hong Kong days for Microsoft and Zoom', () => {
    for (const id of ['microsoft-hk-paused', 'zoom-hk-paused']) {
      expect(whenText(event(id), en)).toBe('7 July 2020 US time, 8 July 2020 in Hong Kong');
      expect(whenText(event(id), de)).toBe('7. Juli 2020 US-Zeit, 8. Juli 2020 in Hongkong');
      expect(whenText(event(id), zh)).toBe('美國時間2020年7月7日，香港時間2020年7月8日');
    }
  });

  it('gives the range of days in which TikTok left Hong Kong', () => {
    const e = event('tiktok-hk-withdrawn');
    expect(whenText(e, en)).toBe('9 July 2020 to 10 July 2020');
    expect(whenText(e, de)).toBe('9. Juli 2020 bis 10. Juli 2020');
    expect(whenText(e, zh)).toBe('2020年7月9日至2020年7月10日');
  });

  it('marks an approximate day, also beside a US day', () => {
    expect(whenText(event('linkedin-hk-paused'), en)).toBe('around 7 July 2020');
    expect(whenText(event('linkedin-hk-paused'), de)).toBe('um den 7. Juli 2020');
    expect(whenText(event('linkedin-hk-paused'), zh)).toBe('約2020年7月7日');
    expect(whenText(event('tiktok-hk-exit-announced'), en)).toBe(
      '6 July 2020 US time, around 7 July 2020 in Hong Kong',
    );
  });

  it('gives only the month where only the month is known', () => {
    const e = event('apple-hk-icloud-us');
    expect(e.precision).toBe('month');
    expect(whenText(e, en)).toBe('September 2020');
    expect(whenText(e, de)).toBe('September 2020');
    expect(whenText(e, zh)).toBe('2020年9月');
    expect(whenText(event('linkedin-mainland-incareer'), de)).toBe('Dezember 2021');
  });

  it('gives a plain day, and the hour where it is known', () => {
    expect(whenText(event('telegram-hk-paused'), en)).toBe('5 July 2020');
    expect(whenText(event('law-in-force'), en)).toBe('30 June 2020, 23:00 HKT');
    expect(whenText(event('law-in-force'), zh)).toMatch(/^2020年6月30日.*23:00/);
  });

  it('handles the cases the dataset does not use yet', () => {
    const base = event('telegram-hk-paused');
    expect(whenText({ ...base, precision: 'year', date: '2019-01-01' }, en)).toBe('2019');
    // An announcement on the day itself adds nothing.
    expect(whenText({ ...base, announced: base.date }, en)).toBe('5 July 2020');
    expect(whenText({ ...base, precision: 'approximate' }, de)).toBe('um den 5. Juli 2020');
    expect(whenText({ ...base, precision: 'month', announced: '2020-08-02' }, en)).toBe(
      'effective July 2020, announced 2 August 2020',
    );
  });
});
