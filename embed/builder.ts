/**
 * The editors' snippet builder (dist/builder.html): a form for every
 * option, a live widget, and the snippet to paste, with the script's SRI
 * hash. Inlined into the page at build time (vite.config.ts), so it imports
 * nothing and reads the providers from the published data next to it.
 */
interface BuilderWidget extends HTMLElement {
  destroy(): void;
}
interface BuilderWindow {
  HK_INTEGRITY: string;
  HKDataPause: { mount(target: Element, options: Record<string, unknown>): BuilderWidget };
}

const w = window as unknown as BuilderWindow;
const form = document.getElementById('options') as HTMLFormElement;
const preview = document.getElementById('preview')!;
const snippet = document.getElementById('snippet') as HTMLTextAreaElement;
const providerSelect = form.elements.namedItem('provider') as HTMLSelectElement;
const providerBoxes = document.getElementById('providers')!;
// The folder the builder is served from is where the script and its siblings live.
const base = new URL('./', location.href);

let widget: BuilderWidget | undefined;

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

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

// No style attribute on the <img>: strict-CSP pages would block it; CMS styles usually scale images anyway.
// No `async` on the script: in place and parser-blocking, the graphic is there before the text
// below it is painted, so nothing shifts (CLS 0). The script is small and cacheable.
function render() {
  const options = chosen();
  const attrs = Object.entries(options)
    .map(([k, v]) => (v === true ? ` data-${k}` : ` data-${k}="${escapeAttr(String(v))}"`))
    .join('');
  const script = new URL('hk-data-pause.js', base).href;
  const fallback = new URL('hk-data-pause-fallback.svg', base).href;
  snippet.value =
    `<script src="${script}" integrity="${w.HK_INTEGRITY}" crossorigin="anonymous" data-hk-data-pause${attrs}></script>\n` +
    `<noscript><img src="${fallback}" alt="Map: tech firms pausing Hong Kong authorities' data requests, 2020" width="700"></noscript>`;
  widget?.destroy();
  widget = w.HKDataPause.mount(preview, options);
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
