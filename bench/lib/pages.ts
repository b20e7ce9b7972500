/**
 * The pages the benchmark loads: the widget in an article, the BASELINE (the
 * same article with a static inline SVG of the same map: the picture without
 * any code), a page for mount/destroy cycles, and the in-page helpers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import de from '../../data/strings/de.json';
import type { MapGeometry } from '../../src/lib/geo/types';

/** The widget's light-theme colours, set directly as fills on the baseline. */
export const STATUS_FILL: Record<string, string> = {
  operational: '#3a7ca5',
  paused: '#e08a00',
  blocked: '#9b1d3a',
  unavailable: '#8d8d8d',
};

/** `2020-07-09` → `9. Juli 2020`, written out as the widget's German labels are. */
export function writtenDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d}. ${de.months[m - 1]} ${y}`;
}

/** Days from the start of the timeline (30 June 2020): the slider's value. */
export function dayIndex(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse('2020-06-30T00:00:00Z')) / 86_400_000);
}

function article(body: string, head = ''): string {
  return `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Benchmark</title>${head}</head>
<body>
<article style="max-width: 680px; margin: 0 auto; font: 18px/1.6 Georgia, serif">
<h1>Benchmark article</h1>
<p>Some text before the graphic.</p>
${body}
<p>Some text after the graphic.</p>
</article>
</body>
</html>`;
}

/** The widget as an editor embeds it: the script in place, async. */
export function widgetPage(provider: string): string {
  return article(
    `<script src="/hk-data-pause.js" data-hk-data-pause data-lang="de" data-provider="${provider}" async></script>`,
  );
}

/** The script loaded, nothing mounted: for mount/destroy cycles. */
export function cyclesPage(): string {
  return article('<div id="host"></div><script src="/hk-data-pause.js"></script>');
}

/**
 * The same map as a static SVG (Hong Kong panel with the mainland locator,
 * fills set directly), plus what a minimal interactive page would change on
 * a new date: a native slider and a written-out date.
 */
export function baselineMarkup(
  root: string,
  statuses: { mainland: string; hongKong: string },
  day: string,
): string {
  const { hero, locator } = JSON.parse(readFileSync(join(root, 'data/geo/map.json'), 'utf8')) as MapGeometry;
  const mFill = STATUS_FILL[statuses.mainland] ?? '#888';
  const hFill = STATUS_FILL[statuses.hongKong] ?? '#888';
  const box = hero.locatorBox;
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(2)}%`;
  const svg = `<div style="position: relative">
<svg viewBox="0 0 ${hero.width} ${hero.height}" style="display: block; width: 100%; height: auto">
<path d="${hero.land}" fill="#ebe9e4"/>
<path d="${hero.hongKong}" fill="${hFill}" stroke="#5c5c5c" stroke-width="0.8" data-region="hong-kong"/>
</svg>
<svg viewBox="0 0 ${locator.width} ${locator.height}" style="position: absolute; left: ${pct(box.x, hero.width)}; top: ${pct(box.y, hero.height)}; width: ${pct(box.width, hero.width)}; height: auto; background: #fff">
<path d="${locator.taiwan}" fill="#d5d2cb"/>
<path d="${locator.mainland}" fill="${mFill}" stroke="#5c5c5c" stroke-width="0.8" data-region="mainland"/>
</svg>
</div>
<label for="r" style="display: block"><strong id="d">${writtenDate(day)}</strong></label>
<input id="r" type="range" min="0" max="${dayIndex('2021-12-31')}" value="${dayIndex(day)}" style="width: 100%">`;
  return svg;
}

/**
 * The baseline page: the static map arrives the way the widget does, as a
 * script loaded async right where the graphic stands (`/baseline.js`, from
 * `baselineScript`), not inline in the HTML, so both pay the same requests.
 */
export function baselinePage(): string {
  return article(
    `<figure id="baseline" style="margin: 32px 0"></figure><script src="/baseline.js" async></script>`,
  );
}

/** The script the baseline page loads: it writes the static map into its figure. */
export function baselineScript(markup: string): string {
  return `document.getElementById('baseline').innerHTML = ${JSON.stringify(markup)};\n`;
}

/** What the page logs once the first map is painted, followed by the time (see CLIENT). */
export const FIRST_MAP = 'hk-bench:first-map ';

/**
 * Runs in every page before its own scripts (plain JS: page functions must
 * not carry the TypeScript compiler's helpers). Records when the first map
 * shape is painted and the layout shifts, and offers the measurements.
 */
export const CLIENT = String.raw`(() => {
  const B = (window.__bench = { firstMap: null, drawn: null, cls: 0, shifts: 0 });
  // Called from an animation frame callback, the message runs once that
  // frame is painted (and after any task queued before it, never earlier).
  const afterThisFrame = (fn) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = fn;
    channel.port2.postMessage(0);
  };
  const afterPaint = (fn) => requestAnimationFrame(() => afterThisFrame(fn));
  const idle = () => new Promise((resolve) => afterPaint(resolve));
  const host = () => document.querySelector('hk-data-pause');
  const inWidget = (selector) => {
    const h = host();
    return h && h.shadowRoot && h.shadowRoot.querySelector(selector);
  };
  const region = () => document.querySelector('[data-region]') || inWidget('[data-region]');
  // The widget lays out the blocks under its map a frame after the map.
  const settling = () => Boolean(inWidget('.settling'));
  // The frame in which a map shape first exists paints it: record when that
  // frame is painted (not a frame later: whatever runs in between is not the
  // map's), and say so on the console (the bench waits for that message, so
  // it runs no script of its own in the page while the page loads). Then the
  // same for the frame that paints the whole graphic.
  let drawn;
  B.drawn = new Promise((resolve) => (drawn = resolve));
  requestAnimationFrame(function poll() {
    if (!region()) return requestAnimationFrame(poll);
    afterThisFrame(() => { B.firstMap = performance.now(); console.debug('${FIRST_MAP}' + B.firstMap); });
    (function whole() {
      if (settling()) requestAnimationFrame(whole);
      else afterThisFrame(() => drawn(performance.now()));
    })();
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) { B.cls += e.value; B.shifts += 1; }
  }).observe({ type: 'layout-shift', buffered: true });

  const statuses = (root) => {
    const get = (r) => [...root.querySelectorAll('[data-region="' + r + '"]:not([data-provider])')].map((e) => e.getAttribute('data-status') || e.getAttribute('fill'));
    return { mainland: get('mainland').join(','), hongKong: get('hong-kong').join(',') };
  };

  B.widgetStatuses = (day) => {
    const el = host();
    el.setDate(day);
    return statuses(el.shadowRoot);
  };

  // Each change waits for a painted frame and then a random 0-4 ms, so that
  // changes fall anywhere in the CPU throttler's cycle (see trimmedMean in
  // report.ts): right after a frame they kept one place in it per page, and a
  // page's changes all took either about twice or about four times their work.
  const settled = async () => {
    await idle();
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
  };

  // One change: script + style + layout until the DOM is updated (forced layout).
  B.widgetChanges = async (days, n) => {
    const el = host();
    const root = el.shadowRoot.querySelector('[data-date]');
    const times = [];
    let updated = 0;
    for (let i = 0; i < n; i++) {
      await settled();
      const day = days[i % days.length];
      const t0 = performance.now();
      el.setDate(day);
      root.getBoundingClientRect();
      times.push(performance.now() - t0);
      if (root.getAttribute('data-date') === day) updated += 1;
    }
    return { times, updated };
  };

  B.baselineChanges = async (steps, n) => {
    const input = document.getElementById('r');
    const text = document.getElementById('d');
    const main = [...document.querySelectorAll('[data-region="mainland"]')];
    const hk = [...document.querySelectorAll('[data-region="hong-kong"]')];
    const times = [];
    for (let i = 0; i < n; i++) {
      await settled();
      const s = steps[i % steps.length];
      const t0 = performance.now();
      input.value = String(s.index);
      input.setAttribute('aria-valuetext', s.label);
      text.textContent = s.label;
      for (const p of main) p.setAttribute('fill', s.mainland);
      for (const p of hk) p.setAttribute('fill', s.hongKong);
      input.getBoundingClientRect();
      times.push(performance.now() - t0);
    }
    return { times, updated: n };
  };

  // A full play: frame deltas and long tasks until playing ends, or the cap.
  // Each long task is named by the long animation frame around it, so a miss says
  // whether script (and whose), style and layout, or neither (the engine's own
  // work, such as a garbage collection) took the time.
  B.playback = (capMs, probeMs) => new Promise((resolve) => {
    const el = host();
    const deltas = [];
    const tasks = [];
    const frames = [];
    const days = new Set([el.getDate()]);
    let last = null;
    let done = false;
    const take = (entries) => {
      for (const e of entries) {
        if (e.entryType === 'longtask') tasks.push({ start: e.startTime, duration: e.duration });
        else frames.push(e);
      }
    };
    const observer = new PerformanceObserver((list) => take(list.getEntries()));
    observer.observe({ type: 'longtask' });
    if ((PerformanceObserver.supportedEntryTypes || []).includes('long-animation-frame')) observer.observe({ type: 'long-animation-frame' });
    // The day on screen at a time: observers report late, so not the day at delivery.
    const shown = [[0, el.getDate()]];
    const dayAt = (time) => shown.filter(([t]) => t <= time).pop()[1];
    const cause = (t) => {
      const end = t.start + t.duration;
      const frame = frames.find((f) => f.startTime <= t.start + 1 && t.start < f.startTime + f.duration);
      if (!frame) return "no long animation frame around it: neither script nor rendering (the engine's own work, such as a garbage collection)";
      const inside = frame.scripts.filter((x) => x.startTime >= t.start - 1 && x.startTime < end);
      const script = inside.reduce((sum, x) => sum + x.duration, 0);
      const who = [...new Set(inside.map((x) => x.invoker))].join(', ');
      const render = frame.renderStart >= t.start && frame.renderStart < end ? frame.startTime + frame.duration - frame.renderStart : 0;
      const rest = Math.max(0, t.duration - script - render);
      return 'script ' + Math.round(script) + ' ms' + (who ? ' (' + who + ')' : '') + ', rendering ' + Math.round(render) + ' ms, other ' + Math.round(rest) + ' ms';
    };
    const start = performance.now();
    const frame = (t) => {
      if (done) return;
      if (last !== null) deltas.push(t - last);
      last = t;
      const day = el.getDate();
      if (day !== shown[shown.length - 1][1]) shown.push([t, day]);
      days.add(day);
      requestAnimationFrame(frame);
    };
    const finish = (reason) => {
      if (done) return;
      done = true;
      take(observer.takeRecords());
      observer.disconnect();
      if (reason !== 'ended') el.pause();
      const longTasks = tasks.map((t) => t.duration);
      const causes = tasks.map((t) => Math.round(t.duration) + ' ms at ' + ((t.start - start) / 1000).toFixed(1) + ' s (' + dayAt(t.start) + '): ' + cause(t));
      resolve({ reason, deltas, longTasks, causes, duration: performance.now() - start, days: days.size });
    };
    el.addEventListener('hk-data-pause:change', (e) => {
      if (e.detail && e.detail.playing === false) finish('ended');
    });
    // Playing from the last day starts at 30 June: a running play shows a third day soon.
    setTimeout(() => { if (days.size < 3) finish('not-animated'); }, probeMs);
    setTimeout(() => finish('cap'), capMs);
    requestAnimationFrame(frame);
    // In a task of its own, as a reader's click is: the evaluation that runs
    // this function also carries Playwright's own work, tens of ms at 4x
    // before the first line here, which made a long task with play() in it.
    setTimeout(() => el.play());
  });

  // Each widget paints, is observed (intersection, resize), plays a few steps and changes service before destroy().
  B.cycles = async (n, provider) => {
    const target = document.getElementById('host');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    let painted = 0;
    for (let i = 0; i < n; i++) {
      const el = window.HKDataPause.mount(target, { provider });
      await frame();
      await frame();
      if (el.shadowRoot && el.shadowRoot.querySelector('[data-region]') && el.getBoundingClientRect().height > 0) painted += 1;
      el.play();
      await new Promise((r) => setTimeout(r, 120));
      el.setProvider('facebook');
      await frame();
      el.destroy();
      await new Promise((r) => setTimeout(r, 0));
    }
    B.painted = painted;
    await new Promise((r) => setTimeout(r, 100));
    return document.getElementById('host').childElementCount;
  };
})();`;
