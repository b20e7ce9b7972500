/**
 * Entry of the embed script: defines <hk-data-pause>, turns every
 * `data-hk-data-pause` mount point into a widget (now and when added later)
 * and exposes `window.HKDataPause`. The build wraps this in a guard so a
 * second copy of the script does nothing (see vite.config.ts); this copy's
 * observer mounts whatever the second copy's script element stands for.
 */
import { HKDataPauseElement, OPTION_NAMES, TAG, shared } from './element';
import { parseFragment } from '../src/lib/fragment';
import { show, type RawOptions } from '../src/lib/options';

declare const __VERSION__: string;

// Read at once: `document.currentScript` is only set while this script first runs.
const current = document.currentScript;

const MOUNT_ATTR = 'data-hk-data-pause';
const done = new WeakSet<Element>();

function optionsFromData(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of OPTION_NAMES) {
    const value = el.getAttribute(`data-${name}`);
    if (value !== null) out[name] = value;
  }
  return out;
}

function createFor(mountPoint: Element) {
  // An <hk-data-pause> that also carries the attribute is a widget already.
  if (done.has(mountPoint) || mountPoint.localName === TAG) return;
  done.add(mountPoint);
  const el = mountPoint.ownerDocument.createElement(TAG);
  for (const [name, value] of Object.entries(optionsFromData(mountPoint))) el.setAttribute(name, value);
  if (mountPoint.localName === 'script') {
    // Script in place: the widget stands where the editor pasted the script.
    const wrapper = mountPoint.ownerDocument.createElement('div');
    wrapper.append(el);
    mountPoint.after(wrapper);
  } else {
    mountPoint.append(el);
  }
}

function scan(root: ParentNode) {
  // Document order, the script in place included: the first widget is the one a shared link opens.
  if (root instanceof Element && root.hasAttribute(MOUNT_ATTR)) createFor(root);
  root.querySelectorAll(`[${MOUNT_ATTR}]`).forEach(createFor);
}

function mountApi(target: Element, options: RawOptions = {}): HKDataPauseElement {
  if (!target || (target as Node).nodeType !== 1)
    throw new TypeError('HKDataPause.mount: target must be an Element');
  const el = target.ownerDocument.createElement(TAG) as HKDataPauseElement;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    // A wrong options value must not cost the reader the graphic: defaults, one warning.
    if (options !== undefined && options !== null)
      console.warn(`hk-data-pause: invalid mount() options "${show(options)}", using the defaults`);
    el.options = {};
  } else {
    el.options = { ...options };
  }
  target.append(el);
  return el;
}

function start() {
  if (current instanceof HTMLScriptElement && current.src) shared.scriptBase = current.src;
  shared.fragment = parseFragment(location.hash);
  if (!customElements.get(TAG)) customElements.define(TAG, HKDataPauseElement);
  Object.defineProperty(window, 'HKDataPause', {
    value: Object.freeze({ version: __VERSION__, mount: mountApi }),
    configurable: false,
    enumerable: true,
    writable: false,
  });
  scan(document);
  // Placeholders that CMS widgets or single-page apps add later.
  new MutationObserver((records) => {
    for (const record of records)
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) scan(node);
      });
  }).observe(document, { childList: true, subtree: true });
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', () => scan(document), { once: true });
  // A shared link followed on the page itself (no reload): show it in the first widget.
  window.addEventListener('hashchange', () => {
    const fragment = parseFragment(location.hash);
    if (!fragment) return;
    const first = document.querySelector(TAG);
    if (first instanceof HKDataPauseElement && first.shadowRoot) first.showFragment(fragment);
    else shared.fragment = fragment;
  });
}

start();
