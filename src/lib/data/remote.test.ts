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
});
