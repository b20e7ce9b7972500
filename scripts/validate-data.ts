/**
 * `npm run validate:data [file]`: checks a dataset (default data/dataset.json)
 * and the strings files (editorial lint, `src/lib/data/lint.ts`), and prints
 * each problem as `file: path: message`. Exit code 1 on problems,
 * without a stack trace: a data mistake is not a crash.
 */
import { readFileSync } from 'node:fs';
import { lintEditorial } from '../src/lib/data/lint';
import { LOCALES, type Locale } from '../src/lib/data/schema';
import { formatProblems, validateDataset } from '../src/lib/data/validate';
import type { Strings } from '../src/lib/i18n/index';

const file = process.argv[2] ?? 'data/dataset.json';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch {
  console.error(`${file}: cannot be read`);
  process.exit(1);
}
let input: unknown;
try {
  input = JSON.parse(text);
} catch (error) {
  console.error(`${file}: not valid JSON: ${(error as Error).message}`);
  process.exit(1);
}
const result = validateDataset(input);
if (!result.ok) {
  console.error(formatProblems(file, result.problems));
  console.error(`${result.problems.length} problem(s) in ${file}`);
  process.exit(1);
}
// The editorial lint: terms, punctuation, sources, numbers across languages.
const stringsFile = (locale: Locale) => `data/strings/${locale}.json`;
const strings = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(stringsFile(l), 'utf8')) as Strings]),
) as Record<Locale, Strings>;
const lint = lintEditorial({ data: result.data, dataFile: file, strings, stringsFile });
if (lint.length) {
  console.error(lint.map((p) => `${p.file}: ${p.path}: ${p.message}`).join('\n'));
  console.error(`${lint.length} editorial problem(s)`);
  process.exit(1);
}
console.log(
  `${file}: valid (${result.data.providers.length} providers, ${result.data.events.length} events, ${result.data.baselines.length} baselines)`,
);
