/**
 * The published forms of the dataset ("Get the data"): the JSON that `src`
 * accepts, and a CSV that alone rebuilds every day's status: one row per
 * starting status (`row` = `baseline`: the status in `to`, since `date` if
 * known) and one per event (`row` = `event`, in file order; `from` and `to`
 * stay empty where an event changes no status).
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
  'row',
  'id',
] as const;

function cell(value: string): string {
  // Quote what needs quoting, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(data: Dataset): string {
  const baselines = data.baselines.map((b) => [
    b.since ?? '',
    b.provider,
    b.region,
    '',
    b.status,
    '',
    b.precision ?? '',
    '',
    '',
    '',
    b.text.en,
    b.sources.map((s) => s.url).join(' '),
    'baseline',
    '',
  ]);
  const events = data.events.map((e) => [
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
    'event',
    e.id,
  ]);
  const rows = [...baselines, ...events].map((r) => r.map(cell).join(','));
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function toJson(data: Dataset): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
