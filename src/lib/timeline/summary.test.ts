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
      '29 June 2020: Google. Mainland China: blocked. Hong Kong: operational.',
    );
    expect(summarize(timeline, en, provider('google'), '2020-06-30')).toBe(
      '30 June 2020: Google. Mainland China: blocked. Hong Kong: requests paused.',
    );
  });

  it('writes German', () => {
    expect(summarize(timeline, de, provider('microsoft'), '2020-07-07')).toBe(
      '7. Juli 2020: Microsoft. Festlandchina: in Betrieb. Hongkong: in Betrieb.',
    );
    expect(summarize(timeline, de, provider('microsoft'), '2020-07-08')).toBe(
      '8. Juli 2020: Microsoft. Festlandchina: in Betrieb. Hongkong: Anfragen ausgesetzt.',
    );
  });

  it('writes Traditional Chinese', () => {
    expect(summarize(timeline, zh, provider('tiktok'), '2020-07-09')).toBe(
      '2020年7月9日：TikTok在中國內地未有提供，在香港未有提供。',
    );
    expect(summarize(timeline, zh, provider('telegram'), '2020-07-05')).toBe(
      '2020年7月5日：Telegram在中國內地被封鎖，在香港暫停處理要求。',
    );
  });

  it('follows the status day by day (Telegram, 4 and 5 July)', () => {
    expect(summarize(timeline, en, provider('telegram'), '2020-07-04')).toContain('Hong Kong: operational');
    expect(summarize(timeline, en, provider('telegram'), '2020-07-05')).toContain(
      'Hong Kong: requests paused',
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
  // Expected sentences written by hand, as a desk would print them.
  it('gives the effective day and the day Google and Twitter made it public', () => {
    for (const id of ['google-hk-paused', 'twitter-hk-paused']) {
      expect(whenText(event(id), en)).toBe('Took effect around 30 June 2020. Made public on 6 July 2020.');
      expect(whenText(event(id), de)).toBe(
        'Wirksam etwa ab dem 30. Juni 2020. Öffentlich gemacht am 6. Juli 2020.',
      );
      expect(whenText(event(id), zh)).toBe('約於2020年6月30日生效。2020年7月6日公布。');
    }
  });

  it('gives the Hong Kong day of Microsoft’s statement and the US day', () => {
    const e = event('microsoft-hk-paused');
    expect(whenText(e, en)).toBe('Announced on 8 July 2020. In the US it was 7 July 2020.');
    expect(whenText(e, de)).toBe('Bekannt gegeben am 8. Juli 2020. In den USA war es der 7. Juli 2020.');
    expect(whenText(e, zh)).toBe('2020年7月8日公布。美國時間為2020年7月7日。');
  });

  it('gives Zoom’s Hong Kong day alone', () => {
    expect(whenText(event('zoom-hk-paused'), en)).toBe('Announced on 7 July 2020.');
  });

  it('gives the range of days in which TikTok left Hong Kong', () => {
    const e = event('tiktok-hk-withdrawn');
    expect(whenText(e, en)).toBe('Took effect between 9 and 10 July 2020.');
    expect(whenText(e, de)).toBe('Wirksam geworden zwischen dem 9. und 10. Juli 2020.');
    expect(whenText(e, zh)).toBe('於2020年7月9日至10日期間生效。');
  });

  it('marks an approximate day, also beside a US day', () => {
    expect(whenText(event('linkedin-hk-paused'), en)).toBe('Announced around 7 July 2020.');
    expect(whenText(event('linkedin-hk-paused'), de)).toBe('Bekannt gegeben etwa am 7. Juli 2020.');
    expect(whenText(event('linkedin-hk-paused'), zh)).toBe('約於2020年7月7日公布。');
    expect(whenText(event('tiktok-hk-exit-announced'), en)).toBe(
      'Announced around 7 July 2020. In the US it was 6 July 2020.',
    );
  });

  it('gives only the month where only the month is known', () => {
    const e = event('apple-hk-icloud-us');
    expect(e.precision).toBe('month');
    expect(whenText(e, en)).toBe('Reported in September 2020.');
    expect(whenText(e, de)).toBe('Gemeldet im September 2020.');
    expect(whenText(e, zh)).toBe('於2020年9月見報。');
    expect(whenText(event('linkedin-mainland-incareer'), de)).toBe('Wirksam ab Dezember 2021.');
  });

  it('gives a plain day, and the hour where it is known', () => {
    expect(whenText(event('telegram-hk-paused'), en)).toBe('Announced on 5 July 2020.');
    expect(whenText(event('law-in-force'), en)).toBe('Took effect on 30 June 2020 at 23:00 Hong Kong time.');
    expect(whenText(event('law-in-force'), de)).toBe(
      'Wirksam ab dem 30. Juni 2020, 23:00 Uhr Ortszeit Hongkong.',
    );
    expect(whenText(event('law-in-force'), zh)).toBe('2020年6月30日香港時間23:00生效。');
  });

  it('says "reported" for Google’s August 2020 step, which Google did not announce', () => {
    const e = event('google-hk-mlat');
    expect(whenText(e, en)).toBe('Reported on 14 August 2020.');
    expect(whenText(e, de)).toBe('Gemeldet am 14. August 2020.');
    expect(whenText(e, zh)).toBe('2020年8月14日見報。');
  });

  it('handles the cases the dataset does not use yet', () => {
    const base = event('telegram-hk-paused');
    expect(whenText({ ...base, precision: 'year', date: '2019-01-01' }, en)).toBe('Announced in 2019.');
    expect(whenText({ ...base, precision: 'year', date: '2019-01-01' }, de)).toBe(
      'Bekannt gegeben im Jahr 2019.',
    );
    expect(whenText({ ...base, precision: 'year', date: '2019-01-01' }, zh)).toBe('於2019年公布。');
    // An announcement on the day itself adds nothing.
    expect(whenText({ ...base, announced: base.date }, en)).toBe('Announced on 5 July 2020.');
    expect(whenText({ ...base, precision: 'approximate' }, de)).toBe('Bekannt gegeben etwa am 5. Juli 2020.');
    const across = { ...base, kind: 'effective' as const, date: '2020-06-30', dateEnd: '2020-07-02' };
    expect(whenText(across, en)).toBe('Took effect between 30 June 2020 and 2 July 2020.');
    expect(whenText(across, de)).toBe('Wirksam geworden zwischen dem 30. Juni 2020 und dem 2. Juli 2020.');
    expect(whenText(across, zh)).toBe('於2020年6月30日至2020年7月2日期間生效。');
  });
});
