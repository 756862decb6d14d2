/**
 * Switching the app's words to another language: its catalog is fetched (the first
 * screen's words, then those of every area the pages shown so far registered), then made
 * active in one step, so a page never shows half of each. A catalog that cannot be
 * fetched (offline, a failed chunk) leaves the words as they were.
 */
import { activate, activeLanguage, languageOf, loadAreas, markWhole } from '../../i18n';

/** Make `tag`'s catalog active; resolves to the language now shown. */
export async function switchLanguage(tag: string): Promise<string> {
  const language = languageOf(tag);
  if (!language) return activeLanguage();
  try {
    const messages = await language.load();
    if (language.whole) markWhole(language.tag);
    else await loadAreas(language.tag);
    activate(language.tag, messages, typeof navigator === 'undefined' ? [] : navigator.languages);
    return language.tag;
  } catch {
    return activeLanguage();
  }
}
