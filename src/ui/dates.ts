/**
 * Every date a page prints, in the learner's locale, through `Intl` (one place, so the
 * debrief, the briefing, the comparison and the plans read alike). A calendar day
 * (`2026-03-12`, an action plan's date) is the same day everywhere: it is formatted in
 * UTC, never shifted by the learner's time zone. Text that is not a date is shown as it is.
 * `locales` is for tests; pages leave it out, so the app's language applies, in the
 * learner's own variant of it ('en-GB' writes "1 December 2026", not "December 1, 2026").
 *
 * Each formatter is made once per locale and style and kept: making an
 * `Intl.DateTimeFormat` costs far more than using one, and a briefing lists every earlier
 * run with its date (with 3,000 saved runs, making one per date took about 0.8 s).
 */

import { formatLocales } from '../i18n';

type Locales = string | string[] | undefined;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, locales: Locales): Intl.DateTimeFormat {
  const tags = locales ?? formatLocales();
  const key = JSON.stringify([tags, options]);
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(tags, options);
    formatters.set(key, made);
  }
  return made;
}

function format(date: Date, options: Intl.DateTimeFormatOptions, locales: Locales, raw: string) {
  return Number.isNaN(date.getTime()) ? raw : formatter(options, locales).format(date);
}

/** A calendar day written `2026-03-12`, as "12 March 2026" (or the locale's way). */
export function formatDay(isoDay: string, locales?: Locales): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return format(
    new Date(Date.UTC(y, m - 1, d)),
    { dateStyle: 'long', timeZone: 'UTC' },
    locales,
    isoDay,
  );
}

/** A moment (an ISO time) as its day, in the learner's time zone: "22 November 2026". */
export function formatDate(iso: string, locales?: Locales): string {
  return format(new Date(iso), { dateStyle: 'long' }, locales, iso);
}

/** A moment (an ISO time) as its day and time: "22 Nov 2026, 10:00". */
export function formatDateTime(iso: string, locales?: Locales): string {
  return format(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' }, locales, iso);
}

/** A moment (an ISO time) as its day, shortly: "22 Nov 2026". */
export function formatShortDate(iso: string, locales?: Locales): string {
  return format(new Date(iso), { dateStyle: 'medium' }, locales, iso);
}
