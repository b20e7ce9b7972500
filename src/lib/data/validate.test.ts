import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import raw from '../../../data/dataset.json';
import type { Dataset, TimelineEvent } from './schema';
import { formatProblems, validateDataset, type Problem } from './validate';

const RAW_TEXT = JSON.stringify(raw);

/** A fresh, independent copy of the bundled dataset to break. */
function copy(): Dataset {
  return JSON.parse(RAW_TEXT) as Dataset;
}

function eventIndex(d: Dataset, id: string): number {
  const i = d.events.findIndex((e) => e.id === id);
  if (i < 0) throw new Error(`no event ${id}`);
  return i;
}

function event(d: Dataset, id: string): TimelineEvent {
  return d.events[eventIndex(d, id)]!;
}

function baselineIndex(d: Dataset, provider: string, region: string): number {
  const i = d.baselines.findIndex((b) => b.provider === provider && b.region === region);
  if (i < 0) throw new Error(`no baseline ${provider}/${region}`);
  return i;
}

/** Sets a value the types do not allow: that is the point of a broken copy. */
function put(target: object, key: string | number, value: unknown): void {
  Reflect.set(target, key, value);
}

function problemsAfter(edit: (d: Dataset) => void): Problem[] {
  const d = copy();
  edit(d);
  const result = validateDataset(d);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

function expectProblem(edit: (d: Dataset) => void, path: string | ((d: Dataset) => string), message: RegExp) {
  const at = typeof path === 'string' ? path : path(copy());
  expect(problemsAfter(edit)).toContainEqual({ path: at, message: expect.stringMatching(message) });
}

const TELEGRAM = (d: Dataset) => eventIndex(d, 'telegram-hk-paused');

describe('the bundled dataset', () => {
  it('validates and comes back unchanged', () => {
    const result = validateDataset(copy());
    if (!result.ok) throw new Error(formatProblems('data/dataset.json', result.problems));
    expect(result.data).toEqual(raw);
  });
});

describe('each rule rejects a broken copy, naming the path', () => {
  it('unknown provider id in an event, a baseline or a figure', () => {
    expectProblem(
      (d) => (event(d, 'telegram-hk-paused').provider = 'myspace'),
      (d) => `events[${TELEGRAM(d)}].provider`,
      /unknown provider "myspace"/,
    );
    expectProblem((d) => (d.baselines[3]!.provider = 'myspace'), 'baselines[3].provider', /unknown provider/);
    expectProblem((d) => (d.figures[0]!.provider = 'myspace'), 'figures[0].provider', /unknown provider/);
    expectProblem((d) => (d.providers[1]!.parent = 'meta'), 'providers[1].parent', /unknown provider "meta"/);
  });

  it('an id that is no kebab-case id', () => {
    expectProblem((d) => (d.providers[0]!.id = 'Face Book'), 'providers[0].id', /kebab-case/);
  });

  it('unknown status', () => {
    expectProblem(
      (d) => put(event(d, 'telegram-hk-paused'), 'to', 'suspended'),
      (d) => `events[${TELEGRAM(d)}].to`,
      /must be one of operational, paused, blocked, unavailable/,
    );
    expectProblem((d) => put(d.baselines[0]!, 'status', 'censored'), 'baselines[0].status', /must be one of/);
    expectProblem(
      (d) => put(d.baselines[0]!, 'region', 'macau'),
      'baselines[0].region',
      /mainland, hong-kong/,
    );
  });

  it('a date that is not a calendar day written YYYY-MM-DD', () => {
    for (const bad of [
      '2020-02-30',
      '2021-02-29',
      '2020-13-01',
      '2020-7-5',
      '20200705',
      '2020-07-05T00:00',
    ]) {
      expectProblem(
        (d) => (event(d, 'telegram-hk-paused').date = bad),
        (d) => `events[${TELEGRAM(d)}].date`,
        /calendar day/,
      );
    }
    expectProblem((d) => (d.baselines[0]!.since = '2009-06-31'), 'baselines[0].since', /calendar day/);
    expectProblem((d) => (d.figures[0]!.period.to = '2019-11-31'), 'figures[0].period.to', /calendar day/);
    expectProblem((d) => (d.updated = '2026-02-29'), 'updated', /calendar day/);
  });

  it('accepts 29 February in a leap year', () => {
    const d = copy();
    d.baselines[0]!.since = '2008-02-29';
    expect(validateDataset(d).ok).toBe(true);
  });

  it('`from` that is not the status in force', () => {
    expectProblem(
      (d) => (event(d, 'telegram-hk-paused').from = 'blocked'),
      (d) => `events[${TELEGRAM(d)}].from`,
      /is "blocked" but telegram\/hong-kong is "operational" at that point/,
    );
    // The baseline changes, the first change no longer starts from it.
    expectProblem(
      (d) => (d.baselines[baselineIndex(d, 'zoom', 'hong-kong')]!.status = 'blocked'),
      (d) => `events[${eventIndex(d, 'zoom-hk-paused')}].from`,
      /is "operational" but zoom\/hong-kong is "blocked"/,
    );
    // A second pause of a provider already paused.
    expectProblem(
      (d) => {
        const again = { ...event(d, 'google-hk-paused'), id: 'google-hk-paused-again', date: '2020-08-13' };
        d.events.splice(eventIndex(d, 'google-hk-mlat'), 0, again);
      },
      (d) => `events[${eventIndex(d, 'google-hk-mlat')}].from`,
      /is "operational" but google\/hong-kong is "paused"/,
    );
  });

  it('a change to the same status', () => {
    expectProblem(
      (d) => (event(d, 'telegram-hk-paused').to = 'operational'),
      (d) => `events[${TELEGRAM(d)}].to`,
      /from and to are both "operational"/,
    );
  });

  it('two changes of one provider and region on one day', () => {
    expectProblem(
      (d) => {
        const i = eventIndex(d, 'facebook-hk-paused');
        const back = {
          ...d.events[i]!,
          id: 'facebook-hk-resumed',
          from: 'paused',
          to: 'operational',
        } as const;
        d.events.splice(i + 1, 0, back);
      },
      (d) => `events[${eventIndex(d, 'facebook-hk-paused') + 1}].date`,
      /a second status change for facebook\/hong-kong on 2020-07-06/,
    );
  });

  it('the same day is fine for different providers or regions', () => {
    const d = copy();
    const i = eventIndex(d, 'facebook-hk-paused');
    d.events.splice(i + 1, 0, {
      ...d.events[i]!,
      id: 'facebook-mainland-test',
      region: 'mainland',
      from: 'blocked',
      to: 'unavailable',
    });
    expect(validateDataset(d).ok).toBe(true);
  });

  it('a source that is not https', () => {
    expectProblem(
      (d) => (event(d, 'telegram-hk-paused').sources[0]!.url = 'http://hongkongfp.com/2020/07/05/'),
      (d) => `events[${TELEGRAM(d)}].sources[0].url`,
      /must be an https:\/\/ URL/,
    );
    expectProblem(
      (d) => (d.baselines[0]!.sources[1]!.url = 'ftp://example.org/a'),
      'baselines[0].sources[1].url',
      /https/,
    );
    expectProblem((d) => (d.figures[2]!.sources[0]!.url = 'not a url'), 'figures[2].sources[0].url', /URL/);
  });

  it('an event without sources, or a source without publisher or date', () => {
    expectProblem(
      (d) => (event(d, 'telegram-hk-paused').sources = []),
      (d) => `events[${TELEGRAM(d)}].sources`,
      /needs at least one source/,
    );
    expectProblem(
      (d) => (event(d, 'telegram-hk-paused').sources[0]!.published = '5 July 2020'),
      (d) => `events[${TELEGRAM(d)}].sources[0].published`,
      /YYYY, YYYY-MM or YYYY-MM-DD/,
    );
    expectProblem(
      (d) => Reflect.deleteProperty(event(d, 'telegram-hk-paused').sources[0]!, 'publisher'),
      (d) => `events[${TELEGRAM(d)}].sources[0].publisher`,
      /publisher/,
    );
  });

  it('a text missing, empty or extra in some language', () => {
    expectProblem(
      (d) => Reflect.deleteProperty(event(d, 'telegram-hk-paused').text, 'zh-Hant'),
      (d) => `events[${TELEGRAM(d)}].text.zh-Hant`,
      /zh-Hant/,
    );
    expectProblem((d) => (d.baselines[2]!.text.de = '   '), 'baselines[2].text.de', /must not be empty/);
    expectProblem((d) => (d.notes[0]!.text.en = 'x'.repeat(601)), 'notes[0].text.en', /too long/);
    expectProblem((d) => put(d.figures[0]!.text, 'fr', 'texte'), 'figures[0].text.fr', /fr/);
  });

  it('a missing or second baseline', () => {
    expectProblem(
      (d) => d.baselines.splice(baselineIndex(d, 'apple', 'hong-kong'), 1),
      'baselines',
      /no baseline for apple\/hong-kong/,
    );
    expectProblem(
      (d) => d.baselines.push({ ...d.baselines[0]! }),
      (d) => `baselines[${d.baselines.length}]`,
      /second baseline for facebook\/mainland/,
    );
  });

  it('events out of date order', () => {
    expectProblem(
      (d) => {
        const i = TELEGRAM(d);
        [d.events[i], d.events[i + 1]] = [d.events[i + 1]!, d.events[i]!];
      },
      (d) => `events[${TELEGRAM(d) + 1}].date`,
      /2020-07-05 comes before the previous event \(2020-07-06\): keep events in date order/,
    );
  });

  it('duplicate ids', () => {
    expectProblem(
      (d) => (event(d, 'microsoft-hk-paused').id = 'zoom-hk-paused'),
      (d) => `events[${eventIndex(d, 'microsoft-hk-paused')}].id`,
      /duplicate event id "zoom-hk-paused"/,
    );
    expectProblem(
      (d) => d.providers.push({ id: 'zoom', name: 'Zoom again' }),
      (d) => `providers[${d.providers.length}].id`,
      /duplicate provider id "zoom"/,
    );
  });

  it('half a change, or a change without a place', () => {
    expectProblem(
      (d) => Reflect.deleteProperty(event(d, 'telegram-hk-paused'), 'to'),
      (d) => `events[${TELEGRAM(d)}]`,
      /from and to go together/,
    );
    expectProblem(
      (d) => Reflect.deleteProperty(event(d, 'telegram-hk-paused'), 'region'),
      (d) => `events[${TELEGRAM(d)}]`,
      /provider and region go together/,
    );
    expectProblem(
      (d) => Object.assign(event(d, 'law-in-force'), { from: 'operational', to: 'paused' }),
      'events[0]',
      /needs a provider and a region/,
    );
  });

  it('announced before the date, dateEnd not after it, a figure period backwards', () => {
    expectProblem(
      (d) => (event(d, 'google-hk-paused').announced = '2020-06-29'),
      (d) => `events[${eventIndex(d, 'google-hk-paused')}].announced`,
      /announced must not be before date/,
    );
    expectProblem(
      (d) => (event(d, 'tiktok-hk-withdrawn').dateEnd = '2020-07-09'),
      (d) => `events[${eventIndex(d, 'tiktok-hk-withdrawn')}].dateEnd`,
      /dateEnd must be after date/,
    );
    expectProblem(
      (d) => (d.figures[0]!.period = { from: '2019-12-31', to: '2019-07-01' }),
      'figures[0].period',
      /period ends before it starts/,
    );
  });

  it('other schema mistakes: time zone, unknown keys, wrong types, no providers', () => {
    expectProblem((d) => put(d, 'timezone', 'UTC'), 'timezone', /Asia\/Hong_Kong/);
    expectProblem((d) => put(d, 'extra', 1), 'extra', /extra/);
    expectProblem((d) => put(event(d, 'law-in-force'), 'Date', '2020-06-30'), 'events[0].Date', /Date/);
    expectProblem((d) => put(event(d, 'law-in-force'), 'time', '11pm'), 'events[0].time', /HH:MM/);
    expectProblem((d) => put(d.figures[0]!, 'value', '241'), 'figures[0].value', /number/);
    expectProblem((d) => (d.figures[0]!.value = Number.POSITIVE_INFINITY), 'figures[0].value', /./);
    expectProblem((d) => (d.providers = []), 'providers', /at least one provider/);
    expectProblem((d) => put(d, 'events', {}), 'events', /Array/);
  });

  it('reports every cross-record problem at once', () => {
    const problems = problemsAfter((d) => {
      event(d, 'telegram-hk-paused').from = 'blocked';
      event(d, 'zoom-hk-paused').id = 'microsoft-hk-paused';
      d.baselines.splice(baselineIndex(d, 'apple', 'mainland'), 1);
    });
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/telegram\/hong-kong/),
        expect.stringMatching(/duplicate event id/),
        expect.stringMatching(/no baseline for apple\/mainland/),
      ]),
    );
  });
});

describe('formatProblems', () => {
  it('writes one line per problem: file, path, message', () => {
    expect(
      formatProblems('data/x.json', [
        { path: 'events[3].from', message: 'is "blocked"' },
        { path: 'baselines', message: 'no baseline for apple/mainland' },
      ]),
    ).toBe(
      'data/x.json: events[3].from: is "blocked"\ndata/x.json: baselines: no baseline for apple/mainland',
    );
  });
});

// ---------------------------------------------------------------------------
// Property-based tests
// ---------------------------------------------------------------------------

function expectRejected(input: unknown): void {
  let result: ReturnType<typeof validateDataset> | undefined;
  expect(() => (result = validateDataset(input))).not.toThrow();
  expect(result?.ok).toBe(false);
  if (result && !result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe('string');
      expect(typeof p.message).toBe('string');
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

type Path = (string | number)[];

/** Every node of a JSON value (the root too), as paths from the root. */
function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...at, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, k]));
  return out;
}

function parentOf(root: object, path: Path): object {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = Reflect.get(node as object, key);
  return node as object;
}

/** Replaces the node at `path` (defining it with `descriptor`); at the root, returns the new root. */
function replaceAt(root: object, path: Path, descriptor: PropertyDescriptor): unknown {
  if (path.length === 0) {
    if ('value' in descriptor) return descriptor.value;
    const holder = {};
    Object.defineProperty(holder, 'title', { ...descriptor, enumerable: true, configurable: true });
    return holder;
  }
  Object.defineProperty(parentOf(root, path), path[path.length - 1]!, {
    ...descriptor,
    enumerable: true,
    configurable: true,
  });
  return root;
}

const ALL_PATHS = pathsOf(raw);

function deepArray(depth: number): unknown {
  let node: unknown = [];
  for (let i = 0; i < depth; i++) node = [node];
  return node;
}

function deepObject(depth: number): unknown {
  let node: unknown = {};
  for (let i = 0; i < depth; i++) node = { id: 'x', text: node };
  return node;
}

// Built once: the validator only reads them.
const DEEP_ARRAY = deepArray(20_000);
const DEEP_OBJECT = deepObject(20_000);
const HUGE = 'X '.repeat(500_000);

function throwingProxy(target: object): unknown {
  const boom = () => {
    throw new Error('trap');
  };
  return new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
  });
}

function revokedProxy(): unknown {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Values that are invalid wherever they stand in a dataset. */
const HOSTILE: { name: string; make: () => PropertyDescriptor }[] = [
  {
    name: 'getter that throws',
    make: () => ({
      get() {
        throw new Error('getter');
      },
    }),
  },
  {
    name: 'getter that throws a non-error',
    make: () => ({
      get() {
        throw Object.create(null);
      },
    }),
  },
  { name: 'proxy whose traps throw (object)', make: () => ({ value: throwingProxy({}) }) },
  { name: 'proxy whose traps throw (array)', make: () => ({ value: throwingProxy([]) }) },
  { name: 'revoked proxy', make: () => ({ value: revokedProxy() }) },
  { name: 'deeply nested arrays', make: () => ({ value: DEEP_ARRAY }) },
  { name: 'deeply nested objects', make: () => ({ value: DEEP_OBJECT }) },
  { name: 'huge string', make: () => ({ value: HUGE }) },
  {
    name: '__proto__ key',
    make: () => ({ value: JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}') as unknown }),
  },
  {
    name: 'constructor.prototype keys',
    make: () => ({ value: JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown }),
  },
  { name: 'null-prototype object', make: () => ({ value: Object.create(null) as unknown }) },
  { name: 'symbol', make: () => ({ value: Symbol('s') }) },
  { name: 'bigint', make: () => ({ value: 10n }) },
  { name: 'function', make: () => ({ value: () => 'operational' }) },
  { name: 'NaN', make: () => ({ value: Number.NaN }) },
  { name: 'Map', make: () => ({ value: new Map([['en', 'x']]) }) },
];

describe('validateDataset on random and hostile input', () => {
  it('rejects random JSON values without throwing', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), expectRejected), { numRuns: 150 });
  });

  it('rejects random JavaScript values without throwing', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
          maxDepth: 4,
        }),
        expectRejected,
      ),
      { numRuns: 150 },
    );
  });

  it('rejects objects with the top-level keys but random contents', () => {
    const keys = Object.keys(raw);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), { minKeys: 1 }),
        expectRejected,
      ),
      { numRuns: 100 },
    );
  });

  it('rejects the real dataset with any one node made hostile', () => {
    fc.assert(
      fc.property(fc.nat({ max: ALL_PATHS.length - 1 }), fc.nat({ max: HOSTILE.length - 1 }), (p, h) => {
        const path = ALL_PATHS[p]!;
        const input = replaceAt(copy(), path, HOSTILE[h]!.make());
        expectRejected(input);
      }),
      { numRuns: 150 },
    );
  });

  it('rejects every kind of hostile value at the root and in an event date', () => {
    for (const hostile of HOSTILE) {
      expectRejected(replaceAt(copy(), [], hostile.make()));
      expectRejected(replaceAt(copy(), ['events', 3, 'date'], hostile.make()));
      expectRejected(replaceAt(copy(), ['events', 3], hostile.make()));
    }
  });

  it('does not let "__proto__" keys through or pollute prototypes', () => {
    const text = RAW_TEXT.replace('{"title"', '{"__proto__":{"polluted":true},"title"').replace(
      '{"id":"telegram-hk-paused"',
      '{"__proto__":{"polluted":true},"id":"telegram-hk-paused"',
    );
    const result = validateDataset(JSON.parse(text));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining(['__proto__', `events[${TELEGRAM(copy())}].__proto__`]),
      );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats ids that are names of Object.prototype members as ordinary ids', () => {
    for (const id of ['constructor', 'tostring', 'hasownproperty', 'valueof']) {
      const d = copy();
      d.providers.push({ id, name: id });
      const missing = validateDataset(d);
      expect(missing.ok).toBe(false);
      if (!missing.ok)
        expect(missing.problems.map((p) => p.message)).toEqual([
          `no baseline for ${id}/mainland`,
          `no baseline for ${id}/hong-kong`,
        ]);
      for (const region of ['mainland', 'hong-kong'] as const)
        d.baselines.push({ ...d.baselines[0]!, provider: id, region, status: 'operational' });
      expect(validateDataset(d).ok).toBe(true);
    }
  });

  it('handles long hostile strings quickly', () => {
    const started = performance.now();
    for (const value of [
      'a-'.repeat(200_000),
      `${'a'.repeat(400_000)}!`,
      `https://${'a.'.repeat(100_000)}`,
    ]) {
      const d = copy();
      d.providers[0]!.id = value;
      d.updated = value;
      d.events[0]!.sources[0]!.published = value;
      expect(validateDataset(d).ok).toBe(false);
    }
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// ---------------------------------------------------------------------------
// Random mutations of the real dataset, judged by an independent oracle
// ---------------------------------------------------------------------------

const STATUS_NAMES = ['operational', 'paused', 'blocked', 'unavailable'];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDay(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const length = mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1];
  return length !== undefined && d >= 1 && d <= length;
}

function isHttpsUrl(value: string): boolean {
  return value.startsWith('https://') && URL.canParse(value);
}

/** The rules, written again from scratch, for the fields that the mutations touch. */
function consistent(d: Dataset): boolean {
  const sources = [...d.baselines, ...d.events, ...d.figures].flatMap((r) => r.sources);
  if (!sources.every((s) => isHttpsUrl(s.url))) return false;
  const days = [
    ...d.baselines.map((b) => b.since),
    ...d.events.flatMap((e) => [e.date, e.announced, e.usDate, e.dateEnd]),
    ...d.figures.flatMap((f) => [f.period.from, f.period.to]),
  ].filter((x) => x !== undefined);
  if (!days.every(isRealDay)) return false;
  const statuses = [...d.baselines.map((b) => b.status), ...d.events.flatMap((e) => [e.from, e.to])];
  if (!statuses.every((s) => s === undefined || STATUS_NAMES.includes(s))) return false;
  if (d.figures.some((f) => f.period.to < f.period.from)) return false;

  const now = new Map(d.baselines.map((b) => [`${b.provider}/${b.region}`, b.status as string]));
  const seen = new Set<string>();
  for (let i = 0; i < d.events.length; i++) {
    const e = d.events[i]!;
    if (i > 0 && e.date < d.events[i - 1]!.date) return false;
    if (e.announced !== undefined && e.announced < e.date) return false;
    if (e.dateEnd !== undefined && e.dateEnd <= e.date) return false;
    if (e.from === undefined) continue;
    const key = `${e.provider}/${e.region}`;
    if (e.from === e.to || now.get(key) !== e.from || seen.has(`${key}@${e.date}`)) return false;
    seen.add(`${key}@${e.date}`);
    now.set(key, e.to!);
  }
  return true;
}

function slots(test: (path: Path) => boolean): Path[] {
  return ALL_PATHS.filter(test);
}

const last = (p: Path) => p[p.length - 1];
const STATUS_SLOTS = slots((p) => ['status', 'from', 'to'].includes(String(last(p))));
const DAY_SLOTS = slots(
  (p) =>
    ['date', 'announced', 'usDate', 'dateEnd', 'since'].includes(String(last(p))) ||
    (p[0] === 'figures' && p[2] === 'period' && p.length === 4),
);
const URL_SLOTS = slots((p) => last(p) === 'url');

const statusValue = fc.constantFrom(...STATUS_NAMES, 'suspended', 'Paused', '');
const dayValue = fc.oneof(
  fc
    .integer({ min: -60, max: 120 })
    .map((n) => new Date(Date.UTC(2020, 5, 30 + n)).toISOString().slice(0, 10)),
  fc.constantFrom(
    '2020-02-30',
    '2021-02-29',
    '2020-02-29',
    '2020-13-01',
    '2020-00-10',
    '2020-7-5',
    '20200705',
  ),
);
const urlValue = fc.oneof(
  fc.webUrl({ validSchemes: ['https'] }),
  fc.constantFrom(
    'http://example.org/a',
    'ftp://example.org/a',
    'HTTPS://EXAMPLE.ORG/a',
    'https://',
    'https://exa mple.org/',
    '//example.org/a',
    'javascript:alert(1)',
    'not a url',
  ),
);

const mutation = fc.oneof(
  fc.tuple(fc.constantFrom(...STATUS_SLOTS), statusValue),
  fc.tuple(fc.constantFrom(...DAY_SLOTS), dayValue),
  fc.tuple(fc.constantFrom(...URL_SLOTS), urlValue),
);

describe('random mutations of the real dataset', () => {
  it('has slots of every kind to mutate', () => {
    expect(STATUS_SLOTS.length).toBeGreaterThan(30);
    expect(DAY_SLOTS.length).toBeGreaterThan(30);
    expect(URL_SLOTS.length).toBeGreaterThan(30);
  });

  it('accepts a mutated copy exactly when it is still consistent', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(mutation, ([path, value]) => {
        const d = copy();
        put(parentOf(d, path), last(path)!, value);
        const result = validateDataset(d);
        expect(result.ok).toBe(consistent(d));
        if (result.ok) accepted++;
        else {
          rejected++;
          expect(result.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
    // Both outcomes occur, so the property is not vacuous.
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  });

  it('names the mutated field when a single date becomes impossible', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DAY_SLOTS), fc.constantFrom('2020-02-30', '2019-04-31'), (path, bad) => {
        const d = copy();
        put(parentOf(d, path), last(path)!, bad);
        const result = validateDataset(d);
        const where = path.reduce<string>(
          (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k),
          '',
        );
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems).toContainEqual({ path: where, message: expect.any(String) });
      }),
      { numRuns: 60 },
    );
  });
});
