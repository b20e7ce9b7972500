/**
 * The data files: the dataset is checked before anything is built, then
 * published as `hk-data-pause.json` and `.csv`; and the demo article page.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { toCsv, toJson } from '../src/lib/data/export';
import type { Dataset } from '../src/lib/data/schema';
import { formatProblems, validateDataset } from '../src/lib/data/validate';

export function dataFiles(): Plugin {
  let data: Dataset;
  return {
    name: 'hk-dataset',
    buildStart() {
      const file = 'data/dataset.json';
      let input: unknown;
      try {
        input = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        this.error(`${file}: not valid JSON: ${(error as Error).message}`);
      }
      const result = validateDataset(input);
      if (!result.ok) this.error(`invalid dataset\n${formatProblems(file, result.problems)}`);
      data = result.data;
    },
    generateBundle() {
      if (!data) return;
      this.emitFile({ type: 'asset', fileName: 'hk-data-pause.json', source: toJson(data) });
      this.emitFile({ type: 'asset', fileName: 'hk-data-pause.csv', source: toCsv(data) });
      this.emitFile({
        type: 'asset',
        fileName: 'index.html',
        source: readFileSync('embed/demo.html', 'utf8'),
      });
    },
  };
}
