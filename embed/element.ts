/**
 * The <hk-data-pause> custom element: an open shadow root with the widget
 * in it, the contract's controller methods, the `src` override, and a
 * teardown that releases everything the widget holds.
 */
import { flushSync, mount, unmount } from 'svelte';
import Widget from '../src/Widget.svelte';
import { BUNDLED } from '../src/lib/data/bundled';
import { loadDataset } from '../src/lib/data/remote';
import { isIsoDay, type Locale } from '../src/lib/data/schema';
import type { Fragment } from '../src/lib/fragment';
import {
  OPTION_NAMES,
  onlyLanguage,
  parseOptions,
  show,
  unknownOptions,
  type RawOptions,
} from '../src/lib/options';
import { WidgetState } from '../src/lib/state.svelte';
import { CSS } from './css';

/** The one language of a per-language script (`hk-data-pause.de.js`), empty in the universal one: set by the build. */
declare const __HK_LANG__: string;

export const TAG = 'hk-data-pause';
export { OPTION_NAMES };

/**
 * What main.ts learns once per page and every widget needs: the script's
 * own URL (captured while the script first runs, the only moment
 * `document.currentScript` is set) and a shared-link fragment, which only
 * the first widget in document order takes.
 */
export const shared: { scriptBase: string; fragment: Fragment | null } = { scriptBase: '', fragment: null };

/** One constructed stylesheet per document: CSP-proof, shared by all widgets. */
const sheets = new WeakMap<Document, CSSStyleSheet>();
function sheetFor(doc: Document): CSSStyleSheet {
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    sheets.set(doc, sheet);
  }
  return sheet;
}

function pageLang(el: Element): string | null {
  // The element's own lang is the `lang` option; the page's is further up.
  const parent = el.parentElement?.closest('[lang]');
  return parent?.getAttribute('lang') ?? el.ownerDocument.documentElement.getAttribute('lang');
}

export class HKDataPauseElement extends HTMLElement {
  static observedAttributes = ['provider', 'date'];

  /** Options given through mount(), which win over attributes. */
  options: RawOptions = {};
  #state: WidgetState | undefined;
  #app: Record<string, unknown> | undefined;
  /** Aborts a pending `src` load when the widget goes away. */
  #loading: AbortController | undefined;

  connectedCallback() {
    if (this.#app) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheetFor(this.ownerDocument)];
    const raw: RawOptions = {};
    for (const name of OPTION_NAMES) raw[name] = this.getAttribute(name);
    const given: unknown = this.options;
    if (typeof given === 'object' && given !== null) {
      for (const key of unknownOptions(given))
        console.warn(`hk-data-pause: unknown option "${key}", ignored`);
      for (const name of OPTION_NAMES)
        if (Object.prototype.hasOwnProperty.call(given, name)) raw[name] = (given as RawOptions)[name];
    }
    // Dead code in the universal script (__HK_LANG__ is empty there): the minifier drops it.
    if (__HK_LANG__) {
      const only = onlyLanguage(raw, __HK_LANG__ as Locale);
      if (only.warning) console.warn(only.warning);
      Object.assign(raw, only.raw);
    }
    const { options, warnings } = parseOptions(
      raw,
      BUNDLED.providers.map((p) => p.id),
      pageLang(this),
    );
    for (const w of warnings) console.warn(w);
    options.scriptBase = shared.scriptBase || undefined;

    const fragment = this.#claimFragment();
    if (fragment) {
      if (fragment.provider && options.providers.includes(fragment.provider))
        options.provider = fragment.provider;
      if (fragment.date) options.date = fragment.date;
      // A shared link means "look at this day": autoplay would replay over it.
      options.autoplay = false;
    }

    const state = new WidgetState(BUNDLED, options, (detail) => {
      this.dispatchEvent(new CustomEvent('hk-data-pause:change', { detail, bubbles: true, composed: true }));
    });
    this.#state = state;
    this.#app = mount(Widget, { target: root, props: { widget: state } });
    flushSync();
    // The bundled data is on screen already; an editor's `src` replaces it only once fully valid.
    if (options.src) this.#loadSrc(options.src, state);
    if (fragment) this.scrollIntoView?.({ block: 'start' });
  }

  disconnectedCallback() {
    // A move within the page disconnects and reconnects at once: only a
    // real removal (still detached after this task's microtasks) tears down.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    if (!this.#state || value === null) return;
    if (name === 'provider') this.setProvider(value);
    if (name === 'date') this.setDate(value);
  }

  /** The page's shared-link fragment, if this is the first widget in document order and nobody took it. */
  #claimFragment(): Fragment | null {
    const fragment = shared.fragment;
    if (!fragment || this.ownerDocument.querySelector(TAG) !== this) return null;
    shared.fragment = null;
    return fragment;
  }

  /** Shows a shared-link fragment that arrives after mounting (`hashchange`). */
  showFragment(fragment: Fragment) {
    const state = this.#state;
    if (!state) return;
    if (fragment.provider && state.providerIds.includes(fragment.provider))
      state.setProvider(fragment.provider);
    if (fragment.date && isIsoDay(fragment.date)) {
      state.setPlaying(false);
      state.setDate(fragment.date);
    }
    flushSync();
    this.scrollIntoView?.({ block: 'start' });
  }

  #loadSrc(src: string, state: WidgetState) {
    let url: string;
    try {
      // Relative to the page, like any URL an editor writes into a page.
      url = new URL(src, this.ownerDocument.baseURI).href;
    } catch {
      this.#srcFailed(state, src, 'not a valid URL');
      return;
    }
    if (!/^https?:$/.test(new URL(url).protocol)) {
      this.#srcFailed(state, url, 'only http(s) URLs are loaded');
      return;
    }
    const loading = new AbortController();
    this.#loading = loading;
    void loadDataset(url, { signal: loading.signal }).then((result) => {
      // Removed meanwhile: nothing to update, nothing to report.
      if (loading.signal.aborted || this.#state !== state) return;
      this.#loading = undefined;
      if (result.ok) state.setData(result.data);
      else this.#srcFailed(state, url, result.reason);
      flushSync();
    });
  }

  #srcFailed(state: WidgetState, url: string, reason: string) {
    state.notice = state.strings.notice.srcFailed;
    console.warn(`hk-data-pause: could not use src "${url}" (${reason}); showing the bundled data`);
  }

  #teardown() {
    this.#loading?.abort();
    this.#loading = undefined;
    this.#state?.setPlaying(false);
    if (this.#app) void unmount(this.#app);
    this.#app = undefined;
    this.#state = undefined;
  }

  #require(): WidgetState {
    if (!this.#state) throw new Error('hk-data-pause: this widget is not mounted');
    return this.#state;
  }

  setDate(date: string) {
    const state = this.#require();
    if (typeof date === 'string' && isIsoDay(date)) state.setDate(date);
    else console.warn(`hk-data-pause: invalid date "${show(date)}"`);
    flushSync();
  }

  getDate(): string {
    return this.#require().date;
  }

  setProvider(id: string) {
    const state = this.#require();
    if (typeof id === 'string' && state.providerIds.includes(id)) state.setProvider(id);
    else console.warn(`hk-data-pause: invalid provider "${show(id)}"`);
    flushSync();
  }

  getProvider(): string {
    return this.#require().provider;
  }

  play() {
    this.#require().setPlaying(true);
    flushSync();
  }

  pause() {
    this.#require().setPlaying(false);
    flushSync();
  }

  destroy() {
    this.#teardown();
    this.remove();
  }
}
