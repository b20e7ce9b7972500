/**
 * The editors' snippet builder (dist/builder.html): a form for every
 * option, a live widget, and the snippet to paste, with the script's SRI
 * hash, or an iframe form (plain, pym.js, AMP) with a preview that resizes
 * the way its parent would. Bundled and inlined into the page at build time
 * (build/builder.ts); reads the providers from the published data next to it.
 */
import {
  ampSnippet,
  iframeSnippet,
  iframeUrl,
  pymSnippet,
  scriptSnippet,
  TITLE,
  type BuildInfo,
} from '../src/lib/snippets';

interface BuilderWidget extends HTMLElement {
  destroy(): void;
}
interface BuilderWindow {
  /** Written by the build: the version and the SRI hash of each versioned script ('' = universal). */
  HK_BUILD: BuildInfo;
  HKDataPause: { mount(target: Element, options: Record<string, unknown>): BuilderWidget };
}

const w = window as unknown as BuilderWindow;
const form = document.getElementById('options') as HTMLFormElement;
const preview = document.getElementById('preview')!;
const snippet = document.getElementById('snippet') as HTMLTextAreaElement;
const providerSelect = form.elements.namedItem('provider') as HTMLSelectElement;
const providerBoxes = document.getElementById('providers')!;
const kind = document.getElementById('kind') as HTMLSelectElement;
// The folder the builder is served from is where the script and its siblings live.
const base = new URL('./', location.href).href;

let widget: BuilderWidget | undefined;

/** The chosen options, only those that differ from the defaults. */
function chosen(): Record<string, string | boolean> {
  const data = new FormData(form);
  const out: Record<string, string | boolean> = {};
  for (const name of ['lang', 'provider', 'date', 'theme']) {
    const value = String(data.get(name) ?? '');
    if (value) out[name] = value;
  }
  if (data.get('autoplay')) out.autoplay = true;
  if (!data.get('headline')) out.headline = false;
  const listed = data.getAll('providers').map(String);
  if (listed.length) out.providers = listed.join(',');
  return out;
}

/**
 * Heights of the widget with these options at common widths (phone, column,
 * wide), measured by iframes of embed.html off screen, which post their
 * heights like they do to any parent. The fixed-height snippet takes the
 * tallest, so it fits at all of them.
 */
const WIDTHS = [360, 700, 1000];
const heights = new Map<string, number>();
let measuring = '';
function measure(url: string, done: (height: number) => void) {
  const known = heights.get(url);
  if (known) return done(known);
  measuring = url;
  const frames = WIDTHS.map((width) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.width = String(width);
    frame.height = '600';
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    frame.className = 'measure';
    document.body.append(frame);
    return frame;
  });
  const got = new Map<Window, number>();
  const listen = (event: MessageEvent) => {
    const data = event.data as { sentinel?: string; type?: string; height?: number };
    const from = frames.find((f) => f.contentWindow === event.source);
    if (!from || data?.sentinel !== 'amp' || data.type !== 'embed-size' || typeof data.height !== 'number')
      return;
    got.set(event.source as Window, data.height);
    if (got.size < frames.length) return;
    window.removeEventListener('message', listen);
    frames.forEach((f) => f.remove());
    const height = Math.max(...got.values());
    heights.set(url, height);
    if (measuring === url) done(height);
  };
  window.addEventListener('message', listen);
}

/** An iframe in the preview that resizes itself from its page's AMP or pym messages, as the snippet's parent would. */
function resizingFrame(url: string, protocol: 'amp' | 'pym'): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  const childId = 'hk-data-pause-preview';
  frame.src = protocol === 'pym' ? `${url}${url.includes('?') ? '&' : '?'}childId=${childId}` : url;
  frame.title = TITLE;
  frame.width = '100%';
  frame.height = '600';
  frame.className = 'frame';
  const listen = (event: MessageEvent) => {
    if (!frame.isConnected) return window.removeEventListener('message', listen);
    if (event.source !== frame.contentWindow) return;
    const data: unknown = event.data;
    if (protocol === 'amp' && typeof data === 'object' && data !== null) {
      const m = data as { sentinel?: string; type?: string; height?: number };
      if (m.sentinel === 'amp' && m.type === 'embed-size' && typeof m.height === 'number')
        frame.height = String(m.height);
    }
    if (protocol === 'pym' && typeof data === 'string') {
      const [pym, id, type, value] = data.split('xPYMx');
      if (pym === 'pym' && id === childId && type === 'height') frame.height = value ?? frame.height;
    }
  };
  window.addEventListener('message', listen);
  return frame;
}

// No style attribute on the <img>: strict-CSP pages would block it; CMS styles usually scale images anyway.
// No `async` on the script: in place and parser-blocking, the graphic is there before the text
// below it is painted, so nothing shifts (CLS 0). The script is small and cacheable.
function render() {
  const options = chosen();
  widget?.destroy();
  widget = undefined;
  preview.replaceChildren();
  const url = iframeUrl(base, options);
  if (kind.value === 'script') {
    snippet.value = scriptSnippet(base, options, w.HK_BUILD);
    widget = w.HKDataPause.mount(preview, options);
  } else if (kind.value === 'iframe') {
    snippet.value = 'Measuring the height…';
    measure(url, (height) => {
      if (kind.value !== 'iframe') return;
      snippet.value = iframeSnippet(url, height);
      const frame = document.createElement('iframe');
      frame.src = url;
      frame.title = TITLE;
      frame.width = '100%';
      frame.height = String(height);
      frame.className = 'frame';
      preview.replaceChildren(frame);
    });
  } else if (kind.value === 'pym') {
    snippet.value = pymSnippet(url);
    preview.append(resizingFrame(url, 'pym'));
  } else {
    snippet.value = ampSnippet(base, url, options, 900);
    preview.append(resizingFrame(url, 'amp'));
  }
}

async function init() {
  try {
    const response = await fetch(new URL('hk-data-pause.json', base));
    const data = (await response.json()) as { providers: { id: string; name: string }[] };
    for (const p of data.providers) {
      providerSelect.add(new Option(p.name, p.id));
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'providers';
      box.value = p.id;
      label.append(box, ` ${p.name}`);
      providerBoxes.append(label);
    }
  } catch {
    // Without the published data the builder still works, with the default provider only.
    providerSelect.add(new Option('(default)', ''));
  }
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  kind.addEventListener('change', render);
  document.getElementById('copy')!.addEventListener('click', async () => {
    const status = document.getElementById('copied')!;
    try {
      await navigator.clipboard.writeText(snippet.value);
      status.textContent = 'Copied.';
    } catch {
      // No clipboard permission (plain http, old browser): select it for Ctrl+C instead.
      snippet.select();
      status.textContent = 'Selected: press Ctrl+C (⌘C).';
    }
  });
  render();
}

void init();
