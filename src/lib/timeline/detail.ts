/**
 * What a region's detail card says: the status, since when (with the
 * date's precision and nuance), what happened, and the sources.
 */
import type { Locale, Region, Source, Status } from '../data/schema';
import type { Strings } from '../i18n/index';
import type { Timeline } from './model';
import { sincePhrase } from './when';

export interface RegionDetail {
  region: Region;
  status: Status;
  /** "since 6 July 2020", "since July 2009", "since around 30 May 2014", "before the law". */
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
      since: sincePhrase(change, strings),
      text: change.text[locale],
      sources: change.sources,
    };
  }
  const since = baseline.since
    ? sincePhrase({ date: baseline.since, precision: baseline.precision ?? 'exact' }, strings)
    : strings.sinceUnknown;
  return { region, status, since, text: baseline.text[locale], sources: baseline.sources };
}
