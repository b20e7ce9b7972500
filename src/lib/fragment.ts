/**
 * Shared links: `#hk-data-pause=2020-07-07,microsoft` opens the first widget
 * of a page on that day and provider. Pure string work, so the same code
 * reads the page's fragment and writes the "copy link" URL.
 *
 * The fragment, not the query string, because it never reaches the host's
 * server (no cache misses, no CMS routing surprises) and because a page can
 * react to it changing without reloading.
 */
import { isIsoDay } from './data/schema';

export const FRAGMENT_KEY = 'hk-data-pause';

export interface Fragment {
  date?: string;
  provider?: string;
}

/** Provider ids are kebab-case, as the schema requires. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Reads our entry from a URL fragment (`#a=1&hk-data-pause=…` works too).
 * Date and provider may come in either order; anything else is ignored.
 * Returns null when the fragment says nothing usable for us.
 */
export function parseFragment(hash: string): Fragment | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const entry = body.split('&').find((p) => p.startsWith(`${FRAGMENT_KEY}=`));
  if (entry === undefined) return null;
  const out: Fragment = {};
  for (const raw of decode(entry.slice(FRAGMENT_KEY.length + 1)).split(',')) {
    const part = raw.trim();
    if (out.date === undefined && isIsoDay(part)) out.date = part;
    // A malformed date (2020-13-01) is kebab-case too, but no provider.
    else if (out.provider === undefined && ID.test(part) && !/^\d+-\d+-\d+$/.test(part)) out.provider = part;
  }
  return out.date === undefined && out.provider === undefined ? null : out;
}

/** `hk-data-pause=2020-07-07,microsoft` (either part may be left out). */
export function serializeFragment(fragment: Fragment): string {
  const parts = [fragment.date, fragment.provider].filter((p): p is string => !!p);
  return `${FRAGMENT_KEY}=${parts.map(encodeURIComponent).join(',')}`;
}

/**
 * The page's URL with our fragment set, for the "copy link" button: other
 * `&`-joined fragment entries survive, an earlier entry of ours is replaced.
 * A plain anchor (`#comments`) is dropped, since the link's point is the widget.
 */
export function shareUrl(
  date: string,
  provider: string,
  pageUrl: string = globalThis.location?.href ?? '',
): string {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return `#${serializeFragment({ date, provider })}`;
  }
  const kept = url.hash
    .slice(1)
    .split('&')
    .filter((p) => p.includes('=') && !p.startsWith(`${FRAGMENT_KEY}=`));
  url.hash = [...kept, serializeFragment({ date, provider })].join('&');
  return url.href;
}
