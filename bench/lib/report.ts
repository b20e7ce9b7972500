/** Statistics, budgets and the Markdown table of a benchmark run. */
import type { SizeReport } from './size';

export type Status = 'pass' | 'over goal' | 'miss' | 'info';

export interface Metric {
  key: string;
  label: string;
  unit: string;
  /** One value per run (one value for sizes). */
  runs: number[];
  median: number;
  min: number;
  max: number;
  budget: string;
  status: Status;
  note?: string;
}

export interface Results {
  version: 1;
  date: string;
  machine: { cpus: number; memory: string; chrome: string; node: string; platform: string };
  settings: { runs: number; throttle: number; dateChangeIterations: number; cycles: number };
  size: SizeReport;
  metrics: Metric[];
  notes: string[];
}

export function median(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/**
 * The mean without the lowest and highest tenth. For a date change under CPU
 * throttling: Chromium throttles by pausing the main thread for about three
 * quarters of a millisecond after each quarter of one, so a change of half a
 * millisecond takes either about its own time or several times more, by where
 * it falls in that cycle. The median of such times picks one side; the mean
 * is four times the work, as on a CPU four times slower. The trim drops a
 * garbage collection landing in a change.
 */
export function trimmedMean(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const cut = Math.floor(v.length / 10);
  const kept = v.slice(cut, v.length - cut);
  return kept.length ? kept.reduce((a, b) => a + b, 0) / kept.length : Number.NaN;
}

export function percentile(values: readonly number[], p: number): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))]!;
}

/** A budget: the limit (miss above it) and optionally a stricter goal. */
export interface Budget {
  text: string;
  limit?: number;
  goal?: number;
  /** `max`: the value must stay at or under the limit; `under`: strictly under it. */
  kind?: 'max' | 'under';
}

export function metric(
  key: string,
  label: string,
  unit: string,
  runs: readonly number[],
  budget?: Budget,
  note?: string,
): Metric {
  const finite = runs.filter((x) => Number.isFinite(x));
  const med = median(finite);
  let status: Status = budget ? 'pass' : 'info';
  // A value that could not be measured (no runs, or a run without a number) is a miss, never a pass or "n/a".
  if (finite.length === 0 || finite.length < runs.length) status = 'miss';
  else if (budget?.limit !== undefined) {
    const over = budget.kind === 'under' ? med >= budget.limit : med > budget.limit;
    if (over) status = 'miss';
    else if (budget.goal !== undefined && med > budget.goal) status = 'over goal';
  }
  return {
    key,
    label,
    unit,
    runs: [...runs],
    median: med,
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
    budget: budget?.text ?? '',
    status,
    ...(note ? { note } : {}),
  };
}

export function format(value: number | undefined, unit: string): string {
  if (value === undefined || !Number.isFinite(value)) return 'miss';
  const digits = unit === 'x' || unit === 'MB' ? 2 : unit === 'CLS' ? 3 : unit === '' ? 0 : 1;
  const number = value.toFixed(digits);
  return unit === '' || unit === 'CLS' ? number : `${number} ${unit}`;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function markdown(results: Results, previous?: Results): string {
  const old = new Map((previous?.metrics ?? []).map((m) => [m.key, m]));
  const head = ['metric', 'median', 'min', 'max', 'budget', 'status', ...(previous ? ['previous'] : [])];
  const rows = results.metrics.map((m) => {
    const single = m.runs.length <= 1;
    return [
      m.label + (m.note ? ` (${m.note})` : ''),
      format(m.median, m.unit),
      single ? '' : format(m.min, m.unit),
      single ? '' : format(m.max, m.unit),
      m.budget,
      m.status,
      ...(previous ? [format(old.get(m.key)?.median, m.unit)] : []),
    ];
  });
  const table = (header: string[], body: string[][]) =>
    [
      `| ${header.join(' | ')} |`,
      `| ${header.map(() => '---').join(' | ')} |`,
      ...body.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');

  const s = results.size;
  const parts: string[][] = [
    ['geometry (data/geo/map.json)', kb(s.standalone.geometry), kb(s.marginal.geometry)],
    ['dataset (what bundled.ts imports)', kb(s.standalone.dataset), kb(s.marginal.dataset)],
    ['strings (data/strings/*.json)', kb(s.standalone.strings), kb(s.marginal.strings)],
    ['CSS', kb(s.standalone.css), kb(s.marginal.css)],
    ['code (the rest)', kb(s.standalone.code), kb(s.codeOnlyGzip)],
    ['– Svelte runtime', '', `≈ ${kb(s.code.svelte.estimatedGzip)}`],
    ['– other libraries', '', `≈ ${kb(s.code.libraries.estimatedGzip)}`],
    ['– our code', '', `≈ ${kb(s.code.ours.estimatedGzip)}`],
  ];
  const m = results.machine;
  return [
    `# Benchmark ${results.date}`,
    '',
    `${m.cpus} CPUs, ${m.memory} RAM, ${m.chrome}, Node ${m.node}; CPU throttled ${results.settings.throttle}x; ` +
      `${results.settings.runs} runs, three page pairs each for first map and date change (median, min, max over all values).`,
    '',
    table(head, rows),
    '',
    `## Size of hk-data-pause.js: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip -9, ${kb(s.brotli)} brotli -11`,
    '',
    table(['part', 'gzip on its own', 'gzip it adds to the script'], parts),
    '',
    'Largest code modules (each minified and gzipped on its own):',
    '',
    table(
      ['module', 'gzip'],
      s.topModules.map((t) => [t.id, kb(t.gzip)]),
    ),
    ...(results.notes.length ? ['', ...results.notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}
