import { describe, expect, it } from 'vitest';
import { BUNDLED } from './data/bundled';
import type { Dataset } from './data/schema';
import { STRINGS } from './i18n/index';
import { parseOptions, type RawOptions } from './options';
import { WidgetState, type ChangeDetail } from './state.svelte';
import { createTimeline } from './timeline/model';

const IDS = BUNDLED.providers.map((p) => p.id);
const TIMELINE = createTimeline(BUNDLED);

function widget(raw: RawOptions = {}, data: Dataset = BUNDLED) {
  const changes: ChangeDetail[] = [];
  const state = new WidgetState(data, parseOptions(raw, IDS).options, (d) => changes.push(d));
  return { state, changes };
}

describe('WidgetState at mount', () => {
  it('opens on the last day of the data, which is 9 August 2023 for the bundled data', () => {
    expect(widget().state.date).toBe(TIMELINE.last);
    expect(TIMELINE.last).toBe('2023-08-09');
  });

  it('clamps a `date` option before 30 June 2020 to 30 June 2020', () => {
    const { state, changes } = widget({ date: '2019-01-01' });
    expect(state.date).toBe('2020-06-30');
    // Nothing changed yet: mounting fires no change event.
    expect(changes).toEqual([]);
  });

  it('clamps a `date` option after the last event to the last day', () => {
    expect(widget({ date: '2031-12-31' }).state.date).toBe(TIMELINE.last);
  });

  it('keeps a `date` option inside the range as it is, even the first and last day', () => {
    expect(widget({ date: '2020-07-07' }).state.date).toBe('2020-07-07');
    expect(widget({ date: '2020-06-30' }).state.date).toBe('2020-06-30');
    expect(widget({ date: TIMELINE.last }).state.date).toBe(TIMELINE.last);
  });

  it('takes language, theme, headline, autoplay, provider and the list of providers from the options', () => {
    const { state } = widget({
      lang: 'de',
      theme: 'dark',
      headline: 'false',
      autoplay: 'true',
      providers: 'zoom,apple',
      provider: 'apple',
    });
    expect(state.locale).toBe('de');
    expect(state.strings).toBe(STRINGS.de);
    expect(state.theme).toBe('dark');
    expect(state.headline).toBe(false);
    expect(state.autoplay).toBe(true);
    expect(state.providerIds).toEqual(['zoom', 'apple']);
    expect(state.providers.map((p) => p.id)).toEqual(['zoom', 'apple']);
    expect(state.provider).toBe('apple');
    expect(state.providerName).toBe(BUNDLED.providers.find((p) => p.id === 'apple')!.name);
  });

  it('shows the status of the selected provider in both regions on the shown day', () => {
    // Zoom paused in Hong Kong on 7 July.
    const { state } = widget({ provider: 'zoom', date: '2020-07-06' });
    expect(state.statuses).toEqual({
      mainland: TIMELINE.statusAt('zoom', 'mainland', '2020-07-06').status,
      'hong-kong': TIMELINE.statusAt('zoom', 'hong-kong', '2020-07-06').status,
    });
    state.setDate('2020-07-07');
    expect(state.statuses['hong-kong']).toBe(TIMELINE.statusAt('zoom', 'hong-kong', '2020-07-07').status);
    expect(state.statuses['hong-kong']).not.toBe(TIMELINE.statusAt('zoom', 'hong-kong', '2020-07-06').status);
  });

  it('summarises the shown state in the widget language', () => {
    const en = widget({ provider: 'zoom', date: '2020-07-08', lang: 'en' }).state.summary;
    const de = widget({ provider: 'zoom', date: '2020-07-08', lang: 'de' }).state.summary;
    expect(en).toMatch(/Zoom/);
    expect(de).toMatch(/Zoom/);
    expect(en).not.toBe(de);
  });
});

describe('WidgetState changes', () => {
  it('clamps setDate to the range and fires one change per real change', () => {
    const { state, changes } = widget({ provider: 'zoom', date: '2020-07-07' });
    state.setDate('2020-07-07');
    expect(changes).toEqual([]);
    state.setDate('2019-05-05');
    expect(state.date).toBe('2020-06-30');
    state.setDate('2099-01-01');
    expect(state.date).toBe(TIMELINE.last);
    expect(changes).toEqual([
      { date: '2020-06-30', provider: 'zoom', playing: false },
      { date: TIMELINE.last, provider: 'zoom', playing: false },
    ]);
  });

  it('selects only listed providers, firing a change only when the provider changes', () => {
    const { state, changes } = widget({ providers: 'zoom,apple', provider: 'zoom', date: '2020-07-07' });
    state.setProvider('zoom');
    state.setProvider('facebook');
    expect(state.provider).toBe('zoom');
    expect(changes).toEqual([]);
    state.setProvider('apple');
    expect(state.provider).toBe('apple');
    expect(changes).toEqual([{ date: '2020-07-07', provider: 'apple', playing: false }]);
  });

  it('starts and stops playing once each, and leaves the date to the player', () => {
    const last = widget({ provider: 'zoom' });
    const day = last.state.date;
    last.state.announcement = 'old';
    last.state.setPlaying(true);
    // The player's first step moves the date (back to 30 June from the last day: playback.test.ts).
    expect(last.state.date).toBe(day);
    expect(last.state.playing).toBe(true);
    expect(last.state.announcement).toBe('');
    expect(last.changes).toEqual([{ date: day, provider: 'zoom', playing: true }]);
    last.state.setPlaying(true);
    expect(last.changes).toHaveLength(1);
    last.state.setPlaying(false);
    expect(last.changes.at(-1)).toEqual({ date: day, provider: 'zoom', playing: false });
  });

  it('announces the events of a day the reader steps onto, and nothing on a quiet day or while playing', () => {
    const { state } = widget({ provider: 'zoom', date: '2020-07-07', lang: 'en' });
    const events = TIMELINE.eventsOn('2020-07-08');
    expect(events.length).toBeGreaterThan(0);
    state.stepTo('2020-07-08');
    expect(state.date).toBe('2020-07-08');
    expect(state.announcement).toBe(`8 July 2020: ${events.map((e) => e.text.en).join(' ')}`);
    const quiet = ['2020-07-09', '2020-07-10', '2020-07-11', '2020-07-12', '2020-07-13'].find(
      (d) => TIMELINE.eventsOn(d).length === 0,
    )!;
    state.stepTo(quiet);
    expect(state.announcement).toBe('');
    state.announcement = 'kept';
    state.playing = true;
    state.stepTo('2020-07-08');
    expect(state.date).toBe('2020-07-08');
    expect(state.announcement).toBe('kept');
  });

  it('swaps in new data, keeping the choices that still exist', () => {
    const { state } = widget({ providers: 'zoom,apple', provider: 'apple', date: '2023-08-09' });
    const short: Dataset = {
      ...BUNDLED,
      providers: BUNDLED.providers.filter((p) => p.id !== 'apple'),
      baselines: BUNDLED.baselines.filter((b) => b.provider !== 'apple'),
      events: BUNDLED.events.filter((e) => e.provider !== 'apple' && e.date <= '2020-07-10'),
    };
    const shortLast = createTimeline(short).last;
    expect(shortLast < '2023-08-09').toBe(true);
    state.setData(short);
    expect(state.data).toBe(short);
    expect(state.providerIds).toEqual(['zoom']);
    expect(state.provider).toBe('zoom');
    expect(state.date).toBe(shortLast);
  });

  it('lists every provider of the new data when none of the chosen ones is left', () => {
    const { state } = widget({ providers: 'apple', provider: 'apple', date: '2020-07-07' });
    const noApple: Dataset = {
      ...BUNDLED,
      providers: BUNDLED.providers.filter((p) => p.id !== 'apple'),
      baselines: BUNDLED.baselines.filter((b) => b.provider !== 'apple'),
      events: BUNDLED.events.filter((e) => e.provider !== 'apple'),
    };
    state.setData(noApple);
    expect(state.providerIds).toEqual(noApple.providers.map((p) => p.id));
    expect(state.provider).toBe(noApple.providers[0]!.id);
    expect(state.date).toBe('2020-07-07');
  });
});
