/**
 * The English catalog, the source of every message id: one JSON file per area of the
 * app (so teams and translators work on an area without touching the others), merged
 * here. A message is ICU MessageFormat: `{count, plural, one {# run} other {# runs}}`.
 */
import common from './en/common.json';
import debrief from './en/debrief.json';

export const en = { ...common, ...debrief };

/** Every id the app may ask for. */
export type MessageId = keyof typeof en;

/** A complete translation: every id of the English catalog, nothing else. */
export type Catalog = Record<MessageId, string>;
