import { beforeEach, describe, expect, it } from 'vitest';
import raw from '../../../data/dataset.json';
import { addDays } from '../timeline/days';
import { createTimeline } from '../timeline/model';
import { toCsv, toJson } from './export';
import { REGIONS, type Dataset, type TimelineEvent } from './schema';
import { formatProblems, validateDataset } from './validate';

function load(input: unknown): Dataset {
  const result = validateDataset(input);
  if (!result.ok) throw new Error(formatProblems('dataset', result.problems));
  return result.data;
}

const data = load(raw);

const HEADER = [
  'date',
  'provider',
  'region',
  'from',
  'to',
  'kind',
  'precision',
  'announced',
  'us_date',
  'date_end',
  'description_en',
  'source_urls',
  'row',
  'id',
];

/** A strict RFC 4180 reader: CRLF rows, fields quoted with doubled quotes inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        if (!/^(,|\r\n|$)/.test(text.slice(i, i + 2))) throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last row does not end with CRLF');
  return rows;
}

describe('toCsv on the bundled dataset', () => {
  // Computed in each test, not once for the file: mutation testing sees only what runs inside tests.
  let csv: string;
  let rows: string[][];
  beforeEach(() => {
    csv = toCsv(data);
    rows = parseCsv(csv);
  });

  it('starts with the header row', () => {
    expect(csv.startsWith('date,provider,region,from,to,kind,precision,')).toBe(true);
    expect(rows[0]).toEqual(HEADER);
  });

  it('has one row per baseline, then one per event, in file order, and nothing else', () => {
    expect(rows.length - 1).toBe(data.baselines.length + data.events.length);
    const body = rows.slice(1);
    expect(body.slice(0, data.baselines.length).map((r) => `${r[12]} ${r[1]} ${r[2]} ${r[4]}`)).toEqual(
      data.baselines.map((b) => `baseline ${b.provider} ${b.region} ${b.status}`),
    );
    expect(body.slice(data.baselines.length).map((r) => `${r[12]} ${r[13]} ${r[0]}`)).toEqual(
      data.events.map((e) => `event ${e.id} ${e.date}`),
    );
    const law = body.find((r) => r[13] === 'law-in-force');
    expect(law?.slice(1, 5)).toEqual(['', '', '', '']);
  });

  it("rebuilds every day's status of the timeline model from the CSV alone", () => {
    const baseline = new Map<string, string>();
    const changes: { day: string; key: string; to: string }[] = [];
    for (const r of rows.slice(1)) {
      const key = `${r[1]}/${r[2]}`;
      if (r[12] === 'baseline') baseline.set(key, r[4]!);
      else if (r[4]) changes.push({ day: r[0]!, key, to: r[4] });
    }
    const timeline = createTimeline(data);
    let checked = 0;
    for (let day = timeline.first; day <= timeline.last; day = addDays(day, 1)) {
      for (const p of data.providers)
        for (const region of REGIONS) {
          const key = `${p.id}/${region}`;
          const latest = changes
            .filter((c) => c.key === key && c.day <= day)
            .sort((a, b) => (a.day < b.day ? -1 : 1));
          const fromCsv = latest.length ? latest[latest.length - 1]!.to : baseline.get(key);
          expect(fromCsv, `${key} on ${day}`).toBe(timeline.statusAt(p.id, region, day).status);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('gives every column of a row', () => {
    for (const row of rows) expect(row).toHaveLength(HEADER.length);
    const microsoft = rows.find((r) => r[13] === 'microsoft-hk-paused');
    const e = event('microsoft-hk-paused');
    expect(microsoft).toEqual([
      '2020-07-08',
      'microsoft',
      'hong-kong',
      'operational',
      'paused',
      'announced',
      'exact',
      '',
      '2020-07-07',
      '',
      e.text.en,
      e.sources.map((s) => s.url).join(' '),
      'event',
      'microsoft-hk-paused',
    ]);
    const google = rows.find((r) => r[1] === 'google' && r[12] === 'event');
    expect(google?.slice(0, 10)).toEqual([
      '2020-06-30',
      'google',
      'hong-kong',
      'operational',
      'paused',
      'effective',
      'approximate',
      '2020-07-06',
      '',
      '',
    ]);
    const tiktok = rows.find((r) => r[1] === 'tiktok' && r[12] === 'event' && r[4]);
    expect(tiktok?.[9]).toBe('2020-07-10');
  });

  it('lists every source URL of a baseline and an event, all https', () => {
    for (const row of rows.slice(1)) {
      if (row[12] === 'baseline' && row[11] === '') continue;
      const urls = row[11]!.split(' ');
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^https:\/\/\S+$/);
    }
  });

  it('uses CRLF line ends and ends with one', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

function event(id: string): TimelineEvent {
  const found = data.events.find((e) => e.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

/** A one-change dataset (no baselines) whose English text (and first source URL) are given. */
function withText(en: string, url = 'https://example.org/a'): Dataset {
  const base = event('telegram-hk-paused');
  return {
    ...data,
    baselines: [],
    events: [{ ...base, text: { ...base.text, en }, sources: [{ ...base.sources[0]!, url }] }],
  };
}

function cellsOf(d: Dataset): string[] {
  const csv = toCsv(d);
  const rows = parseCsv(csv);
  expect(rows).toHaveLength(2);
  return rows[1]!;
}

describe('toCsv quoting', () => {
  it('quotes commas, quotes and line breaks and reads back the same text', () => {
    for (const text of [
      'Telegram, the messenger, pauses',
      'It said "never" and meant it',
      'first line\nsecond line',
      'first line\r\nsecond line',
      '"quoted", then\n"again"',
    ]) {
      const csv = toCsv(withText(text));
      expect(csv).toContain(`"${text.replace(/"/g, '""')}"`);
      expect(cellsOf(withText(text))[10]).toBe(text);
    }
  });

  it('leaves plain text unquoted', () => {
    const csv = toCsv(withText('Plain words only'));
    expect(csv).toContain(',Plain words only,');
  });

  it('defuses spreadsheet formulas', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      const cell = cellsOf(withText(text))[10]!;
      expect(cell).toBe(`'${text}`);
    }
    const csv = toCsv(withText('=HYPERLINK("https://evil.example","click")'));
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
  });

  it('does not touch formula characters inside the text', () => {
    expect(cellsOf(withText('a = b + c - d @ e'))[10]).toBe('a = b + c - d @ e');
  });

  it('keeps Chinese and other non-ASCII text', () => {
    const d = withText('Telegram – „Anfragen“ ausgesetzt, 暫停');
    expect(cellsOf(d)[10]).toBe('Telegram – „Anfragen“ ausgesetzt, 暫停');
  });

  it('writes only the header for a dataset without baselines and events', () => {
    expect(toCsv({ ...data, baselines: [], events: [] })).toBe(`${HEADER.join(',')}\r\n`);
  });
});

describe('toJson', () => {
  let json: string;
  beforeEach(() => {
    json = toJson(data);
  });

  it('round-trips through validateDataset unchanged', () => {
    const parsed: unknown = JSON.parse(json);
    const again = validateDataset(parsed);
    expect(again.ok).toBe(true);
    if (again.ok) {
      expect(again.data).toEqual(data);
      expect(toJson(again.data)).toBe(json);
    }
    expect(parsed).toEqual(raw);
  });

  it('keeps the figures and notes ("Get the data" publishes everything)', () => {
    const parsed = JSON.parse(json) as Dataset;
    expect(parsed.figures.length).toBe(data.figures.length);
    expect(parsed.notes.map((n) => n.id)).toContain('apple-91-percent');
  });

  it('is indented, ends with a newline and writes Chinese as itself', () => {
    expect(json.startsWith('{\n  "title": ')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).toContain('中國');
    expect(json).not.toMatch(/\\u[0-9a-f]{4}/i);
  });
});
