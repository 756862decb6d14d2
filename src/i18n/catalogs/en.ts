/**
 * The English catalog, the source of every message id: one JSON file per area of the
 * app (so teams and translators work on an area without touching the others). The first
 * screen's areas are merged here, into the first bundle; the others travel with the pages
 * that read them (src/i18n/areas/, areas.ts) and only their ids are here, as types.
 * A message is ICU MessageFormat: `{count, plural, one {# run} other {# runs}}`.
 */
import app from './en/app.json';
import common from './en/common.json';
import errors from './en/errors.json';
import library from './en/library.json';
import notices from './en/notices.json';
import type author from './en/author.json';
import type briefing from './en/briefing.json';
import type compare from './en/compare.json';
import type debrief from './en/debrief.json';
import type delivery from './en/delivery.json';
import type diagnostics from './en/diagnostics.json';
import type ending from './en/ending.json';
import type insight from './en/insight.json';
import type play from './en/play.json';
import type profile from './en/profile.json';
import type reading from './en/reading.json';

/** The first screen's words. */
export const en = {
  ...app,
  ...common,
  ...errors,
  ...library,
  ...notices,
};

/** Every id the app may ask for, on the first screen or in an area loaded with its pages. */
export type MessageId =
  | keyof typeof en
  | keyof typeof author
  | keyof typeof briefing
  | keyof typeof compare
  | keyof typeof debrief
  | keyof typeof delivery
  | keyof typeof diagnostics
  | keyof typeof ending
  | keyof typeof insight
  | keyof typeof play
  | keyof typeof profile
  | keyof typeof reading;

/** A complete translation of the first screen's words: every id, nothing else. */
export type Catalog = Record<keyof typeof en, string>;

/** A complete translation of one area (`area` is its English catalog). */
export type AreaCatalog<T> = Record<keyof T, string>;
