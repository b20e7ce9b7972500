/**
 * The <hk-data-pause> custom element: an open shadow root with the widget
 * in it, the contract's controller methods, and a clean teardown.
 */
import { flushSync, mount, unmount } from 'svelte';
import Widget from '../src/Widget.svelte';
import { BUNDLED } from '../src/lib/data/bundled';
import { parseOptions, type RawOptions } from '../src/lib/options';
import { WidgetState } from '../src/lib/state.svelte';
import { CSS } from './css';

export const TAG = 'hk-data-pause';
export const OPTION_NAMES = [
  'lang',
  'provider',
  'date',
  'autoplay',
  'theme',
  'src',
  'headline',
  'providers',
] as const;

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

  connectedCallback() {
    if (this.#app) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheetFor(this.ownerDocument)];
    const raw: RawOptions = {};
    for (const name of OPTION_NAMES) raw[name] = this.getAttribute(name);
    Object.assign(raw, this.options);
    const { options, warnings } = parseOptions(
      raw,
      BUNDLED.providers.map((p) => p.id),
      pageLang(this),
    );
    for (const w of warnings) console.warn(w);
    this.#state = new WidgetState(BUNDLED, options, (detail) => {
      this.dispatchEvent(new CustomEvent('hk-data-pause:change', { detail, bubbles: true, composed: true }));
    });
    this.#app = mount(Widget, { target: root, props: { widget: this.#state } });
    flushSync();
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

  #teardown() {
    if (this.#app) unmount(this.#app);
    this.#app = undefined;
    this.#state?.setPlaying(false);
    this.#state = undefined;
  }

  #require(): WidgetState {
    if (!this.#state) throw new Error('hk-data-pause: this widget is not mounted');
    return this.#state;
  }

  setDate(date: string) {
    const state = this.#require();
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) state.setDate(date);
    else console.warn(`hk-data-pause: invalid date "${String(date)}"`);
    flushSync();
  }

  getDate(): string {
    return this.#require().date;
  }

  setProvider(id: string) {
    const state = this.#require();
    if (state.providerIds.includes(id)) state.setProvider(id);
    else console.warn(`hk-data-pause: invalid provider "${String(id)}"`);
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
