/**
 * The English catalog, the source of every message id: one JSON file per area of the
 * app (so teams and translators work on an area without touching the others), merged
 * here. A message is ICU MessageFormat: `{count, plural, one {# run} other {# runs}}`.
 */
import app from './en/app.json';
import briefing from './en/briefing.json';
import common from './en/common.json';
import ending from './en/ending.json';
import errors from './en/errors.json';
import library from './en/library.json';
import notices from './en/notices.json';
import play from './en/play.json';

export const en = {
  ...app,
  ...briefing,
  ...common,
  ...ending,
  ...errors,
  ...library,
  ...notices,
  ...play,
};

/** Every id the app may ask for. */
export type MessageId = keyof typeof en;

/** A complete translation: every id of the English catalog, nothing else. */
export type Catalog = Record<MessageId, string>;
