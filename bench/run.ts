/**
 * The benchmark: `npm run bench [-- --runs N] [--compare old.json]`.
 *
 * Builds the embed into bench/.build (never dist/), serves it on 127.0.0.1
 * and measures it in Debian's Chromium with the CPU throttled 4x against a
 * baseline page that holds a static SVG of the same map. Writes
 * bench/results/latest.json and latest.md; reports budget misses, never fails on them.
 * bench/.build is removed afterwards unless --keep is given.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { cpus, platform, totalmem } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import {
  chromePath,
  heapAndNodes,
  launchChrome,
  loadUntilMap,
  MOBILE_NETWORK,
  openPage,
  THROTTLE,
  type ChangeRun,
  type PlaybackRun,
} from './lib/browser';
import {
  baselineMarkup,
  baselinePage,
  baselineScript,
  cyclesPage,
  dayIndex,
  STATUS_FILL,
  widgetPage,
  writtenDate,
} from './lib/pages';
import { markdown, median, metric, percentile, trimmedMean, type Metric, type Results } from './lib/report';
import { brotliSize, gzipSize, measureSize } from './lib/size';
import { LOCALES } from '../src/lib/data/schema';
import { TYPES } from '../tests/helpers/server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'bench/.build');
const RESULTS = join(ROOT, 'bench/results');
const KB = 1024;

/** Two days on which Zoom's status differs (Hong Kong: operational, then paused on 8 July). */
const PROVIDER = 'zoom';
const DAYS = ['2020-07-01', '2020-07-09'] as const;
const CHANGES = 40;
const WARMUP = 5;
const CYCLES = 200;
const PLAY_CAP_MS = 60_000;
const PLAYS = 3;
/**
 * Page pairs per run (widget, then baseline, three times): each page gives a
 * first map and a date change. One page's numbers vary by 20-30 % here (the
 * same build's date change: 6.6 ms in one page, 12.3 ms in the next), so each
 * ratio is taken per pair and the table's median is over all 15 pairs.
 */
const PAIRS = 3;

function args(argv: string[]): { runs: number; compare?: string; keep: boolean } {
  let runs = 5;
  let compare: string | undefined;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--keep') {
      keep = true;
      continue;
    }
    const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
    if (a.startsWith('--runs')) {
      runs = Math.max(1, Math.round(Number(value)));
      if (!a.includes('=')) i++;
      if (!Number.isFinite(runs)) throw new Error('bench: --runs takes a number');
    } else if (a.startsWith('--compare')) {
      compare = value;
      if (!a.includes('=')) i++;
    } else {
      throw new Error(`bench: unknown argument ${a} (use --runs N, --compare old.json, --keep)`);
    }
  }
  return { runs, keep, ...(compare ? { compare } : {}) };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

function buildEmbed(): void {
  log('building the embed into bench/.build ...');
  execFileSync('npx', ['vite', 'build', '--outDir', 'bench/.build', '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  // The demo article: the build writes it; take dist/'s copy if a future build stops doing so.
  const demo = join(BUILD, 'index.html');
  if (!existsSync(demo) && existsSync(join(ROOT, 'dist/index.html')))
    copyFileSync(join(ROOT, 'dist/index.html'), demo);
}

/**
 * bench/.build plus generated pages and scripts, on 127.0.0.1 with a random
 * port. Scripts go out gzip-compressed (level 9, as a CDN would) to a
 * browser that asks for it, so a throttled network pays the real transfer size.
 */
async function serve(
  pages: Map<string, string>,
  scripts: Map<string, string>,
): Promise<{ url: string; server: Server }> {
  const gzipped = new Map<string, Buffer>();
  const sendScript = (
    req: import('node:http').IncomingMessage,
    res: import('node:http').ServerResponse,
    path: string,
    body: Buffer,
  ) => {
    const headers: Record<string, string> = {
      'content-type': TYPES['.js']!,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
    };
    if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(200, headers).end(body);
      return;
    }
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipped.get(path));
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' }).end(page);
      return;
    }
    const script = scripts.get(path);
    if (script !== undefined) {
      sendScript(req, res, path, Buffer.from(script));
      return;
    }
    const file = normalize(join(BUILD, path));
    if (!file.startsWith(BUILD) || !existsSync(file) || path.endsWith('/')) {
      res.writeHead(404).end();
      return;
    }
    if (extname(file) === '.js') {
      sendScript(req, res, path, readFileSync(file));
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

interface RunValues {
  /** Per page pair of this run (PAIRS). */
  widgetMaps: number[];
  /** The frame that paints the whole widget, the blocks under the map too. */
  widgetDrawn: number[];
  baselineMaps: number[];
  widgetChanges: number[];
  baselineChanges: number[];
  widgetMapsMobile: number[];
  baselineMapsMobile: number[];
  heapGrowth: number;
  nodeGrowth: number;
  cls: number;
  clsAsync: number;
}

async function widgetStatuses(browser: Browser, url: string) {
  const s = await openPage(browser, 1);
  try {
    await loadUntilMap(s, `${url}/widget.html`);
    const out: Record<string, { mainland: string; hongKong: string }> = {};
    for (const day of DAYS)
      out[day] = await s.page.evaluate<{ mainland: string; hongKong: string }>(
        `window.__bench.widgetStatuses(${JSON.stringify(day)})`,
      );
    if (s.errors.length) log(`page errors on the widget page: ${s.errors.join(' | ')}`);
    return out;
  } finally {
    await s.close();
  }
}

async function oneRun(browser: Browser, url: string, notes: Set<string>): Promise<RunValues> {
  const changeRun = async (
    page: string,
    call: string,
  ): Promise<{ map: number; drawn: number; change: number }> => {
    const s = await openPage(browser);
    try {
      const map = await loadUntilMap(s, `${url}/${page}`);
      const drawn = await s.page.evaluate<number>('window.__bench.drawn');
      const r = await s.page.evaluate<ChangeRun>(call);
      if (r.updated < r.times.length)
        notes.add(`${page}: the DOM did not show the new date after some changes`);
      if (s.errors.length) notes.add(`${page}: page errors: ${s.errors.join(' | ')}`);
      return { map, drawn, change: trimmedMean(r.times.slice(WARMUP)) };
    } finally {
      await s.close();
    }
  };
  // One page at a time: with a second page open, the widget's date change took
  // 2-3 times as long here, so the pages are not kept open to take turns.
  type PageRun = { map: number; drawn: number; change: number };
  const pairs: { widget: PageRun; baseline: PageRun }[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const widget = await changeRun(
      'widget.html',
      `window.__bench.widgetChanges(${JSON.stringify(DAYS)}, ${CHANGES + WARMUP})`,
    );
    const baseline = await changeRun(
      'baseline.html',
      `window.__bench.baselineChanges(STEPS, ${CHANGES + WARMUP})`,
    );
    pairs.push({ widget, baseline });
  }

  // First map on a phone's network: 150 ms round trip, 1.6 Mbps down, the script gzip-compressed.
  const mobileMap = async (page: string): Promise<number> => {
    const s = await openPage(browser, THROTTLE, MOBILE_NETWORK);
    try {
      return await loadUntilMap(s, `${url}/${page}`, 60_000);
    } catch {
      notes.add(`${page}: no map within 60 s on the mobile network`);
      return Number.NaN;
    } finally {
      await s.close();
    }
  };
  const widgetMapsMobile: number[] = [];
  const baselineMapsMobile: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    widgetMapsMobile.push(await mobileMap('widget.html'));
    baselineMapsMobile.push(await mobileMap('baseline.html'));
  }

  // Memory: 200 mount/destroy cycles after a warm-up. Unthrottled: memory does not
  // depend on CPU speed, and 200 throttled mounts would take most of the time budget.
  const m = await openPage(browser, 1);
  let heapGrowth = Number.NaN;
  let nodeGrowth = Number.NaN;
  try {
    await m.page.goto(`${url}/cycles.html`);
    await m.page.waitForFunction('window.HKDataPause !== undefined');
    await m.cdp.send('Performance.enable');
    await m.page.evaluate(`window.__bench.cycles(5, ${JSON.stringify(PROVIDER)})`);
    const before = await heapAndNodes(m.cdp);
    const left = await m.page.evaluate<number>(
      `window.__bench.cycles(${CYCLES}, ${JSON.stringify(PROVIDER)})`,
    );
    const after = await heapAndNodes(m.cdp);
    if (left !== 0) notes.add(`mount/destroy: ${left} elements left in the host after destroy()`);
    heapGrowth = (after.heap - before.heap) / (KB * KB);
    nodeGrowth = after.nodes - before.nodes;
    // A cycle whose widget never painted measured less than it claims: no number then.
    const painted = await m.page.evaluate<number>('window.__bench.painted');
    if (painted !== CYCLES) {
      notes.add(`mount/destroy: only ${painted} of ${CYCLES} widgets painted before destroy()`);
      heapGrowth = Number.NaN;
      nodeGrowth = Number.NaN;
    }
    if (m.errors.length) notes.add(`cycles.html: page errors: ${m.errors.join(' | ')}`);
  } finally {
    await m.close();
  }

  // CLS while the widget loads: the demo article (script in place, parser-blocking)
  // and the editor's async snippet (widget.html), the form the README offers too.
  const clsOf = async (page: string): Promise<number> => {
    const c = await openPage(browser);
    try {
      await loadUntilMap(c, `${url}/${page}`);
      await c.page.waitForTimeout(1500);
      return await c.page.evaluate<number>('window.__bench.cls');
    } catch {
      notes.add(`${page}: no CLS measured (no map)`);
      return Number.NaN;
    } finally {
      await c.close();
    }
  };
  const cls = await clsOf('index.html');
  const clsAsync = await clsOf('widget.html');

  return {
    widgetMaps: pairs.map((p) => p.widget.map),
    widgetDrawn: pairs.map((p) => p.widget.drawn),
    baselineMaps: pairs.map((p) => p.baseline.map),
    widgetChanges: pairs.map((p) => p.widget.change),
    baselineChanges: pairs.map((p) => p.baseline.change),
    widgetMapsMobile,
    baselineMapsMobile,
    heapGrowth,
    nodeGrowth,
    cls,
    clsAsync,
  };
}

async function playback(browser: Browser, url: string): Promise<PlaybackRun> {
  const s = await openPage(browser);
  try {
    await loadUntilMap(s, `${url}/widget.html`);
    await s.page.waitForTimeout(500);
    return await s.page.evaluate<PlaybackRun>(`window.__bench.playback(${PLAY_CAP_MS}, 4500)`);
  } finally {
    await s.close();
  }
}

function chromeVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}

/**
 * Timings swing by 2x and more when other work shares the CPUs (4x
 * throttling stretches every stall), so the report says when the machine
 * was busy just before the bench started (the load average would also count
 * the bench's own builds and browsers).
 */
async function busyShare(ms = 1500): Promise<number> {
  const idle = () => cpus().reduce((sum, c) => sum + c.times.idle, 0);
  const total = () => cpus().reduce((sum, c) => sum + Object.values(c.times).reduce((a, b) => a + b, 0), 0);
  const [i0, t0] = [idle(), total()];
  await new Promise((done) => setTimeout(done, ms));
  return 1 - (idle() - i0) / Math.max(total() - t0, 1);
}

async function main(): Promise<void> {
  const started = Date.now();
  const { runs, compare, keep } = args(process.argv.slice(2));
  const previous = compare ? (JSON.parse(readFileSync(resolve(compare), 'utf8')) as Results) : undefined;
  process.chdir(ROOT);
  const busy = await busyShare();
  buildEmbed();
  log('measuring the size and its parts (in-memory variant builds) ...');
  const size = await measureSize(ROOT, join(BUILD, 'hk-data-pause.js'));

  const browser = await launchChrome();
  const pages = new Map<string, string>([
    ['/widget.html', widgetPage(PROVIDER)],
    ['/cycles.html', cyclesPage()],
  ]);
  const scripts = new Map<string, string>();
  const { url, server } = await serve(pages, scripts);
  const notes = new Set<string>();
  try {
    // What the widget shows on the two days, so the baseline sets the same fills.
    const statuses = await widgetStatuses(browser, url);
    const first = statuses[DAYS[0]]!;
    const second = statuses[DAYS[1]]!;
    if (first.mainland === second.mainland && first.hongKong === second.hongKong)
      notes.add(
        `${PROVIDER}: the map shows the same statuses on ${DAYS.join(' and ')}: pick days that differ`,
      );
    const fillOf = (s: string) => STATUS_FILL[s.split(',')[0] ?? ''] ?? '#888888';
    const steps = DAYS.map((day) => ({
      index: dayIndex(day),
      label: writtenDate(day),
      mainland: fillOf(statuses[day]!.mainland),
      hongKong: fillOf(statuses[day]!.hongKong),
    }));
    const baseline = baselineMarkup(
      ROOT,
      {
        mainland: statuses[DAYS[1]]!.mainland.split(',')[0]!,
        hongKong: statuses[DAYS[1]]!.hongKong.split(',')[0]!,
      },
      DAYS[1],
    );
    scripts.set('/baseline.js', baselineScript(baseline));
    pages.set(
      '/baseline.html',
      baselinePage().replace('</body>', `<script>var STEPS = ${JSON.stringify(steps)};</script></body>`),
    );

    // A first load in a fresh browser is slower than any after it: warm up, discard.
    for (const page of ['baseline.html', 'widget.html']) {
      const w = await openPage(browser);
      await loadUntilMap(w, `${url}/${page}`).finally(() => w.close());
    }
    const values: RunValues[] = [];
    for (let i = 0; i < runs; i++) {
      log(`run ${i + 1}/${runs} ...`);
      values.push(await oneRun(browser, url, notes));
    }
    // One play's count of long tasks is too noisy to judge (0 to 3 in a row here): take several.
    const plays: PlaybackRun[] = [];
    for (let i = 0; i < PLAYS; i++) {
      log(`playback ${i + 1}/${PLAYS} ...`);
      plays.push(await playback(browser, url));
      if (plays[0]!.reason === 'not-animated') break;
    }
    const play = plays[0]!;
    plays.forEach((p, i) => {
      for (const c of p.causes) notes.add(`playback ${i + 1}: a long task of ${c}`);
    });
    const deltas = plays.flatMap((p) => p.deltas);

    type PerPair =
      | 'widgetMaps'
      | 'widgetDrawn'
      | 'baselineMaps'
      | 'widgetChanges'
      | 'baselineChanges'
      | 'widgetMapsMobile'
      | 'baselineMapsMobile';
    type Single = Exclude<keyof RunValues, PerPair>;
    const col = (k: Single) => values.map((v) => v[k]);
    const pooled = (k: PerPair) => values.flatMap((v) => v[k]);
    // Each widget page against the baseline page loaded just after it.
    const pairRatios = (a: PerPair, b: PerPair) => values.flatMap((v) => v[a].map((x, i) => x / v[b][i]!));
    const animated = play.reason !== 'not-animated';
    const playNote = animated
      ? `${play.reason === 'ended' ? 'full play' : 'stopped at the 60 s cap'}, ${(play.duration / 1000).toFixed(1)} s, ${play.days} days, ${plays.length} ${plays.length === 1 ? 'play' : 'plays'}`
      : 'play() does not animate yet: no day change within 4.5 s';
    const metrics: Metric[] = [
      metric('size.raw', 'script raw', 'KB', [size.raw / KB]),
      metric('size.gzip', 'script gzip -9', 'KB', [size.gzip / KB], { text: '≤ 50 KB', limit: 50 }),
      metric('size.brotli', 'script brotli -11', 'KB', [size.brotli / KB]),
      ...LOCALES.map((lang) => {
        const code = readFileSync(join(BUILD, `hk-data-pause.${lang}.js`));
        return metric(
          `size.gzip.${lang}`,
          `hk-data-pause.${lang}.js gzip -9 (brotli -11 ${(brotliSize(code) / KB).toFixed(1)} KB)`,
          'KB',
          [gzipSize(code) / KB],
          { text: '≤ 44 KB', limit: 44 },
        );
      }),
      metric('map.widget', 'first map: widget', 'ms', pooled('widgetMaps')),
      metric('map.baseline', 'first map: static SVG baseline', 'ms', pooled('baselineMaps')),
      metric('map.ratio', 'first map: widget / baseline', 'x', pairRatios('widgetMaps', 'baselineMaps'), {
        text: '≤ 2x (goal 1.5x)',
        goal: 1.5,
        limit: 2,
      }),
      metric(
        'map.drawnRatio',
        'whole widget drawn (a frame after its map) / baseline first map',
        'x',
        pairRatios('widgetDrawn', 'baselineMaps'),
      ),
      metric(
        'map.widgetMobile',
        'first map on a mobile network (150 ms RTT, 1.6 Mbps, gzip): widget',
        'ms',
        pooled('widgetMapsMobile'),
      ),
      metric(
        'map.baselineMobile',
        'first map on a mobile network: static SVG baseline',
        'ms',
        pooled('baselineMapsMobile'),
      ),
      metric(
        'map.ratioMobile',
        'first map on a mobile network: widget / baseline',
        'x',
        pairRatios('widgetMapsMobile', 'baselineMapsMobile'),
        { text: '≤ 2x (goal 1.5x)', goal: 1.5, limit: 2 },
      ),
      metric('change.widget', 'date change: widget', 'ms', pooled('widgetChanges')),
      metric('change.baseline', 'date change: baseline', 'ms', pooled('baselineChanges')),
      metric(
        'change.ratio',
        'date change: widget / baseline',
        'x',
        pairRatios('widgetChanges', 'baselineChanges'),
        {
          text: '≤ 2.5x',
          limit: 2.5,
        },
      ),
      metric(
        'play.longTasks',
        'playback: long tasks (> 50 ms)',
        '',
        // The worst play counts: one bad play in three is a miss, not outvoted by the median.
        animated ? [Math.max(...plays.map((p) => p.longTasks.length))] : [],
        { text: '0 in the worst play', limit: 0 },
        `${playNote}; per play: ${plays.map((p) => p.longTasks.length).join(', ')}`,
      ),
      metric('play.frameMedian', 'playback: frame time median', 'ms', animated ? [median(deltas)] : []),
      metric('play.frameP95', 'playback: frame time p95', 'ms', animated ? [percentile(deltas, 95)] : []),
      metric('play.frameMax', 'playback: frame time max', 'ms', animated ? [Math.max(...deltas)] : []),
      metric(
        'memory.heap',
        `JS heap growth after ${CYCLES} mount/paint/play/destroy`,
        'MB',
        col('heapGrowth'),
        {
          text: '< 1 MB',
          limit: 1,
          kind: 'under',
        },
      ),
      metric(
        'memory.nodes',
        `DOM node growth after ${CYCLES} mount/paint/play/destroy`,
        '',
        col('nodeGrowth'),
      ),
      metric('cls', 'CLS of the demo article (script in place)', 'CLS', col('cls'), { text: '0', limit: 0 }),
      metric('cls.async', 'CLS of the async snippet', 'CLS', col('clsAsync'), { text: '0', limit: 0 }),
    ];
    const results: Results = {
      version: 1,
      date: new Date().toISOString().slice(0, 16).replace('T', ' '),
      machine: {
        cpus: cpus().length,
        memory: `${Math.round(totalmem() / KB ** 3)} GB`,
        chrome: chromeVersion(chromePath()),
        node: process.versions.node,
        platform: platform(),
      },
      settings: { runs, throttle: THROTTLE, dateChangeIterations: CHANGES, cycles: CYCLES },
      size,
      metrics,
      notes: [
        ...notes,
        ...(busy > 0.2
          ? [
              `the machine was busy before the bench began (${Math.round(busy * 100)} % of CPU time used by other work): rerun the timings on a quiet machine`,
            ]
          : []),
        ...(animated
          ? []
          : ['playback: play() does not animate yet, so frame times and long tasks are not measured']),
      ],
    };
    mkdirSync(RESULTS, { recursive: true });
    const md = markdown(results, previous);
    writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(RESULTS, 'latest.md'), md);
    process.stdout.write(md);
    log(`\nwrote bench/results/latest.json and latest.md in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await browser.close();
    server.close();
    // The build is not source: leave nothing for the formatter and linter to trip over.
    if (!keep) rmSync(BUILD, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
