/**
 * The published forms of the dataset ("Get the data"): the JSON that `src`
 * accepts, and a CSV with one row per status change.
 */
import type { Dataset } from './schema';

const CSV_COLUMNS = [
  'date',
  'provider',
  'region',
  'from',
  'to',
  'kind',
  'precision',
  'announced',
  'us_date',
  'date_end',
  'description_en',
  'source_urls',
] as const;

function cell(value: string): string {
  // Quote what needs quoting, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(data: Dataset): string {
  const rows = data.events
    .filter((e) => e.from !== undefined && e.to !== undefined)
    .map((e) =>
      [
        e.date,
        e.provider ?? '',
        e.region ?? '',
        e.from ?? '',
        e.to ?? '',
        e.kind,
        e.precision,
        e.announced ?? '',
        e.usDate ?? '',
        e.dateEnd ?? '',
        e.text.en,
        e.sources.map((s) => s.url).join(' '),
      ]
        .map(cell)
        .join(','),
    );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function toJson(data: Dataset): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
