/**
 * A stand-in until the app's i18n setup feeds `LanguageContext` (issue 18): the language a
 * browser test forces with the `casebook:force-language` key in localStorage (e.g. `de`),
 * else English. Only tests/e2e/german-scenario.e2e.test.ts sets it; the lead replaces this
 * with the learner's language setting at merge.
 */
export const FORCE_LANGUAGE_KEY = 'casebook:force-language';

export function forcedLanguage(storage: () => Pick<Storage, 'getItem'> | undefined): string {
  try {
    const forced = storage()?.getItem(FORCE_LANGUAGE_KEY);
    return forced && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(forced) ? forced : 'en';
  } catch {
    // Storage refused (a sandboxed frame): the default language.
    return 'en';
  }
}
