/**
 * The snippets the builder (dist/builder.html) writes for editors: the
 * script tag (versioned URL, SRI, per-language file when a language is
 * picked), and the iframe forms of dist/embed.html (fixed height, pym.js,
 * AMP). Pure: every URL is resolved against `base`, the folder of dist/.
 */
export type Chosen = Record<string, string | boolean>;

export interface BuildInfo {
  version: string;
  /** SRI hash of each versioned script: '' for the universal one, else the language. */
  integrity: Record<string, string>;
}

export const ALT = "Map: tech firms pausing Hong Kong authorities' data requests, 2020";
export const TITLE = "Tech firms pausing Hong Kong authorities' data requests, 2020";
export const PYM_ID = 'hk-data-pause-pym';

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function langOf(options: Chosen): string {
  return typeof options.lang === 'string' ? options.lang : '';
}

/** The script and its `<noscript>` picture, in the picked language (universal script for the page's language). */
export function scriptSnippet(base: string, options: Chosen, build: BuildInfo): string {
  const lang = langOf(options);
  const attrs = Object.entries(options)
    .map(([k, v]) => (v === true ? ` data-${k}` : ` data-${k}="${escapeAttr(String(v))}"`))
    .join('');
  const script = new URL(`hk-data-pause${lang ? `.${lang}` : ''}@${build.version}.js`, base).href;
  const fallback = new URL(`hk-data-pause-fallback${lang ? `.${lang}` : ''}.svg`, base).href;
  return (
    `<script src="${script}" integrity="${build.integrity[lang] ?? ''}" crossorigin="anonymous" data-hk-data-pause${attrs}></script>\n` +
    `<noscript><img src="${fallback}" alt="${ALT}" width="700"></noscript>`
  );
}

/** embed.html with the options as its query string. */
export function iframeUrl(base: string, options: Chosen): string {
  const url = new URL('embed.html', base);
  for (const [k, v] of Object.entries(options)) url.searchParams.set(k, v === true ? 'true' : String(v));
  return url.href;
}

/** A plain iframe of a fixed height (measured to fit at common widths). */
export function iframeSnippet(url: string, height: number): string {
  return `<iframe src="${escapeAttr(url)}" title="${TITLE}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** A pym.js parent: pym loads the iframe and resizes it from the page's messages. */
export function pymSnippet(url: string): string {
  return (
    `<div id="${PYM_ID}"></div>\n` +
    `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>\n` +
    `<script>new pym.Parent('${PYM_ID}', '${url.replace(/'/g, '%27')}', { title: "${TITLE}" });</script>`
  );
}

/** AMP: amp-iframe, resizable (needs the `overflow` element), scripts only, the still image as placeholder. */
export function ampSnippet(base: string, url: string, options: Chosen, height: number): string {
  const image = new URL(`images/hk-data-pause.${langOf(options) || 'en'}.png`, base).href;
  return (
    `<amp-iframe src="${escapeAttr(url)}" title="${TITLE}" height="${height}" layout="fixed-height" ` +
    `sandbox="allow-scripts" resizable frameborder="0">\n` +
    `  <div overflow tabindex="0" role="button" aria-label="Show the whole graphic">Show the whole graphic</div>\n` +
    `  <amp-img placeholder layout="fill" src="${image}" alt="${ALT}"></amp-img>\n` +
    `</amp-iframe>`
  );
}
