/**
 * Date phrases, written per language as whole sentences (or, for the detail
 * cards, whole "since …" phrases) chosen by how the day is known and what
 * happened on it. Each combination of precision and kind has its own
 * template in the strings files, so no language has to glue a word in front
 * of a phrase built for another sentence.
 */
import type { TimelineEvent } from '../data/schema';
import { fill, formatDay, formatDayRange, formatMonth, type Strings } from '../i18n/index';

export type Precision = TimelineEvent['precision'];
export type Kind = TimelineEvent['kind'];

/** Which template of a kind (or of "since") a date takes. */
export type Shape = 'exact' | 'exactTime' | 'approximate' | 'range' | 'month' | 'year';

/** What a date phrase needs to know: a timeline event or a baseline's start. */
export interface Dated {
  date: string;
  precision: Precision;
  time?: string | undefined;
  dateEnd?: string | undefined;
  announced?: string | undefined;
  usDate?: string | undefined;
}

/**
 * The template a date takes. A known range wins over "approximate" (the
 * range says how uncertain it is), and an hour is only given on an exact day.
 */
export function shapeOf(d: Dated): Shape {
  if (d.precision === 'month') return 'month';
  if (d.precision === 'year') return 'year';
  if (d.dateEnd && d.dateEnd !== d.date) return 'range';
  if (d.precision === 'approximate') return 'approximate';
  return d.time ? 'exactTime' : 'exact';
}

function values(d: Dated, strings: Strings): Record<string, string> {
  return {
    date: formatDay(d.date, strings),
    time: d.time ?? '',
    range: d.dateEnd ? formatDayRange(d.date, d.dateEnd, strings) : '',
    end: formatDay(d.dateEnd ?? d.date, strings),
    month: formatMonth(d.date, strings),
    year: d.date.slice(0, 4),
  };
}

/** The extra facts a date carries, each its own sentence. */
function extras(d: Dated, strings: Strings): string[] {
  const out: string[] = [];
  if (d.announced && d.announced !== d.date)
    out.push(fill(strings.when.madePublic, { date: formatDay(d.announced, strings) }));
  if (d.usDate && d.usDate !== d.date)
    out.push(fill(strings.when.usTime, { date: formatDay(d.usDate, strings) }));
  return out;
}

/**
 * When an event happened, as the caption shows it: "Took effect around
 * 30 June 2020. Made public on 6 July 2020." / "Bekannt gegeben am
 * 8. Juli 2020. In den USA war es der 7. Juli 2020." / "2020年8月14日見報。"
 */
export function whenSentence(event: Dated & { kind: Kind }, strings: Strings): string {
  // The hour is written for what took effect (the law's 23:00); a statement's or report's day stands alone.
  const shape = shapeOf(event);
  const template =
    event.kind === 'effective'
      ? strings.when.effective[shape]
      : strings.when[event.kind][shape === 'exactTime' ? 'exact' : shape];
  const main = fill(template, values(event, strings));
  return [main, ...extras(event, strings)].join(strings.when.gap);
}

/**
 * Since when a status holds, as the detail card shows it after the status:
 * "since around 30 June 2020", "seit Februar 2014", "最遲自2020年7月10日起".
 * The day only: the caption and the card's text say when it was made public.
 */
export function sincePhrase(d: Dated, strings: Strings): string {
  // "Since" gives the day only: a status holds from the end of its day, whatever the hour.
  const shape = shapeOf(d);
  return fill(strings.when.since[shape === 'exactTime' ? 'exact' : shape], values(d, strings));
}
