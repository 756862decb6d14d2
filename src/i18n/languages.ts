/**
 * The languages the app ships, each with its name in its own language (a picker shows
 * "Deutsch", not "German") and its catalog, fetched only when a learner needs it.
 * English is in the first bundle; the others are chunks of their own. The two
 * pseudo-locales exist for tests and for checking a layout by hand: `en-XA` makes every
 * message about 40% longer with accents, `ar-XB` reads right to left. They are never
 * offered in the picker nor chosen from a browser's languages.
 */
import type { Messages } from '@lingui/core';
import { en } from './catalogs/en';

export interface Language {
  /** BCP 47 tag, e.g. 'de'. */
  tag: string;
  /** Its name in itself: 'Deutsch'. */
  name: string;
  /** Its catalog of the first screen's words, compiled (other areas: areas.ts). */
  load: () => Promise<Messages>;
  /** Its catalog holds every area at once (the pseudo-locales). */
  whole?: boolean;
}

const english = (): Promise<Messages> => Promise.resolve(en as unknown as Messages);

/** The languages a learner may read the app in, in the picker's order. */
export const LANGUAGES: readonly Language[] = [
  { tag: 'en', name: 'English', load: english },
  {
    tag: 'de',
    name: 'Deutsch',
    load: () => import('./catalogs/de').then((m) => m.de as unknown as Messages),
  },
];

/** The pseudo-locales: a catalog made from the English one. */
export const PSEUDO_LANGUAGES: readonly Language[] = [
  { tag: 'en-XA', name: 'Pseudo (long)', load: () => pseudo('long'), whole: true },
  { tag: 'ar-XB', name: 'Pseudo (right to left)', load: () => pseudo('rtl'), whole: true },
];

async function pseudo(kind: 'long' | 'rtl'): Promise<Messages> {
  const [{ pseudoCatalog }, { englishSource }] = await Promise.all([
    import('./pseudo'),
    import('./english-source'),
  ]);
  return pseudoCatalog(await englishSource(), kind);
}

/** The tags a browser's or an LMS's language is matched against. */
export const SUPPORTED_LANGUAGES: readonly string[] = LANGUAGES.map((l) => l.tag);

/** A language the app can show (shipped or pseudo), by tag. */
export function languageOf(tag: string): Language | undefined {
  return [...LANGUAGES, ...PSEUDO_LANGUAGES].find((l) => l.tag.toLowerCase() === tag.toLowerCase());
}
