/**
 * Issue 18: the one place the app's own words are looked up, through Lingui's runtime
 * (ICU MessageFormat: plurals, selects, numbers). Every layer that writes words a learner
 * reads (the debrief, saved-progress notices, the pages) calls `t` with a message id of
 * the English catalog, so a missing id is a type error and a whole page reads in one
 * language. Catalogs arrive compiled: the Vite plugin compiles them at build time (see
 * src/vite/catalogs.ts), so no message parser is shipped; under Node (tests, the CLI)
 * Lingui compiles on first use.
 */
import { setupI18n, type Messages } from '@lingui/core';
import { en, type MessageId } from './catalogs/en';

export type { MessageId } from './catalogs/en';

/** Values a message interpolates: numbers for plurals, words for placeholders and selects. */
export type MessageValues = Record<string, string | number | Date | undefined>;

/** The active catalog; English until `activate` loads another. */
export const i18n = setupI18n({ locale: 'en', messages: { en: en as unknown as Messages } });

/**
 * English alone, for a message the active language lacks (an area whose translation has
 * not arrived, or could not be fetched): the learner reads English words, never an id.
 */
export const english = setupI18n({ locale: 'en', messages: { en: en as unknown as Messages } });

/** Formats for `Intl` (dates, numbers, lists): the learner's own variant when it is of the active language ('en-GB'). */
let formatTags: readonly string[] = ['en'];

/** The words of message `id`, in the active language. */
export function t(id: MessageId, values?: MessageValues): string {
  return Object.hasOwn(i18n.messages, id) ? i18n._(id, values) : english._(id, values);
}

/** The language whose catalog is active, e.g. 'de'. */
export function activeLanguage(): string {
  return i18n.locale;
}

/** The locales `Intl` formats with: the learner's variant first ('en-GB' for 'en'), then the language. */
export function formatLocales(): string[] {
  return [...formatTags];
}

/** Make `messages` (a compiled catalog) the active words; `variants` are the learner's tags for `Intl`. */
export function activate(
  language: string,
  messages: Messages,
  variants: readonly string[] = [],
): void {
  const base = language.toLowerCase();
  const mine = variants.filter((v) => v.toLowerCase().split('-')[0] === base.split('-')[0]);
  const tags = [...new Set([...mine, language])];
  if (language === i18n.locale && tags.join() === formatTags.join()) return;
  formatTags = tags;
  i18n.load(language, messages);
  i18n.activate(language, [...formatTags]);
}
