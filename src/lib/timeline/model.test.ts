import { describe, expect, it } from 'vitest';
import raw from '../../../data/dataset.json';
import { REGIONS, type Dataset, type Region, type Status, type TimelineEvent } from '../data/schema';
import { formatProblems, validateDataset } from '../data/validate';
import { addDays } from './days';
import { TIMELINE_START, createTimeline, isStatusChange, overviewAt } from './model';

function load(input: unknown): Dataset {
  const result = validateDataset(input);
  if (!result.ok) throw new Error(formatProblems('dataset', result.problems));
  return result.data;
}

const data = load(raw);
const timeline = createTimeline(data);

/** Every day from `from` to `to`, both included. */
function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const WINDOW = daysFrom('2020-06-30', '2020-07-15');

describe('the real dataset: Hong Kong, 30 June to 15 July 2020', () => {
  // The day (HKT) from which each provider's Hong Kong status is the second value; null: never changes.
  const HONG_KONG: Record<string, [string | null, Status]> = {
    google: ['2020-06-30', 'paused'],
    twitter: ['2020-06-30', 'paused'],
    telegram: ['2020-07-05', 'paused'],
    whatsapp: ['2020-07-06', 'paused'],
    facebook: ['2020-07-06', 'paused'],
    linkedin: ['2020-07-07', 'paused'],
    microsoft: ['2020-07-08', 'paused'],
    // Zoom told HKFP on Tuesday 7 July, Hong Kong time (note microsoft-zoom-date).
    zoom: ['2020-07-07', 'paused'],
    tiktok: ['2020-07-09', 'unavailable'],
    apple: [null, 'operational'],
  };

  it('lists every provider of the dataset', () => {
    expect(Object.keys(HONG_KONG).sort()).toEqual(data.providers.map((p) => p.id).sort());
  });

  for (const [provider, [changeDay, after]] of Object.entries(HONG_KONG)) {
    it(`${provider}: operational before ${changeDay ?? 'ever'}, ${after} from then on`, () => {
      for (const day of ['2020-06-29', ...WINDOW]) {
        const expected = changeDay !== null && day >= changeDay ? after : 'operational';
        expect(timeline.statusAt(provider, 'hong-kong', day).status, `${provider} on ${day}`).toBe(expected);
      }
    });
  }

  it('Google and Twitter are paused from the day the law took effect, not before', () => {
    for (const provider of ['google', 'twitter']) {
      expect(timeline.statusAt(provider, 'hong-kong', '2020-06-29').status).toBe('operational');
      const on = timeline.statusAt(provider, 'hong-kong', '2020-06-30');
      expect(on.status).toBe('paused');
      expect(on.change?.id).toBe(`${provider}-hk-paused`);
      expect(on.change?.announced).toBe('2020-07-06');
    }
  });

  it('Telegram is paused from 5 July, not on 4 July', () => {
    expect(timeline.statusAt('telegram', 'hong-kong', '2020-07-04').status).toBe('operational');
    expect(timeline.statusAt('telegram', 'hong-kong', '2020-07-05').status).toBe('paused');
  });

  it('Facebook and WhatsApp are paused from 6 July', () => {
    for (const provider of ['facebook', 'whatsapp']) {
      expect(timeline.statusAt(provider, 'hong-kong', '2020-07-05').status).toBe('operational');
      expect(timeline.statusAt(provider, 'hong-kong', '2020-07-06').status).toBe('paused');
    }
  });

  it('Microsoft runs normally on 7 July and is paused on 8 July (Hong Kong days; 7 July US time)', () => {
    expect(timeline.statusAt('microsoft', 'hong-kong', '2020-07-07').status).toBe('operational');
    const on = timeline.statusAt('microsoft', 'hong-kong', '2020-07-08');
    expect(on.status).toBe('paused');
    expect(on.change?.usDate).toBe('2020-07-07');
  });

  it('Zoom is paused from 7 July, the Hong Kong day it told HKFP; no US day differs', () => {
    expect(timeline.statusAt('zoom', 'hong-kong', '2020-07-06').status).toBe('operational');
    const on = timeline.statusAt('zoom', 'hong-kong', '2020-07-07');
    expect(on.status).toBe('paused');
    expect(on.change?.usDate).toBeUndefined();
  });

  it('TikTok: the exit announcement changes nothing; gone from 9 July', () => {
    expect(timeline.statusAt('tiktok', 'hong-kong', '2020-07-07').status).toBe('operational');
    expect(timeline.statusAt('tiktok', 'hong-kong', '2020-07-08').status).toBe('operational');
    const gone = timeline.statusAt('tiktok', 'hong-kong', '2020-07-09');
    expect(gone.status).toBe('unavailable');
    expect(gone.change?.id).toBe('tiktok-hk-withdrawn');
    expect(gone.change?.dateEnd).toBe('2020-07-10');
  });

  it('Apple is never paused, to the end of the timeline', () => {
    for (const day of [...WINDOW, timeline.last]) {
      const at = timeline.statusAt('apple', 'hong-kong', day);
      expect(at.status).toBe('operational');
      expect(at.change).toBeUndefined();
    }
  });

  it('holds each status until the end of the timeline (no pause was lifted)', () => {
    for (const [provider, [, after]] of Object.entries(HONG_KONG))
      expect(timeline.statusAt(provider, 'hong-kong', timeline.last).status).toBe(after);
  });
});

describe('the real dataset: mainland China', () => {
  const MAINLAND: Record<string, Status> = {
    facebook: 'blocked',
    whatsapp: 'blocked',
    google: 'blocked',
    twitter: 'blocked',
    telegram: 'blocked',
    microsoft: 'operational',
    linkedin: 'operational',
    zoom: 'operational',
    apple: 'operational',
    tiktok: 'unavailable',
  };

  it('keeps every baseline through 30 June to 15 July 2020', () => {
    expect(Object.keys(MAINLAND).sort()).toEqual(data.providers.map((p) => p.id).sort());
    for (const [provider, status] of Object.entries(MAINLAND))
      for (const day of ['2020-06-29', ...WINDOW]) {
        const at = timeline.statusAt(provider, 'mainland', day);
        expect(at.status, `${provider} on ${day}`).toBe(status);
        expect(at.change).toBeUndefined();
        expect(at.baseline.provider).toBe(provider);
        expect(at.baseline.region).toBe('mainland');
      }
  });

  it('records when the mainland blocks began', () => {
    expect(timeline.statusAt('facebook', 'mainland', WINDOW[0]!).baseline.since).toBe('2009-07-07');
    expect(timeline.statusAt('twitter', 'mainland', WINDOW[0]!).baseline.since).toBe('2009-06-02');
  });

  it('LinkedIn leaves the mainland on 9 August 2023, the last day of the timeline', () => {
    expect(timeline.statusAt('linkedin', 'mainland', '2023-08-08').status).toBe('operational');
    expect(timeline.statusAt('linkedin', 'mainland', '2023-08-09').status).toBe('unavailable');
    expect(timeline.last).toBe('2023-08-09');
  });
});

describe('the real dataset: events and range', () => {
  const EVENTS_BY_DAY: Record<string, string[]> = {
    '2020-06-30': ['law-in-force', 'google-hk-paused', 'twitter-hk-paused'],
    '2020-07-05': ['telegram-hk-paused'],
    '2020-07-06': ['whatsapp-hk-paused', 'facebook-hk-paused', 'apple-hk-assessing'],
    '2020-07-07': ['article-43-rules', 'tiktok-hk-exit-announced', 'linkedin-hk-paused', 'zoom-hk-paused'],
    '2020-07-08': ['microsoft-hk-paused'],
    '2020-07-09': ['tiktok-hk-withdrawn'],
  };

  it('spans 30 June 2020 to the date of the last event', () => {
    expect(timeline.first).toBe('2020-06-30');
    expect(timeline.first).toBe(TIMELINE_START);
    const lastDate = data.events.map((e) => e.date).reduce((a, b) => (a > b ? a : b));
    expect(timeline.last).toBe(lastDate);
  });

  it('gives the events of every day from 30 June to 15 July, in file order', () => {
    for (const day of WINDOW)
      expect(
        timeline.eventsOn(day).map((e) => e.id),
        day,
      ).toEqual(EVENTS_BY_DAY[day] ?? []);
  });

  it('the table above covers every event of the dataset in that window', () => {
    const inWindow = data.events.filter((e) => e.date >= '2020-06-30' && e.date <= '2020-07-15');
    expect(inWindow.map((e) => e.id).sort()).toEqual(Object.values(EVENTS_BY_DAY).flat().sort());
  });

  it('has no events on the day before the start', () => {
    expect(timeline.eventsOn('2020-06-29')).toEqual([]);
  });

  it('lists event days ascending, once each, and change days among them', () => {
    expect(timeline.eventDays.slice(0, 7)).toEqual([...Object.keys(EVENTS_BY_DAY), '2020-08-03']);
    expect(new Set(timeline.eventDays).size).toBe(timeline.eventDays.length);
    expect([...timeline.eventDays].sort()).toEqual(timeline.eventDays);
    expect(timeline.eventDays.at(-1)).toBe(timeline.last);
    expect(timeline.changeDays.slice(0, 6)).toEqual(Object.keys(EVENTS_BY_DAY));
    for (const day of timeline.changeDays) expect(timeline.eventDays).toContain(day);
    // 3 August 2020 (Zoom's mainland sales model) is an event but no status change.
    expect(timeline.changeDays).not.toContain('2020-08-03');
  });

  it('every status change holds from its day, and the status before it holds the day before', () => {
    const changes = data.events.filter(isStatusChange);
    expect(changes.length).toBeGreaterThanOrEqual(10);
    for (const e of changes) {
      const region = e.region as Region;
      const on = timeline.statusAt(e.provider!, region, e.date);
      expect(on.status, e.id).toBe(e.to);
      expect(on.change).toBe(e);
      expect(timeline.statusAt(e.provider!, region, addDays(e.date, -1)).status, e.id).toBe(e.from);
    }
  });

  it('steps between event days at the edges', () => {
    expect(timeline.previousEventDay('2020-06-30')).toBeUndefined();
    expect(timeline.previousEventDay('2020-06-29')).toBeUndefined();
    expect(timeline.previousEventDay('2020-07-01')).toBe('2020-06-30');
    expect(timeline.previousEventDay('2020-07-04')).toBe('2020-06-30');
    expect(timeline.previousEventDay('2020-07-05')).toBe('2020-06-30');
    expect(timeline.previousEventDay('2020-07-06')).toBe('2020-07-05');
    expect(timeline.previousEventDay(timeline.last)).toBe(timeline.eventDays.at(-2));
    expect(timeline.previousEventDay('2030-01-01')).toBe(timeline.last);

    expect(timeline.nextEventDay('2020-06-29')).toBe('2020-06-30');
    expect(timeline.nextEventDay('2020-06-30')).toBe('2020-07-05');
    expect(timeline.nextEventDay('2020-07-01')).toBe('2020-07-05');
    expect(timeline.nextEventDay('2020-07-09')).toBe('2020-08-03');
    expect(timeline.nextEventDay('2020-07-15')).toBe('2020-08-03');
    expect(timeline.nextEventDay(timeline.last)).toBeUndefined();
    expect(timeline.nextEventDay('2030-01-01')).toBeUndefined();

    expect(timeline.latestEventDay('2020-06-29')).toBeUndefined();
    expect(timeline.latestEventDay('2020-06-30')).toBe('2020-06-30');
    expect(timeline.latestEventDay('2020-07-04')).toBe('2020-06-30');
    expect(timeline.latestEventDay('2020-07-08')).toBe('2020-07-08');
    expect(timeline.latestEventDay('2020-07-15')).toBe('2020-07-09');
    expect(timeline.latestEventDay(timeline.last)).toBe(timeline.last);
    expect(timeline.latestEventDay('2030-01-01')).toBe(timeline.last);
  });

  it('walks every event day forwards and backwards', () => {
    const forwards: string[] = [];
    for (let d = timeline.nextEventDay('2020-06-29'); d !== undefined; d = timeline.nextEventDay(d))
      forwards.push(d);
    expect(forwards).toEqual(timeline.eventDays);
    const backwards: string[] = [];
    for (let d = timeline.previousEventDay('2030-01-01'); d !== undefined; d = timeline.previousEventDay(d))
      backwards.push(d);
    expect(backwards).toEqual([...timeline.eventDays].reverse());
  });

  it('gives an overview of every provider in file order', () => {
    expect(overviewAt(timeline, data.providers, '2020-07-07')).toEqual([
      { provider: 'facebook', statuses: { mainland: 'blocked', 'hong-kong': 'paused' } },
      { provider: 'whatsapp', statuses: { mainland: 'blocked', 'hong-kong': 'paused' } },
      { provider: 'google', statuses: { mainland: 'blocked', 'hong-kong': 'paused' } },
      { provider: 'twitter', statuses: { mainland: 'blocked', 'hong-kong': 'paused' } },
      { provider: 'telegram', statuses: { mainland: 'blocked', 'hong-kong': 'paused' } },
      { provider: 'microsoft', statuses: { mainland: 'operational', 'hong-kong': 'operational' } },
      { provider: 'linkedin', statuses: { mainland: 'operational', 'hong-kong': 'paused' } },
      { provider: 'zoom', statuses: { mainland: 'operational', 'hong-kong': 'paused' } },
      { provider: 'apple', statuses: { mainland: 'operational', 'hong-kong': 'operational' } },
      { provider: 'tiktok', statuses: { mainland: 'unavailable', 'hong-kong': 'operational' } },
    ]);
    const final = overviewAt(timeline, [{ id: 'tiktok' }, { id: 'linkedin' }], timeline.last);
    expect(final).toEqual([
      { provider: 'tiktok', statuses: { mainland: 'unavailable', 'hong-kong': 'unavailable' } },
      { provider: 'linkedin', statuses: { mainland: 'unavailable', 'hong-kong': 'paused' } },
    ]);
  });

  it('refuses a provider it has no baseline for', () => {
    expect(() => timeline.statusAt('myspace', 'hong-kong', '2020-07-01')).toThrow(
      'no baseline for myspace/hong-kong',
    );
  });
});

describe('synthetic datasets', () => {
  const text = { de: 'Text', en: 'Text', 'zh-Hant': '文字' };
  const sources = [{ url: 'https://example.org/a', publisher: 'Example', published: '2020-07-01' }];

  function event(id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
    return { id, date, precision: 'exact', kind: 'announced', text, sources, ...extra };
  }
  function change(id: string, date: string, from: Status, to: Status, region: Region = 'hong-kong') {
    return event(id, date, { provider: 'acme', region, from, to });
  }
  function dataset(events: TimelineEvent[]): Dataset {
    return {
      title: 'Test',
      updated: '2020-07-15',
      timezone: 'Asia/Hong_Kong',
      providers: [{ id: 'acme', name: 'Acme' }],
      baselines: REGIONS.map((region) => ({
        provider: 'acme',
        region,
        status: 'operational',
        text,
        sources,
      })),
      events,
      figures: [],
      notes: [],
    };
  }

  it('without events: a one-day range, nothing to step to, the baseline everywhere', () => {
    const data = dataset([]);
    expect(validateDataset(data).ok).toBe(true);
    const t = createTimeline(data);
    expect([t.first, t.last]).toEqual([TIMELINE_START, TIMELINE_START]);
    expect(t.eventDays).toEqual([]);
    expect(t.changeDays).toEqual([]);
    expect(t.previousEventDay(TIMELINE_START)).toBeUndefined();
    expect(t.nextEventDay(TIMELINE_START)).toBeUndefined();
    expect(t.latestEventDay('2030-01-01')).toBeUndefined();
    expect(t.eventsOn(TIMELINE_START)).toEqual([]);
    const at = t.statusAt('acme', 'mainland', '2020-07-01');
    expect(at).toEqual({ status: 'operational', baseline: data.baselines[0] });
  });

  it('follows a status that changes back and forth', () => {
    const data = dataset([
      change('pause', '2020-07-02', 'operational', 'paused'),
      change('resume', '2020-07-10', 'paused', 'operational'),
      change('block', '2020-07-10', 'operational', 'blocked', 'mainland'),
      change('pause-again', '2021-01-31', 'operational', 'paused'),
    ]);
    expect(validateDataset(data).ok).toBe(true);
    const t = createTimeline(data);
    const hk = (day: string) => t.statusAt('acme', 'hong-kong', day);
    expect(hk('2020-07-01').status).toBe('operational');
    expect(hk('2020-07-02').change?.id).toBe('pause');
    expect(hk('2020-07-09').status).toBe('paused');
    expect(hk('2020-07-10')).toMatchObject({ status: 'operational', change: { id: 'resume' } });
    expect(hk('2021-01-30').status).toBe('operational');
    expect(hk('2021-01-31').status).toBe('paused');
    expect(hk('2099-12-31').status).toBe('paused');
    expect(t.statusAt('acme', 'mainland', '2020-07-09').status).toBe('operational');
    expect(t.statusAt('acme', 'mainland', '2020-07-10').status).toBe('blocked');
    expect(t.eventsOn('2020-07-10').map((e) => e.id)).toEqual(['resume', 'block']);
    expect(t.eventDays).toEqual(['2020-07-02', '2020-07-10', '2021-01-31']);
    expect(t.last).toBe('2021-01-31');
  });

  it('counts context events as event days but not as change days', () => {
    const t = createTimeline(
      dataset([
        event('context', '2020-07-01'),
        change('pause', '2020-07-03', 'operational', 'paused'),
        event('later-context', '2020-09-01', { provider: 'acme', region: 'hong-kong' }),
      ]),
    );
    expect(t.eventDays).toEqual(['2020-07-01', '2020-07-03', '2020-09-01']);
    expect(t.changeDays).toEqual(['2020-07-03']);
    expect(t.last).toBe('2020-09-01');
    // An event with a provider but no from/to is no change.
    expect(t.statusAt('acme', 'hong-kong', '2020-09-01').change?.id).toBe('pause');
  });

  it('applies changes from before the start but keeps the range from 30 June 2020', () => {
    const t = createTimeline(
      dataset([
        change('old-block', '2019-03-01', 'operational', 'blocked', 'mainland'),
        change('pause', '2020-07-03', 'operational', 'paused'),
      ]),
    );
    expect(t.first).toBe('2020-06-30');
    expect(t.eventDays).toEqual(['2020-07-03']);
    expect(t.changeDays).toEqual(['2020-07-03']);
    expect(t.statusAt('acme', 'mainland', '2019-02-28').status).toBe('operational');
    expect(t.statusAt('acme', 'mainland', TIMELINE_START).status).toBe('blocked');
    expect(t.previousEventDay('2020-07-03')).toBeUndefined();
    expect(t.latestEventDay(TIMELINE_START)).toBeUndefined();
  });

  it('starts and ends on the start day when every event is older', () => {
    const t = createTimeline(dataset([change('old', '2019-03-01', 'operational', 'blocked', 'mainland')]));
    expect([t.first, t.last]).toEqual([TIMELINE_START, TIMELINE_START]);
    expect(t.eventDays).toEqual([]);
  });

  it('gives the same answers for events out of order, and leaves the input alone', () => {
    const sorted = [
      change('a', '2020-07-02', 'operational', 'paused'),
      change('b', '2020-07-05', 'paused', 'blocked'),
      change('c', '2020-07-09', 'blocked', 'unavailable'),
    ];
    const shuffled = [sorted[2]!, sorted[0]!, sorted[1]!];
    const data = dataset(shuffled);
    const t = createTimeline(data);
    const reference = createTimeline(dataset(sorted));
    expect(data.events.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(t.eventDays).toEqual(reference.eventDays);
    for (const day of daysFrom('2020-06-30', '2020-07-12'))
      expect(t.statusAt('acme', 'hong-kong', day)).toEqual(reference.statusAt('acme', 'hong-kong', day));
  });
});
