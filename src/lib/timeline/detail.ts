/**
 * What a region's detail card says: the status, since when (with the
 * date's precision and nuance), what happened, and the sources.
 */
import type { Locale, Region, Source, Status } from '../data/schema';
import { fill, formatDay, formatMonth, type Strings } from '../i18n/index';
import type { Timeline } from './model';
import { whenText } from './summary';

export interface RegionDetail {
  region: Region;
  status: Status;
  /** "since 6 July 2020", "since July 2009", "before the law". */
  since: string;
  text: string;
  sources: Source[];
}

export function regionDetail(
  timeline: Timeline,
  strings: Strings,
  locale: Locale,
  provider: string,
  region: Region,
  day: string,
): RegionDetail {
  const { status, change, baseline } = timeline.statusAt(provider, region, day);
  if (change) {
    return {
      region,
      status,
      since: fill(strings.since, { date: whenText(change, strings) }),
      text: change.text[locale],
      sources: change.sources,
    };
  }
  let since = strings.sinceUnknown;
  if (baseline.since) {
    const date =
      baseline.precision === 'year'
        ? baseline.since.slice(0, 4)
        : baseline.precision === 'month'
          ? formatMonth(baseline.since, strings)
          : formatDay(baseline.since, strings);
    since = fill(strings.since, { date });
  }
  return { region, status, since, text: baseline.text[locale], sources: baseline.sources };
}
