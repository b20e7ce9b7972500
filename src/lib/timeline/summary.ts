/**
 * Sentences for screen readers: the shown state in one sentence, and what
 * the scrubber announces for a day.
 */
import type { Locale, Region, TimelineEvent } from '../data/schema';
import { fill, formatDay, formatMonth, type Strings } from '../i18n/index';
import type { Timeline } from './model';

export function summarize(
  timeline: Timeline,
  strings: Strings,
  provider: { id: string; name: string },
  day: string,
): string {
  const status = (region: Region) => strings.status[timeline.statusAt(provider.id, region, day).status];
  return fill(strings.summary, {
    date: formatDay(day, strings),
    provider: provider.name,
    mainland: status('mainland'),
    hongKong: status('hong-kong'),
  });
}

/** The scrubber's aria-valuetext: the date first (the contract), then that day's events. */
export function valueText(timeline: Timeline, strings: Strings, locale: Locale, day: string): string {
  const events = timeline.eventsOn(day);
  const date = formatDay(day, strings);
  if (events.length === 0) return date;
  return `${date}: ${events.map((e) => e.text[locale]).join(' ')}`;
}

/**
 * How precisely a day is known, in words: "effective 30 June 2020,
 * announced 6 July 2020", "7 July 2020 US time, 8 July 2020 in Hong Kong",
 * "9 July 2020 to 10 July 2020" (a range needs no "around"), "December 2021".
 */
export function whenText(event: TimelineEvent, strings: Strings): string {
  const day = (d: string) => formatDay(d, strings);
  let when: string;
  if (event.precision === 'month') when = formatMonth(event.date, strings);
  else if (event.precision === 'year') when = event.date.slice(0, 4);
  else if (event.dateEnd) when = fill(strings.dateRange, { from: day(event.date), to: day(event.dateEnd) });
  else when = day(event.date);
  if (event.precision === 'approximate' && !event.dateEnd && !event.announced)
    when = fill(strings.approximately, { date: when });
  if (event.usDate) when = fill(strings.usAndHongKong, { us: day(event.usDate), hk: when });
  if (event.announced && event.announced !== event.date)
    when = fill(strings.effectiveAnnounced, { effective: when, announced: day(event.announced) });
  if (event.time) when = fill(strings.atTime, { date: when, time: event.time });
  return when;
}
