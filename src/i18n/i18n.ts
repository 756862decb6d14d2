/**
 * Issue 18: the one place the app's own words are looked up, through Lingui's runtime
 * (ICU MessageFormat: plurals, selects, numbers). Every layer that writes words a learner
 * reads (the debrief, saved-progress notices, the pages) calls `t` with a message id of
 * the English catalog, so a missing id is a type error and a whole page reads in one
 * language. Catalogs arrive compiled: the Vite plugin compiles them at build time (see
 * src/vite/catalogs.ts), so no message parser is shipped; under Node (tests, the CLI)
 * Lingui compiles on first use.
 */
import { setupI18n, type I18n, type Messages } from '@lingui/core';
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
  return format(Object.hasOwn(i18n.messages, id) ? i18n : english, id, values);
}

/** Stand-ins for values Lingui must not touch: a private-use pair around the value's index. */
const STAND_IN = /\uE000(\d+)\uE001/g;

/**
 * `instance`'s words for `id`. Lingui decodes `\uXXXX` and `\xXX` anywhere in what it
 * formats, values included, so a value that holds a backslash (an author's name shown with
 * its invisible characters escaped, `next\u200b-step`) goes in as a stand-in and is put back
 * after, exactly as written.
 */
export function format(instance: I18n, id: string, values?: MessageValues): string {
  if (!values) return instance._(id);
  const kept: string[] = [];
  const safe: MessageValues = {};
  for (const [name, value] of Object.entries(values))
    safe[name] =
      typeof value === 'string' && value.includes('\\')
        ? `\uE000${String(kept.push(value) - 1)}\uE001`
        : value;
  const text = instance._(id, safe);
  return kept.length ? text.replace(STAND_IN, (_, i: string) => kept[Number(i)] ?? '') : text;
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
