/**
 * The iframe page (dist/embed.html): options from its query string, and the
 * height messages it posts to the page around it.
 */
import { OPTION_NAMES } from './option-names';

/**
 * The contract's options found in a query string, as strings (validated
 * later like attributes). Other parameters (pym's `childId`, `initialWidth`,
 * `parentUrl`) are not options and are left out.
 */
export function optionsFromQuery(search: string): Record<string, string> {
  const params = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const name of OPTION_NAMES) {
    const value = params.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

/** pym.js's id for this child, as its parent sends it in the query string. */
export function pymChildId(search: string): string | undefined {
  return new URLSearchParams(search).get('childId') ?? undefined;
}

/** AMP's resize request (`<amp-iframe resizable>`). */
export function ampMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** pym.js's child height message (pym.Child's sendHeight). */
export function pymMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join('xPYMx');
}
