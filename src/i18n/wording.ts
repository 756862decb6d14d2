/**
 * A `Wording` (a message as data, src/contract/diagnostic.ts) put into words: in English for
 * the CLI, logs and the diagnostic's `message`, or in the active language for a page. Values
 * that are messages are worded first, in the same language; listed names are joined the way
 * the language joins them. This module registers no catalog: a page that shows diagnostics
 * without having compiled anything (a learner's broken-course page) has no diagnostics area,
 * and reads the English `message` instead (`wordingIfKnown`).
 */
import type { I18n } from '@lingui/core';
import type { Wording, WordingValue } from '../contract';
import { english, format, formatLocales, i18n } from './i18n';

/** en-GB joins as the messages always have: "a, b or c", no serial comma. */
const ENGLISH_LISTS = ['en-GB'];

function worded(value: WordingValue, instance: I18n, locales: readonly string[]): string | number {
  if (typeof value !== 'object') return value;
  if ('list' in value)
    return new Intl.ListFormat(locales, {
      type: value.join === 'or' ? 'disjunction' : 'conjunction',
    }).format(value.list);
  const values: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(value.values ?? {}))
    values[name] = worded(v, instance, locales);
  return format(instance, value.id, values);
}

/** `wording` in English. */
export function englishOf(wording: Wording): string {
  return String(worded(wording, english, ENGLISH_LISTS));
}

function known(wording: WordingValue): boolean {
  if (typeof wording !== 'object' || 'list' in wording) return true;
  return (
    Object.hasOwn(english.messages, wording.id) && Object.values(wording.values ?? {}).every(known)
  );
}

/**
 * `wording` in the active language, with the language it reads in (English where the active
 * catalog lacks a message), or undefined when no catalog has its id.
 */
export function wordingIfKnown(wording: Wording): { text: string; lang: string } | undefined {
  if (!known(wording)) return undefined;
  const translated = (w: WordingValue): boolean =>
    typeof w !== 'object' ||
    'list' in w ||
    (Object.hasOwn(i18n.messages, w.id) && Object.values(w.values ?? {}).every(translated));
  return translated(wording)
    ? { text: String(worded(wording, i18n, formatLocales())), lang: i18n.locale }
    : { text: englishOf(wording), lang: 'en' };
}
