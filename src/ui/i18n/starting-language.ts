/**
 * The language of the app's first render, decided before React runs so the first page
 * is not English first: the same order as `useAppLanguage` (the learner's saved choice,
 * the LMS's, the browser's), read once from the store and the LMS read so far.
 */
import { PSEUDO_LANGUAGES, SUPPORTED_LANGUAGES } from '../../i18n';
import type { ProgressStore } from '../store';
import { lmsLanguage } from './lms-language';
import { resolveLanguage } from './resolve-language';

/** Every tag a learner's choice may name: the shipped languages and the pseudo-locales. */
export const CHOOSABLE_LANGUAGES: readonly string[] = [
  ...SUPPORTED_LANGUAGES,
  ...PSEUDO_LANGUAGES.map((l) => l.tag),
];

export function startingLanguage(store: ProgressStore): string {
  return resolveLanguage(
    {
      chosen: store.getSnapshot().progress.settings.language,
      lms: lmsLanguage(),
      browser: typeof navigator === 'undefined' ? [] : navigator.languages,
    },
    CHOOSABLE_LANGUAGES,
  );
}
