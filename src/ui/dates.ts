/**
 * Every date a page prints, in the learner's locale, through `Intl` (one place, so the
 * debrief, the briefing, the comparison and the plans read alike). A calendar day
 * (`2026-03-12`, an action plan's date) is the same day everywhere: it is formatted in
 * UTC, never shifted by the learner's time zone. Text that is not a date is shown as it is.
 * `locales` is for tests; pages leave it out, so the browser's own locale applies.
 */

type Locales = string | string[] | undefined;

function format(date: Date, options: Intl.DateTimeFormatOptions, locales: Locales, raw: string) {
  return Number.isNaN(date.getTime())
    ? raw
    : new Intl.DateTimeFormat(locales, options).format(date);
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
