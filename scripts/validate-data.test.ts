import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATASET = readFileSync(join(ROOT, 'data/dataset.json'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'hk-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function validate(file?: string): Run {
  const args = ['tsx', 'scripts/validate-data.ts', ...(file === undefined ? [] : [file])];
  const run = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function brokenCopy(name: string, edit: (d: Record<string, unknown[]>) => void): string {
  const d = JSON.parse(DATASET) as Record<string, unknown[]>;
  edit(d);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(d, null, 2));
  return file;
}

function eventIndex(d: Record<string, unknown[]>, id: string): number {
  return d.events!.findIndex((e) => (e as { id: string }).id === id);
}

function expectNoStackTrace(run: Run): void {
  const output = run.stdout + run.stderr;
  expect(output).not.toMatch(/^ {4}at /m);
  expect(output).not.toMatch(/\.ts:\d+:\d+/);
}

// Each run starts tsx, which takes a second or two on a busy machine.
describe('npm run validate:data', { timeout: 60_000 }, () => {
  it('accepts the real dataset with exit code 0', () => {
    const run = validate();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^data\/dataset\.json: valid \(\d+ providers, \d+ events, \d+ baselines\)/);
    expect(run.stderr).toBe('');
  });

  it('names file, path and problem of a cross-record mistake, and exits 1', () => {
    let i = -1;
    const file = brokenCopy('wrong-from.json', (d) => {
      i = eventIndex(d, 'telegram-hk-paused');
      Object.assign(d.events![i] as object, { from: 'blocked' });
      d.baselines!.pop();
    });
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${file}: events[${i}].from: is "blocked" but telegram/hong-kong is "operational" at that point`,
    );
    expect(run.stderr).toContain(`${file}: baselines: no baseline for tiktok/hong-kong`);
    expect(run.stderr).toContain(`2 problem(s) in ${file}`);
    expect(run.stdout).toBe('');
    expectNoStackTrace(run);
  });

  it('names file, path and problem of a schema mistake', () => {
    let i = -1;
    const file = brokenCopy('http-and-date.json', (d) => {
      i = eventIndex(d, 'zoom-hk-paused');
      const e = d.events![i] as { date: string; sources: { url: string }[] };
      e.sources[1]!.url = 'http://example.org/zoom';
      e.date = '2020-02-30';
    });
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}: events[${i}].sources[1].url: must be an https:// URL`);
    expect(run.stderr).toContain(`${file}: events[${i}].date: must be a calendar day written YYYY-MM-DD`);
    expectNoStackTrace(run);
  });

  it('runs the editorial lint: names file, path and problem, and exits 1', () => {
    let i = -1;
    const file = brokenCopy('editorial.json', (d) => {
      i = eventIndex(d, 'zoom-hk-paused');
      const e = d.events![i] as {
        text: Record<string, string>;
        sources: { url: string; publisher: string }[];
      };
      e.text['zh-Hant'] = e.text['zh-Hant']!.replace('資料要求', '資料請求').replace('，', ',');
      e.sources[0]!.url = 'https://wapo.st/3kKaulG';
    });
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}: events[${i}].text.zh-Hant: uses "請求"; write "要求"`);
    expect(run.stderr).toContain(`${file}: events[${i}].text.zh-Hant: has the ASCII punctuation ","`);
    expect(run.stderr).toContain(`${file}: events[${i}].sources[0].url: is a shortened link (wapo.st)`);
    expect(run.stderr).toContain('3 editorial problem(s)');
    expect(run.stdout).toBe('');
    expectNoStackTrace(run);
  });

  it('reports a file that is not JSON', () => {
    const file = join(dir, 'truncated.json');
    writeFileSync(file, DATASET.slice(0, 500));
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.stderr.startsWith(`${file}: not valid JSON: `)).toBe(true);
    expectNoStackTrace(run);
  });

  it('reports a file that does not exist', () => {
    const file = join(dir, 'missing.json');
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(`${file}: cannot be read`);
    expectNoStackTrace(run);
  });
});
