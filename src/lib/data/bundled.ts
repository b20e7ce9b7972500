/**
 * The dataset shipped inside the script. It is validated at build time (the
 * build fails on any problem), so the runtime takes it as it is.
 *
 * Named imports let the bundler leave out what the widget never shows: the
 * editorial notes and the figures stay in data/ and in the published JSON
 * ("Get the data"). The build also drops the sources' `published` days
 * (build/script.ts): the widget names and links its sources, never dates them.
 */
import { baselines, events, providers, timezone, title, updated } from '../../../data/dataset.json';
import type { Dataset } from './schema';

export const BUNDLED = {
  title,
  updated,
  timezone,
  providers,
  baselines,
  events,
  figures: [],
  notes: [],
} as Dataset;
