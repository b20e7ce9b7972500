/**
 * Every option of the contract plus the extensions, as attribute names (also
 * the mount() keys). A module of its own, so the iframe page's script can
 * read them without bringing in the parser.
 */
export const OPTION_NAMES = [
  'lang',
  'provider',
  'date',
  'autoplay',
  'theme',
  'src',
  'headline',
  'providers',
] as const;
