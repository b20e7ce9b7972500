/**
 * `npm run validate:data [file]`: checks a dataset (default data/dataset.json)
 * and prints each problem as `file: path: message`. Exit code 1 on problems,
 * without a stack trace: a data mistake is not a crash.
 */
import { readFileSync } from 'node:fs';
import { formatProblems, validateDataset } from '../src/lib/data/validate';

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
console.log(
  `${file}: valid (${result.data.providers.length} providers, ${result.data.events.length} events, ${result.data.baselines.length} baselines)`,
);
