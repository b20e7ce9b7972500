import { describe, expect, it } from 'vitest';
import raw from '../../../data/dataset.json';
import { STRINGS } from '../i18n/index';
import { asciiPunctuation, lintEditorial, nonCanonical, numbersIn } from './lint';
import type { Dataset, Locale } from './schema';

const clean = () => JSON.parse(JSON.stringify(raw)) as Dataset;
const run = (data: Dataset, strings = STRINGS) =>
  lintEditorial({
    data,
    dataFile: 'data/dataset.json',
    strings,
    stringsFile: (l: Locale) => `data/strings/${l}.json`,
  });

describe('lintEditorial', () => {
  it('passes the published data and strings', () => {
    expect(run(clean())).toEqual([]);
  });

  it('names file, path and problem for a status stand-in and a banned term', () => {
    const d = clean();
    d.baselines[1]!.text.en = d.baselines[1]!.text.en.replace('Operational.', 'Available.');
    d.baselines[1]!.text['zh-Hant'] = d.baselines[1]!.text['zh-Hant'].replace('資料要求', '資料請求');
    expect(run(d)).toEqual([
      {
        file: 'data/dataset.json',
        path: 'baselines[1].text.en',
        message: expect.stringMatching(/"Available".*"operational"/),
      },
      {
        file: 'data/dataset.json',
        path: 'baselines[1].text.zh-Hant',
        message: expect.stringMatching(/"請求".*"要求"/),
      },
    ]);
  });

  it('catches a text that opens with another status than its own', () => {
    const d = clean();
    d.baselines[0]!.text.de = `In Betrieb. ${d.baselines[0]!.text.de}`;
    expect(run(d).map((p) => p.path)).toEqual(['baselines[0].text.de']);
  });

  it('catches ASCII punctuation in Chinese strings', () => {
    const strings = { ...STRINGS, 'zh-Hant': { ...STRINGS['zh-Hant'], getData: '下載數據:' } };
    expect(run(clean(), strings)).toEqual([
      {
        file: 'data/strings/zh-Hant.json',
        path: 'getData',
        message: expect.stringMatching(/ASCII punctuation ":"/),
      },
    ]);
  });

  it('wants a copy label on a mirror and a canonical URL', () => {
    const d = clean();
    d.events[0]!.sources.push(
      { url: 'https://www.avpnews.in/x/', publisher: 'BBC News', published: '2020-07-07' },
      { url: 'https://wapo.st/3kKaulG', publisher: 'The Washington Post', published: '2020-08-14' },
    );
    const n = d.events[0]!.sources.length;
    expect(run(d).map((p) => `${p.path}: ${p.message.slice(0, 20)}`)).toEqual([
      `events[0].sources[${n - 2}].publisher: cites avpnews.in, wh`,
      `events[0].sources[${n - 1}].url: is a shortened link `,
    ]);
  });

  it('catches a date that changed in one language only', () => {
    const d = clean();
    d.events[3]!.text.de = d.events[3]!.text.de.replace(/Hongkong/, 'Hongkong (6. Juli)');
    expect(run(d)).toEqual([
      {
        file: 'data/dataset.json',
        path: 'events[3].text.de',
        message: expect.stringMatching(/numbers \[6 7\] where en holds \[\]/),
      },
    ]);
  });
});

describe('helpers', () => {
  it('normalise numbers across languages', () => {
    expect(numbersIn('at 11pm on 30 June 2020', 'en')).toEqual([6, 23, 30, 2020]);
    expect(numbersIn('am 30. Juni 2020 um 23 Uhr', 'de')).toEqual([6, 23, 30, 2020]);
    expect(numbersIn('2020年6月30日晚上11時', 'zh-Hant')).toEqual([6, 23, 30, 2020]);
    expect(numbersIn('1,400 requests', 'en')).toEqual([1400]);
  });

  it('flag non-canonical URLs', () => {
    expect(nonCanonical('https://mcdn.i-scmp.com/tech/a')).toMatch(/CDN/);
    expect(nonCanonical('https://m.timesofindia.com/a')).toMatch(/mobile/);
    expect(nonCanonical('https://thehill.com/x/amp')).toMatch(/AMP/);
    expect(nonCanonical('https://example.org/a?ref=702')).toMatch(/tracking/);
    expect(nonCanonical('https://www.scmp.com/tech/a')).toBeUndefined();
  });

  it('keep dots inside names and numbers in Chinese', () => {
    expect(asciiPunctuation('HistoryofInformation.com、2.5%')).toBeUndefined();
    expect(asciiPunctuation('未能確定.')).toBe('.');
    expect(asciiPunctuation('{date}：{text}')).toBeUndefined();
  });
});
