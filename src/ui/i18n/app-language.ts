/**
 * The language the app speaks now: the learner's saved choice, else the LMS's, else the
 * browser's (`resolveLanguage`), followed live: a settings change, an LMS read at session
 * start, and the browser's `languagechange` each re-render whoever uses it.
 */
import { useSyncExternalStore } from 'react';
import { useAppState } from '../store';
import { lmsLanguage, subscribeLmsLanguage } from './lms-language';
import { resolveLanguage } from './resolve-language';

const NO_LANGUAGES: readonly string[] = [];
let browserList: readonly string[] | undefined;

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return NO_LANGUAGES;
  const list = navigator.languages ?? (navigator.language ? [navigator.language] : []);
  // The same array while nothing changed, so useSyncExternalStore does not loop.
  if (!browserList || browserList.join() !== list.join()) browserList = [...list];
  return browserList;
}

function subscribeBrowserLanguages(listener: () => void): () => void {
  window.addEventListener('languagechange', listener);
  return () => window.removeEventListener('languagechange', listener);
}

export function useAppLanguage(supported: readonly string[]): string {
  const chosen = useAppState().progress.settings.language;
  const lms = useSyncExternalStore(subscribeLmsLanguage, lmsLanguage, lmsLanguage);
  const browser = useSyncExternalStore(
    subscribeBrowserLanguages,
    browserLanguages,
    () => NO_LANGUAGES,
  );
  return resolveLanguage({ chosen, lms, browser }, supported);
}
