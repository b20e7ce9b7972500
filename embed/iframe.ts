/**
 * The iframe page's script (dist/embed.html, bundled and inlined at build
 * time): mounts one widget with the query string's options and tells the
 * parent page its height, on load and on every change, in AMP's and pym.js's
 * conventions. Without a listening parent it is a plain page: a fixed iframe
 * height works.
 */
import { ampMessage, optionsFromQuery, pymChildId, pymMessage } from '../src/lib/iframe';

interface IframeWindow {
  HKDataPause: { mount(target: Element, options: Record<string, unknown>): HTMLElement };
}

const options = optionsFromQuery(location.search);
const childId = pymChildId(location.search);
const target = document.getElementById('graphic')!;
(window as unknown as IframeWindow).HKDataPause.mount(target, options);

let last = -1;
function post() {
  const height = Math.ceil(target.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage(ampMessage(height), '*');
  if (childId) window.parent.postMessage(pymMessage(childId, height), '*');
}
new ResizeObserver(post).observe(target);
window.addEventListener('load', post);
