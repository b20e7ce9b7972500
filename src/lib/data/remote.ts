/**
 * Loading a dataset from an editor-set `src` URL. The widget already shows
 * the bundled data, so this only ever answers "use this" or "here is why
 * not": it never throws, never hangs past its timeout, never reads more than
 * `maxBytes`, and hands back data only after the full schema check plus a
 * refusal of markup and script URLs (the reader must never see half-valid
 * data).
 */
import type { Dataset } from './schema';
import { validateDataset } from './validate';

export type LoadResult = { ok: true; data: Dataset } | { ok: false; reason: string };

export interface LoadOptions {
  /** The fetch to use (the page's by default; tests pass their own). */
  fetch?: typeof fetch;
  /** Whole request, body included. The contract allows 5 s at most. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (the published dataset is ~80 KB). */
  maxBytes?: number;
  /** Aborts the load, e.g. when the widget is removed meanwhile. */
  signal?: AbortSignal;
}

class LoadError extends Error {}

/**
 * Markup or script URLs anywhere in the file. The widget renders every
 * string as text, so none could run; but a remote dataset carrying them is
 * broken or tampered with, and the reader must not see it in any form.
 * (`<` before a digit or space, as in "< 5 %", is ordinary text.)
 */
const SUSPICIOUS = /<\s*[a-z!/?]|\b(?:javascript|vbscript|data)\s*:/i;

function findSuspicious(value: unknown, path: string, depth = 0): string | undefined {
  if (depth > 20) return path;
  if (typeof value === 'string') return SUSPICIOUS.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const found = SUSPICIOUS.test(key) ? at : findSuspicious(child, at, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Reads the body as UTF-8, stopping as soon as it grows beyond `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) {
    // No stream (some polyfilled fetches): the length check happens after the fact.
    const text = await response.text();
    if (new TextEncoder().encode(text).length > maxBytes)
      throw new LoadError(`response larger than ${maxBytes} bytes`);
    return text;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop the download too, not just our reading of it.
      reader.cancel().catch(() => {});
      throw new LoadError(`response larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function describe(error: unknown): string {
  if (error instanceof LoadError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

export async function loadDataset(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { timeoutMs = 5000, maxBytes = 512 * 1024, signal } = options;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onAbort = () => controller.abort();
  try {
    const doFetch = options.fetch ?? globalThis.fetch;
    if (typeof doFetch !== 'function') return { ok: false, reason: 'fetch is not available' };
    if (signal?.aborted) return { ok: false, reason: 'aborted' };
    signal?.addEventListener('abort', onAbort, { once: true });

    // A race as well as an abort: a fetch that ignores its signal still cannot hold us past the timeout.
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // Reject first: aborting settles the `aborted` promise, which would otherwise win the race.
        reject(new LoadError(`no complete response within ${timeoutMs} ms`));
        controller.abort();
      }, timeoutMs);
    });
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(new LoadError('aborted')), { once: true });
    });
    // Whichever loses the race rejects later with nobody listening: keep that quiet.
    expired.catch(() => {});
    aborted.catch(() => {});

    const work = (async (): Promise<string> => {
      // No cookies or other credentials: the request must not identify the reader.
      const response = await doFetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      });
      if (!response.ok) throw new LoadError(`HTTP ${response.status}`);
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes)
        throw new LoadError(`response larger than ${maxBytes} bytes (${declared})`);
      return readLimited(response, maxBytes);
    })();
    work.catch(() => {});
    const text = await Promise.race([work, expired, aborted]);

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { ok: false, reason: `not valid JSON (${describe(error)})` };
    }
    const markup = findSuspicious(json, '');
    if (markup !== undefined) return { ok: false, reason: `markup or a script URL in ${markup || '(root)'}` };
    const result = validateDataset(json);
    if (!result.ok) {
      const first = result.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
      const more = result.problems.length > 3 ? ` (+${result.problems.length - 3} more)` : '';
      return { ok: false, reason: `invalid dataset: ${first.join('; ')}${more}` };
    }
    return { ok: true, data: result.data };
  } catch (error) {
    return { ok: false, reason: describe(error) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    // Releases a still-open connection when we gave up early (size, status).
    controller.abort();
  }
}
