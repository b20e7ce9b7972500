/**
 * The iframe page's script (dist/embed.html, inlined at build time): mounts
 * one widget with the query string's options and tells the parent page its
 * height, on load and on every change, in AMP's and pym.js's conventions.
 * Without a listening parent it is a plain page: a fixed iframe height works.
 * Self-contained (inlined, imports nothing): keep in step with src/lib/iframe.ts,
 * whose functions it repeats and whose tests cover them.
 */
interface IframeWindow {
  HKDataPause: { mount(target: Element, options: Record<string, unknown>): HTMLElement };
}

const OPTIONS = ['lang', 'provider', 'date', 'autoplay', 'theme', 'src', 'headline', 'providers'];
const params = new URLSearchParams(location.search);
const options: Record<string, string> = {};
for (const name of OPTIONS) {
  const value = params.get(name);
  if (value !== null) options[name] = value;
}
const childId = params.get('childId');
const target = document.getElementById('graphic')!;
(window as unknown as IframeWindow).HKDataPause.mount(target, options);

let last = -1;
function post() {
  const height = Math.ceil(target.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  if (childId) window.parent.postMessage(['pym', childId, 'height', String(height)].join('xPYMx'), '*');
}
new ResizeObserver(post).observe(target);
window.addEventListener('load', post);
