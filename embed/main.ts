/**
 * Entry of the embed script: defines <hk-data-pause>, turns every
 * `data-hk-data-pause` mount point into a widget (now and when added later)
 * and exposes `window.HKDataPause`. The build wraps this in a guard so a
 * second copy of the script does nothing (see vite.config.ts).
 */
import { HKDataPauseElement, OPTION_NAMES, TAG } from './element';
import type { RawOptions } from '../src/lib/options';

declare const __VERSION__: string;

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
  if (done.has(mountPoint)) return;
  done.add(mountPoint);
  const el = mountPoint.ownerDocument.createElement(TAG);
  for (const [name, value] of Object.entries(optionsFromData(mountPoint))) el.setAttribute(name, value);
  if (mountPoint instanceof HTMLScriptElement) {
    // Script in place: the widget stands where the editor pasted the script.
    const wrapper = mountPoint.ownerDocument.createElement('div');
    wrapper.append(el);
    mountPoint.after(wrapper);
  } else {
    mountPoint.append(el);
  }
}

function scan(root: ParentNode) {
  if (root instanceof Element && root.hasAttribute(MOUNT_ATTR)) createFor(root);
  root.querySelectorAll(`[${MOUNT_ATTR}]`).forEach(createFor);
}

function mountApi(
  target: Element,
  options: RawOptions & { autoplay?: boolean | string } = {},
): HKDataPauseElement {
  if (!(target instanceof Element)) throw new TypeError('HKDataPause.mount: target must be an Element');
  const el = target.ownerDocument.createElement(TAG) as HKDataPauseElement;
  el.options = { ...options };
  target.append(el);
  return el;
}

function start() {
  const current = document.currentScript;
  if (!customElements.get(TAG)) customElements.define(TAG, HKDataPauseElement);
  Object.defineProperty(window, 'HKDataPause', {
    value: Object.freeze({ version: __VERSION__, mount: mountApi }),
    configurable: false,
    enumerable: true,
    writable: false,
  });
  if (current instanceof HTMLScriptElement && current.hasAttribute(MOUNT_ATTR)) createFor(current);
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
}

start();
