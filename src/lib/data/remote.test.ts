import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from './remote';

const VALID = readFileSync('data/dataset.json', 'utf8');

/** A fetch that answers every request with `make()`, recording what it was asked. */
function fakeFetch(make: (init?: RequestInit) => Response | Promise<Response>) {
  return vi.fn(async (_url: string | URL | Request, init?: RequestInit) =>
    make(init),
  ) as unknown as typeof fetch;
}

/** A body that sends `chunks` bytes of `x` in 64 KB pieces, without a content-length. */
function streamed(chunks: number): Response {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(64 * 1024).fill(120));
    },
  });
  return new Response(body, { status: 200 });
}

describe('loadDataset', () => {
  it('returns valid data, asking without credentials', async () => {
    const fetch = fakeFetch(() => new Response(VALID, { status: 200 }));
    const result = await loadDataset('https://example.org/d.json', { fetch });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.providers.length).toBeGreaterThan(0);
    const init = (fetch as unknown as ReturnType<typeof vi.fn>).mock.calls[0]![1] as RequestInit;
    expect(init.credentials).toBe('omit');
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    ['an HTTP error', () => new Response('nope', { status: 404 }), /HTTP 404/],
    ['a server error', () => new Response('', { status: 500 }), /HTTP 500/],
    ['HTML', () => new Response('<!doctype html><p>hi', { status: 200 }), /not valid JSON/],
    ['truncated JSON', () => new Response(VALID.slice(0, 2000), { status: 200 }), /not valid JSON/],
    ['the wrong schema', () => new Response('{"hello":"world"}', { status: 200 }), /invalid dataset/],
    ['an array', () => new Response('[1,2,3]', { status: 200 }), /invalid dataset/],
    ['null', () => new Response('null', { status: 200 }), /invalid dataset/],
  ])('fails on %s', async (_name, make, reason) => {
    const result = await loadDataset('https://example.org/d.json', { fetch: fakeFetch(make) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('fails on a declared size beyond the limit without reading the body', async () => {
    const result = await loadDataset('x', {
      maxBytes: 1000,
      fetch: fakeFetch(() => new Response('{}', { headers: { 'content-length': '5000' } })),
    });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/larger than 1000 bytes/) });
  });

  it('stops reading a streamed body once it passes the limit', async () => {
    const result = await loadDataset('x', { fetch: fakeFetch(() => streamed(1000)) });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/larger than 524288 bytes/) });
  });

  it('gives up after the timeout, even when fetch ignores its signal', async () => {
    const started = Date.now();
    const result = await loadDataset('x', { timeoutMs: 50, fetch: fakeFetch(() => new Promise(() => {})) });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/within 50 ms/) });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('gives up on a body that stalls after the headers', async () => {
    const stalled = new Response(new ReadableStream({ pull: () => new Promise(() => {}) }), { status: 200 });
    const result = await loadDataset('x', { timeoutMs: 50, fetch: fakeFetch(() => stalled) });
    expect(result.ok).toBe(false);
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = loadDataset('x', {
      signal: controller.signal,
      fetch: fakeFetch(
        (init) =>
          new Promise((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new Error('abort'))),
          ),
      ),
    });
    controller.abort();
    expect(await pending).toEqual({ ok: false, reason: 'aborted' });
  });

  it('never throws, whatever fetch does', async () => {
    const throwing = (() => {
      throw new TypeError('boom');
    }) as unknown as typeof fetch;
    expect(await loadDataset('x', { fetch: throwing })).toEqual({ ok: false, reason: 'TypeError: boom' });
    const result = await loadDataset('x', { fetch: fakeFetch(() => Promise.reject('weird')) });
    expect(result).toEqual({ ok: false, reason: 'weird' });
  });

  it('keeps markup and javascript: URLs as plain data or rejects them', async () => {
    const data = JSON.parse(VALID);
    data.events[0].text.en = '<img src=x onerror="window.__pwned=1">';
    data.events[0].sources[0].url = 'javascript:window.__pwned=1';
    const result = await loadDataset('x', { fetch: fakeFetch(() => new Response(JSON.stringify(data))) });
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/markup or a script URL in events\[0\]/),
    });
    const url = JSON.parse(VALID);
    url.providers[0].name = 'JavaScript: the good parts';
    const named = await loadDataset('x', { fetch: fakeFetch(() => new Response(JSON.stringify(url))) });
    expect(named).toEqual({ ok: false, reason: expect.stringMatching(/providers\[0\]\.name/) });
  });

  it('accepts a less-than sign before a number', async () => {
    const data = JSON.parse(VALID);
    data.events[0].text.en = 'Fewer than <5 % of requests, and < 10 later';
    const result = await loadDataset('x', { fetch: fakeFetch(() => new Response(JSON.stringify(data))) });
    expect(result.ok).toBe(true);
  });

  it("asks without a referrer, and lets go of the caller's signal when done", async () => {
    const fetch = fakeFetch(() => new Response(VALID, { status: 200 }));
    const caller = new AbortController();
    const removed = vi.spyOn(caller.signal, 'removeEventListener');
    expect((await loadDataset('x', { fetch, signal: caller.signal })).ok).toBe(true);
    const init = (fetch as unknown as ReturnType<typeof vi.fn>).mock.calls[0]![1] as RequestInit;
    expect(init.referrerPolicy).toBe('no-referrer');
    expect(removed).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  it('does not ask at all when fetch is missing or the caller has already aborted', async () => {
    const none = await loadDataset('x', { fetch: 'no fetch here' as unknown as typeof fetch });
    expect(none).toEqual({ ok: false, reason: 'fetch is not available' });
    const fetch = fakeFetch(() => new Response(VALID));
    const caller = new AbortController();
    caller.abort();
    expect(await loadDataset('x', { fetch, signal: caller.signal })).toEqual({
      ok: false,
      reason: 'aborted',
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads a body sent in many pieces back together', async () => {
    const bytes = new TextEncoder().encode(VALID);
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(at, (at += 1000)));
      },
    });
    const result = await loadDataset('x', { fetch: fakeFetch(() => new Response(body)) });
    expect(result.ok).toBe(true);
  });

  it('takes a body of exactly the limit, declared or streamed, and no byte more', async () => {
    const limit = 2 * 64 * 1024;
    // Two full pieces: exactly the limit, read to the end (and then not JSON).
    const exact = await loadDataset('x', { maxBytes: limit, fetch: fakeFetch(() => streamed(2)) });
    expect(exact).toEqual({ ok: false, reason: expect.stringMatching(/^not valid JSON/) });
    const over = await loadDataset('x', { maxBytes: limit - 1, fetch: fakeFetch(() => streamed(2)) });
    expect(over).toEqual({ ok: false, reason: `response larger than ${limit - 1} bytes` });
    const declared = await loadDataset('x', {
      maxBytes: VALID.length * 4,
      fetch: fakeFetch(
        () => new Response(VALID, { headers: { 'content-length': String(VALID.length * 4) } }),
      ),
    });
    expect(declared.ok).toBe(true);
  });

  it('checks the size of a body that comes without a stream too', async () => {
    const plain = (text: string) =>
      fakeFetch(
        () =>
          ({
            ok: true,
            status: 200,
            headers: new Headers(),
            body: null,
            text: async () => text,
          }) as unknown as Response,
      );
    expect((await loadDataset('x', { fetch: plain(VALID) })).ok).toBe(true);
    expect(await loadDataset('x', { maxBytes: 100, fetch: plain(VALID) })).toEqual({
      ok: false,
      reason: 'response larger than 100 bytes',
    });
  });

  it('names the first three problems of an invalid dataset and counts the rest', async () => {
    const broken = (n: number) => {
      const data = JSON.parse(VALID);
      for (let i = 0; i < n; i++) data.events[i].date = 'soon';
      return fakeFetch(() => new Response(JSON.stringify(data)));
    };
    const day = 'must be a calendar day written YYYY-MM-DD';
    expect(await loadDataset('x', { fetch: broken(2) })).toEqual({
      ok: false,
      reason: `invalid dataset: events[0].date: ${day}; events[1].date: ${day}`,
    });
    expect(await loadDataset('x', { fetch: broken(3) })).toEqual({
      ok: false,
      reason: `invalid dataset: events[0].date: ${day}; events[1].date: ${day}; events[2].date: ${day}`,
    });
    expect(await loadDataset('x', { fetch: broken(5) })).toEqual({
      ok: false,
      reason: `invalid dataset: events[0].date: ${day}; events[1].date: ${day}; events[2].date: ${day} (+2 more)`,
    });
  });

  it('refuses data nested deeper than any dataset is, without walking all of it', async () => {
    let deep: unknown = 'text';
    for (let i = 0; i < 30; i++) deep = [deep];
    const result = await loadDataset('x', {
      fetch: fakeFetch(() => new Response(JSON.stringify({ title: deep }))),
    });
    // Flagged 20 levels down, before the schema is even asked.
    expect(result).toEqual({ ok: false, reason: `markup or a script URL in title${'[0]'.repeat(20)}` });
    // Nesting as deep as a real dataset's is fine (the schema then speaks).
    const shallow = await loadDataset('x', {
      fetch: fakeFetch(() => new Response(JSON.stringify({ title: [[['text']]] }))),
    });
    expect(shallow).toEqual({ ok: false, reason: expect.stringMatching(/^invalid dataset: /) });
  });
});
