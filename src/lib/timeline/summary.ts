/**
 * Sentences for screen readers: the shown state in one sentence, and what
 * the scrubber announces for a day.
 */
import type { Locale, Region, TimelineEvent } from '../data/schema';
import { fill, formatDay, type Strings } from '../i18n/index';
import type { Timeline } from './model';
import { whenSentence } from './when';

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
 * When an event happened, in words: one or more whole sentences built from
 * its precision and kind (see `when.ts`), e.g. "Took effect around 30 June
 * 2020. Made public on 6 July 2020."
 */
export function whenText(event: TimelineEvent, strings: Strings): string {
  return whenSentence(event, strings);
}
