/**
 * What the script weighs and what each part of it costs.
 *
 * Two views of the same question:
 * - standalone: each part's source gzipped on its own, in the form it enters
 *   the bundle (minified JSON of the imported keys, the final CSS text); the
 *   code is what is left of the total;
 * - marginal: the same config built again (in memory, never written) with one
 *   part replaced by an empty stub of the same shape; the part costs the
 *   difference in the whole script's gzip size.
 * The code is split into Svelte runtime, other libraries and our own code in
 * proportion to the gzip size of each group's rendered modules, minified on
 * their own (from the build with every part stubbed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { withoutSourceDays } from '../../build/script';
import { build, loadConfigFromFile, minifySync, type Plugin, type PluginOption, type Rolldown } from 'vite';

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

export const brotliSize = (data: string | Buffer): number =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(data),
    },
  }).length;

export type Part = 'geometry' | 'dataset' | 'strings' | 'css';
export const PARTS: readonly Part[] = ['geometry', 'dataset', 'strings', 'css'];

export interface CodeGroup {
  /** gzip of the group's rendered modules, minified on their own. */
  standaloneGzip: number;
  /** Its share of the code-only build's gzip size. */
  estimatedGzip: number;
}

export interface SizeReport {
  raw: number;
  gzip: number;
  brotli: number;
  /** gzip of each part's source on its own; `code` is the total minus the parts. */
  standalone: Record<Part | 'code', number>;
  /** gzip the whole script loses when that part is stubbed out. */
  marginal: Record<Part, number>;
  /** gzip of the build with every part stubbed: code only. */
  codeOnlyGzip: number;
  code: Record<'svelte' | 'libraries' | 'ours', CodeGroup>;
  /** The largest modules of the code by standalone minified gzip. */
  topModules: { id: string; gzip: number }[];
}

const CSS_ID = /\?svelte&type=style/;
const CSS_START = '@@BENCH_CSS_START';
const CSS_END = '@@BENCH_CSS_END';
const CSS_PLACEHOLDER = /(["'`])\/\*__HK_DATA_PAUSE_CSS__\*\/\1/;

/** Same keys, no content: strings become '', arrays [], numbers stay. */
function hollow(value: unknown): unknown {
  if (typeof value === 'string') return '';
  if (Array.isArray(value)) return [];
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hollow(v)]));
  return value;
}

function partOf(id: string): Part | undefined {
  if (id.endsWith('/data/geo/map.json')) return 'geometry';
  if (id.endsWith('/data/dataset.json')) return 'dataset';
  if (/\/data\/strings\/[^/]+\.json$/.test(id)) return 'strings';
  if (CSS_ID.test(id)) return 'css';
  return undefined;
}

interface Probe {
  css: string;
  modules: { id: string; code: string }[];
}

/** Stubs the given parts; records the CSS text and the rendered modules. */
function probePlugins(stub: ReadonlySet<Part>, probe: Probe, markCss: boolean): Plugin[] {
  const plugins: Plugin[] = [
    {
      name: 'bench-stub',
      enforce: 'pre',
      load(id) {
        const part = partOf(id);
        if (!part || part === 'css' || !stub.has(part)) return null;
        return JSON.stringify(hollow(JSON.parse(readFileSync(id, 'utf8'))));
      },
      transform(_code, id) {
        if (stub.has('css') && partOf(id) === 'css') return { code: '' };
        return null;
      },
    },
    {
      name: 'bench-probe',
      enforce: 'post',
      renderChunk(_code, chunk) {
        for (const [id, m] of Object.entries(chunk.modules))
          if (m.code) probe.modules.push({ id, code: m.code });
        return null;
      },
      generateBundle: {
        // First: mark the CSS placeholder, which the project's plugin fills later.
        order: 'pre',
        handler(_options, bundle) {
          for (const item of Object.values(bundle)) {
            if (item.type !== 'chunk' || !markCss) continue;
            item.code = item.code.replace(CSS_PLACEHOLDER, (whole, q: string) => {
              return `${q}${CSS_START}${q}+${whole}+${q}${CSS_END}${q}`;
            });
          }
        },
      },
    },
  ];
  if (!markCss) return plugins;
  return [
    ...plugins,
    {
      name: 'bench-probe-after',
      enforce: 'post',
      generateBundle(_options, bundle) {
        for (const item of Object.values(bundle)) {
          if (item.type !== 'chunk') continue;
          const start = item.code.indexOf(CSS_START);
          const end = item.code.indexOf(CSS_END);
          if (start < 0 || end < 0) continue;
          // "@@START"+"<css as JSON>"+"@@END"
          const literal = item.code.slice(start + CSS_START.length + 2, end - 2);
          probe.css = literal.startsWith('"') ? (JSON.parse(literal) as string) : '';
        }
      },
    },
  ];
}

/**
 * Plugins of the project's config that only write other files (the static
 * pictures render every component and take seconds, the per-language
 * scripts are builds of their own): left out of
 * the variant builds, which only look at the script.
 */
const SIDE_FILE_PLUGINS = new Set(['hk-pictures', 'hk-language-scripts', 'hk-builder']);

function withoutSideFiles(options: PluginOption[] | undefined): PluginOption[] {
  return (options ?? []).flatMap((p): PluginOption[] => {
    if (Array.isArray(p)) return withoutSideFiles(p);
    if (p && typeof p === 'object' && 'name' in p && SIDE_FILE_PLUGINS.has(p.name)) return [];
    return [p];
  });
}

/** The bundled script of one in-memory build of the project's config. */
async function variant(
  root: string,
  stub: ReadonlySet<Part>,
  markCss = false,
): Promise<{ js: string } & Probe> {
  const probe: Probe = { css: '', modules: [] };
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    join(root, 'vite.config.ts'),
    root,
    'silent',
  );
  if (!loaded) throw new Error('bench: vite.config.ts not found');
  const [stubFirst, ...probeRest] = probePlugins(stub, probe, markCss);
  const out = await build({
    ...loaded.config,
    root,
    configFile: false,
    logLevel: 'silent',
    // The stub first: it must answer for a data file before the project's own loader (build/script.ts) does.
    plugins: [stubFirst, ...withoutSideFiles(loaded.config.plugins), ...probeRest],
    build: {
      ...loaded.config.build,
      write: false,
      emptyOutDir: false,
      outDir: join(root, 'bench/.build/variant'),
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunk = outputs
    .flatMap((o) => o.output)
    .find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.fileName.endsWith('.js'));
  if (!chunk) throw new Error('bench: the variant build produced no script');
  return { js: chunk.code, ...probe };
}

/**
 * Keys that src/lib/data/bundled.ts imports from the dataset (all of it for a
 * default import), without what the build drops (sources' days).
 */
function bundledDataset(root: string): unknown {
  const data = withoutSourceDays(JSON.parse(readFileSync(join(root, 'data/dataset.json'), 'utf8'))) as Record<
    string,
    unknown
  >;
  const source = readFileSync(join(root, 'src/lib/data/bundled.ts'), 'utf8');
  const named = /import\s*\{([^}]*)\}\s*from\s*['"][^'"]*dataset\.json['"]/.exec(source);
  if (!named?.[1]) return data;
  const keys = named[1]
    .split(',')
    .map((k) => k.trim().split(/\s+as\s+/)[0]!)
    .filter(Boolean);
  return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]));
}

function minifiedGzip(code: string): number {
  if (!code) return 0;
  // Top-level names stay (the fragments are not whole programs); locals are mangled.
  const out = minifySync('group.js', code, { compress: true, mangle: true });
  return gzipSize(out.code);
}

export async function measureSize(root: string, script: string): Promise<SizeReport> {
  const file = readFileSync(script);
  const gzip = gzipSize(file);

  const minJson = (path: string) => JSON.stringify(JSON.parse(readFileSync(join(root, path), 'utf8')));
  const stringsFiles = ['de', 'en', 'zh-Hant'].map((l) => `data/strings/${l}.json`);
  const full = await variant(root, new Set(), true);
  const standaloneParts: Record<Part, number> = {
    geometry: gzipSize(minJson('data/geo/map.json')),
    dataset: gzipSize(JSON.stringify(bundledDataset(root))),
    strings: gzipSize(stringsFiles.map(minJson).join('')),
    css: gzipSize(full.css),
  };
  const partsSum = PARTS.reduce((sum, p) => sum + standaloneParts[p], 0);

  // Against an in-memory build of the same sources, so that edits made meanwhile do not skew it.
  const reference = gzipSize((await variant(root, new Set())).js);
  const marginal = {} as Record<Part, number>;
  for (const part of PARTS) marginal[part] = reference - gzipSize((await variant(root, new Set([part]))).js);

  const codeOnly = await variant(root, new Set(PARTS));
  const codeOnlyGzip = gzipSize(codeOnly.js);
  const groups: Record<'svelte' | 'libraries' | 'ours', string[]> = { svelte: [], libraries: [], ours: [] };
  const perModule: { id: string; gzip: number }[] = [];
  for (const m of codeOnly.modules) {
    if (partOf(m.id)) continue;
    const group = m.id.includes('/node_modules/svelte/')
      ? 'svelte'
      : m.id.includes('/node_modules/')
        ? 'libraries'
        : 'ours';
    groups[group].push(m.code);
    perModule.push({ id: m.id.replace(`${root}/`, ''), gzip: minifiedGzip(m.code) });
  }
  const standaloneGroups = {
    svelte: minifiedGzip(groups.svelte.join('\n')),
    libraries: minifiedGzip(groups.libraries.join('\n')),
    ours: minifiedGzip(groups.ours.join('\n')),
  };
  const groupSum = standaloneGroups.svelte + standaloneGroups.libraries + standaloneGroups.ours || 1;
  const share = (g: keyof typeof standaloneGroups): CodeGroup => ({
    standaloneGzip: standaloneGroups[g],
    estimatedGzip: Math.round((codeOnlyGzip * standaloneGroups[g]) / groupSum),
  });

  return {
    raw: file.length,
    gzip,
    brotli: brotliSize(file),
    standalone: { ...standaloneParts, code: gzip - partsSum },
    marginal,
    codeOnlyGzip,
    code: { svelte: share('svelte'), libraries: share('libraries'), ours: share('ours') },
    topModules: perModule.sort((a, b) => b.gzip - a.gzip).slice(0, 12),
  };
}
