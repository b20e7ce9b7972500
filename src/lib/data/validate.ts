/**
 * Validation of a dataset: the schema, then the rules that relate records to
 * each other. Never throws: every problem comes back as a message naming the
 * path inside the file, so an editor can find and fix it.
 */
import * as v from 'valibot';
import { DatasetSchema, REGIONS, type Dataset } from './schema';

export interface Problem {
  /** Where in the document, e.g. `events[3].sources[0].url`. */
  path: string;
  message: string;
}

export type Validation = { ok: true; data: Dataset } | { ok: false; problems: Problem[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

/** Cross-record rules that a schema cannot say. */
function relations(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const providers = new Set<string>();
  data.providers.forEach((p, i) => {
    if (providers.has(p.id))
      problems.push({ path: `providers[${i}].id`, message: `duplicate provider id "${p.id}"` });
    providers.add(p.id);
  });
  data.providers.forEach((p, i) => {
    if (p.parent !== undefined && !providers.has(p.parent))
      problems.push({ path: `providers[${i}].parent`, message: `unknown provider "${p.parent}"` });
  });

  const status = new Map<string, string>();
  data.baselines.forEach((b, i) => {
    const key = `${b.provider}/${b.region}`;
    if (!providers.has(b.provider))
      problems.push({ path: `baselines[${i}].provider`, message: `unknown provider "${b.provider}"` });
    else if (status.has(key))
      problems.push({ path: `baselines[${i}]`, message: `second baseline for ${key}` });
    status.set(key, b.status);
  });
  for (const p of providers)
    for (const r of REGIONS)
      if (!status.has(`${p}/${r}`))
        problems.push({ path: 'baselines', message: `no baseline for ${p}/${r}` });

  const ids = new Set<string>();
  const changeDays = new Set<string>();
  let previous = '';
  data.events.forEach((e, i) => {
    const at = `events[${i}]`;
    if (ids.has(e.id)) problems.push({ path: `${at}.id`, message: `duplicate event id "${e.id}"` });
    ids.add(e.id);
    if (e.date < previous)
      problems.push({
        path: `${at}.date`,
        message: `${e.date} comes before the previous event (${previous}): keep events in date order`,
      });
    previous = e.date > previous ? e.date : previous;
    if (e.provider !== undefined && !providers.has(e.provider))
      problems.push({ path: `${at}.provider`, message: `unknown provider "${e.provider}"` });
    if ((e.provider === undefined) !== (e.region === undefined))
      problems.push({ path: at, message: 'provider and region go together: give both or neither' });
    if ((e.from === undefined) !== (e.to === undefined))
      problems.push({ path: at, message: 'from and to go together: give both or neither' });
    if (e.announced !== undefined && e.announced < e.date)
      problems.push({ path: `${at}.announced`, message: 'announced must not be before date' });
    if (e.dateEnd !== undefined && e.dateEnd <= e.date)
      problems.push({ path: `${at}.dateEnd`, message: 'dateEnd must be after date' });
    if (e.from === undefined || e.to === undefined) return;
    if (e.provider === undefined || e.region === undefined) {
      problems.push({ path: at, message: 'a status change needs a provider and a region' });
      return;
    }
    const key = `${e.provider}/${e.region}`;
    if (e.from === e.to) problems.push({ path: `${at}.to`, message: `from and to are both "${e.to}"` });
    const current = status.get(key);
    if (current !== undefined && current !== e.from)
      problems.push({
        path: `${at}.from`,
        message: `is "${e.from}" but ${key} is "${current}" at that point`,
      });
    const day = `${key}@${e.date}`;
    if (changeDays.has(day))
      problems.push({ path: `${at}.date`, message: `a second status change for ${key} on ${e.date}` });
    changeDays.add(day);
    status.set(key, e.to);
  });

  data.figures.forEach((f, i) => {
    if (!providers.has(f.provider))
      problems.push({ path: `figures[${i}].provider`, message: `unknown provider "${f.provider}"` });
    if (f.period.to < f.period.from)
      problems.push({ path: `figures[${i}].period`, message: 'period ends before it starts' });
  });
  return problems;
}

export function validateDataset(input: unknown): Validation {
  try {
    const result = v.safeParse(DatasetSchema, input);
    if (!result.success) {
      return {
        ok: false,
        problems: result.issues.map((issue) => ({ path: pathOf(issue), message: issue.message })),
      };
    }
    const problems = relations(result.output);
    return problems.length ? { ok: false, problems } : { ok: true, data: result.output };
  } catch (error) {
    // Hostile input (getters that throw, revoked proxies) must not escape.
    return { ok: false, problems: [{ path: '(root)', message: `cannot be read: ${describeError(error)}` }] };
  }
}

/** What was thrown, in words; a thrown value may itself refuse to become a string. */
function describeError(error: unknown): string {
  try {
    return String(error);
  } catch {
    return 'an unreadable value was thrown';
  }
}

export function formatProblems(file: string, problems: readonly Problem[]): string {
  return problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n');
}
