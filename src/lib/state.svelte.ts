/**
 * The state of ONE widget, as a runes class. Every field holds a primitive
 * or an immutable value, so `$state.raw`: no deep proxies needed. Each widget creates its own
 * and hands it to its components through context, so two widgets on a page
 * never share anything. Every change goes through a method, which is where
 * the contract's change event is fired.
 */
import { getContext, setContext } from 'svelte';
import type { Dataset, Locale, Region, Status } from './data/schema';
import { REGIONS } from './data/schema';
import { STRINGS, formatDay } from './i18n/index';
import type { Options, Theme } from './options';
import { clampDay } from './timeline/days';
import { laneOrder } from './timeline/order';
import { createTimeline } from './timeline/model';
import { summarize } from './timeline/summary';

export interface ChangeDetail {
  date: string;
  provider: string;
  playing: boolean;
}

const KEY = Symbol('hk-data-pause');

export class WidgetState {
  data = $state.raw<Dataset>() as Dataset;
  locale = $state.raw<Locale>('en');
  theme = $state.raw<Theme>('auto');
  headline = $state.raw(true);
  providerIds = $state.raw<string[]>([]);
  provider = $state.raw('');
  date = $state.raw('');
  playing = $state.raw(false);
  /** Play once when first scrolled into view (the `autoplay` option). */
  autoplay = $state.raw(false);
  /** Text for the polite live region: set when the reader lands on a day with events. */
  announcement = $state.raw('');
  /** A problem the reader must know about (shown with role="alert"). */
  notice = $state.raw<string | null>(null);
  /** The embed script's URL, for links to the published data. */
  scriptBase: string | undefined;
  /** Region the reader points at or focuses, for the detail panel. */
  activeRegion = $state.raw<Region | null>(null);

  readonly timeline = $derived(createTimeline(this.data));
  readonly strings = $derived(STRINGS[this.locale]);
  /**
   * The services shown, in the order every list uses (picker, lanes, table):
   * the order they paused in Hong Kong, unless the editor set one.
   */
  readonly providers = $derived(
    laneOrder(
      this.timeline,
      this.providerIds,
      this.data.providers.map((p) => p.id),
    )
      .map((id) => this.data.providers.find((p) => p.id === id))
      .filter((p) => p !== undefined),
  );
  readonly providerName = $derived(this.providers.find((p) => p.id === this.provider)?.name ?? this.provider);
  /** Status of the selected provider in each region on the shown day. */
  readonly statuses = $derived(
    Object.fromEntries(
      REGIONS.map((r) => [r, this.timeline.statusAt(this.provider, r, this.date).status]),
    ) as Record<Region, Status>,
  );

  /**
   * Prefix for ids inside this widget's SVGs (patterns). Each widget has its
   * own shadow root, which scopes ids, so a constant is unique enough (and
   * `$props.id()` would write to `window.__svelte`).
   */
  readonly uid = 'hk';

  /** The shown state in one sentence, for screen readers. */
  readonly summary = $derived(
    summarize(this.timeline, this.strings, { id: this.provider, name: this.providerName }, this.date),
  );

  #onChange: (detail: ChangeDetail) => void;

  constructor(data: Dataset, options: Options, onChange: (detail: ChangeDetail) => void = () => {}) {
    this.#onChange = onChange;
    this.data = data;
    this.locale = options.lang;
    this.theme = options.theme;
    this.headline = options.headline;
    this.autoplay = options.autoplay;
    this.scriptBase = options.scriptBase;
    this.providerIds = options.providers;
    this.provider = options.provider;
    // The derived timeline, built once: the same index serves every later query.
    const { first, last } = this.timeline;
    this.date = clampDay(options.date ?? last, first, last);
  }

  #emit() {
    this.#onChange({ date: this.date, provider: this.provider, playing: this.playing });
  }

  setDate(day: string) {
    const next = clampDay(day, this.timeline.first, this.timeline.last);
    if (next === this.date) return;
    this.date = next;
    this.#emit();
  }

  setProvider(id: string) {
    if (id === this.provider || !this.providerIds.includes(id)) return;
    this.provider = id;
    this.#emit();
  }

  /** Moves to a day by the reader's hand, announcing that day's events (never during playback). */
  stepTo(day: string) {
    this.setDate(day);
    if (this.playing) return;
    const events = this.timeline.eventsOn(this.date);
    this.announcement = events.length
      ? `${formatDay(this.date, this.strings)}: ${events.map((e) => e.text[this.locale]).join(' ')}`
      : '';
  }

  /**
   * Starts or stops playback. The date moves with the player's first step, a
   * task later (from the last day, back to 30 June: `playbackSteps`), so the
   * button answers in one short task and the jump runs in another (issue 17).
   */
  setPlaying(playing: boolean) {
    if (playing === this.playing) return;
    this.playing = playing;
    this.announcement = '';
    this.#emit();
  }

  /** Swaps in a dataset (a `src` override), keeping the reader's choices where they still exist. */
  setData(data: Dataset) {
    this.data = data;
    const ids = data.providers.map((p) => p.id);
    this.providerIds = this.providerIds.filter((id) => ids.includes(id));
    if (this.providerIds.length === 0) this.providerIds = ids;
    if (!this.providerIds.includes(this.provider)) this.provider = this.providerIds[0] ?? '';
    this.date = clampDay(this.date, this.timeline.first, this.timeline.last);
  }
}

export function setWidgetState(state: WidgetState): WidgetState {
  return setContext(KEY, state);
}

export function getWidgetState(): WidgetState {
  return getContext<WidgetState>(KEY);
}
