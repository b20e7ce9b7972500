/**
 * A static server for browser tests: dist/ (the built embed) plus test host
 * pages from tests/pages, on 127.0.0.1 with a random port. Pages can set
 * response headers (e.g. a CSP) and routes can be scripted per test.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

// HK_DIST lets a parallel build (e.g. the benchmark's) be tested without touching dist/.
const DIST = resolve(process.env.HK_DIST ?? 'dist');
const PAGES = resolve('tests/pages');
/** Content types of the files the tests and the benchmark serve. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface TestServer {
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Serves `html` at `path` with extra headers. */
  page(path: string, html: string, headers?: Record<string, string>): void;
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const routes = new Map<string, Handler>();
  const requests: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const route = routes.get(path);
    if (route && (await route(req, res))) return;
    const page = pages.get(path);
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...page.headers }).end(page.html);
      return;
    }
    for (const base of [DIST, PAGES]) {
      const file = normalize(join(base, path.startsWith('/pages/') ? path.slice(6) : path));
      if (!file.startsWith(base)) continue;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
        return;
      } catch {
        // try the next folder
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
    },
    route(path, handler) {
      routes.set(path, handler);
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
