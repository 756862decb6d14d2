/**
 * The language of the app's first render, decided before React runs so the first page
 * is not English first: the same order as `useAppLanguage` (the learner's saved choice,
 * the LMS's, the browser's), read once from storage and the LMS read so far.
 */
import { PSEUDO_LANGUAGES, SUPPORTED_LANGUAGES } from '../../i18n';
import { lmsLanguage } from './lms-language';
import { resolveLanguage } from './resolve-language';

/** Every tag a learner's choice may name: the shipped languages and the pseudo-locales. */
export const CHOOSABLE_LANGUAGES: readonly string[] = [
  ...SUPPORTED_LANGUAGES,
  ...PSEUDO_LANGUAGES.map((l) => l.tag),
];

/** The language to start in, given the learner's saved choice (`savedLanguage`). */
export function startingLanguage(chosen: string | undefined): string {
  return resolveLanguage(
    {
      chosen,
      lms: lmsLanguage(),
      browser: typeof navigator === 'undefined' ? [] : navigator.languages,
    },
    CHOOSABLE_LANGUAGES,
  );
}
