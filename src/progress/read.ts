/**
 * Turning any parsed JSON value into `Progress`, for storage and import alike: decide
 * whether it is ours at all, from a newer version, or an older one to migrate; then
 * keep every record that checks out and hand back the others, verbatim and with the
 * path and reason, so the caller can back them up and tell the learner.
 *
 * Runs and reflections are checked one by one. Settings and the profile are one record
 * each: when absent or unusable, the defaults (an empty profile) apply. `reflections`
 * may be absent (nothing to lose); when it is not a group of reflections at all it is
 * set aside as one record, and the runs still load.
 */
import { t } from '../i18n';
import { migrate, FIRST_VERSION, isObject, type JsonObject } from './migrate';
import {
  checkProfile,
  checkReflection,
  checkRun,
  checkSettings,
  isLanguageTag,
  fieldPath,
  recordPath,
  type Checked,
} from './schema';
import { DEFAULT_SETTINGS, PROGRESS_VERSION, type Progress, type Settings } from './types';

/** A record that could not be used, as it was. */
export interface Rejected {
  /** The record's path in the document, e.g. `runs["r-1"]` or `settings`. */
  path: string;
  /** The first thing wrong inside it, e.g. `runs["r-1"].events[2]`. */
  at: string;
  /** Names the record for the learner, e.g. `A saved run ("r-1")`. */
  label: string;
  problem: string;
  value: unknown;
  /** What is used in its place, for the learner, e.g. `The default settings apply for now.` */
  instead?: string;
}

export type Reading =
  /** Not Casebook progress at all. */
  | { kind: 'foreign'; problem: string }
  /** Casebook progress, but its frame (not just some records) is broken. */
  | { kind: 'damaged'; problem: string }
  /** Written by a newer version: leave it alone. */
  | { kind: 'future'; version: number }
  | {
      kind: 'read';
      progress: Progress;
      /** The version the document was written in; below `PROGRESS_VERSION` it was migrated. */
      from: number;
      /** Absent when the document had none (or unusable ones): defaults apply. */
      settings?: Settings;
      rejected: Rejected[];
    };

export { isObject };

/** `runs` or `reflections` for a record of those groups (their notices can be grouped). */
export const recordGroup = (r: Rejected): string | undefined =>
  /^(runs|reflections)\[/.exec(r.path)?.[1];

/** Read a parsed document of the saved shape (any version); never throws. */
export function readProgress(value: unknown): Reading {
  if (!isObject(value)) return { kind: 'foreign', problem: t('notices.problem.notOurShape') };
  const version = value.version;
  if (typeof version !== 'number')
    return { kind: 'foreign', problem: t('notices.problem.noVersion') };
  if (!Number.isInteger(version) || version < FIRST_VERSION)
    return {
      kind: 'foreign',
      problem: t('notices.problem.unknownVersion', { version: String(version) }),
    };
  if (version > PROGRESS_VERSION) return { kind: 'future', version };
  const migrated = migrate(value, version);
  if (!migrated.ok) return { kind: 'damaged', problem: migrated.problem };
  return readCurrent(migrated.doc, version);
}

const KNOWN_FIELDS = new Set(['version', 'runs', 'settings', 'profile', 'reflections']);

/** Keep each record of `records` (the field `field`) that `check` accepts; reject the others. */
function readRecords<T>(
  field: string,
  records: JsonObject,
  check: (key: string, value: unknown, base: string) => Checked<T>,
  label: (key: string) => string,
  rejected: Rejected[],
): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const [key, value] of Object.entries(records)) {
    const path = recordPath(field, key);
    const checked = check(key, value, path);
    if (checked.ok) kept[key] = checked.value;
    else
      rejected.push({ path, at: checked.at, label: label(key), problem: checked.problem, value });
  }
  return kept;
}

/** Check a one-record field; unusable ones are rejected and `undefined` comes back. */
function readOne<T>(
  field: string,
  value: unknown,
  check: (value: unknown, base: string) => Checked<T>,
  label: string,
  instead: string,
  rejected: Rejected[],
): T | undefined {
  if (value === undefined) return undefined;
  const checked = check(value, field);
  if (checked.ok) return checked.value;
  rejected.push({ path: field, at: checked.at, label, problem: checked.problem, value, instead });
  return undefined;
}

/** A language that is not a tag is dropped with its own notice; the other settings stay. */
function withoutBadLanguage(settings: unknown, rejected: Rejected[]): unknown {
  if (!isObject(settings) || !('language' in settings)) return settings;
  const { language, ...rest } = settings;
  if (typeof language === 'string' && isLanguageTag(language)) return settings;
  rejected.push({
    path: 'settings.language',
    at: 'settings.language',
    label: 'Your language setting',
    problem: `"language" ${typeof language === 'string' ? 'is not a language tag' : 'should be text'}`,
    value: language,
    instead: 'The language follows your LMS or browser for now.',
  });
  return rest;
}

function readCurrent(doc: JsonObject, from: number): Reading {
  const { runs, settings, profile, reflections } = doc;
  if (!isObject(runs)) return { kind: 'damaged', problem: t('notices.problem.runsDamaged') };
  const rejected: Rejected[] = [];
  const progress: Progress = {
    version: PROGRESS_VERSION,
    runs: readRecords('runs', runs, checkRun, (key) => t('notices.record.run', { key }), rejected),
    settings: { ...DEFAULT_SETTINGS },
    profile: {},
    reflections: {},
  };
  const read = readOne(
    'settings',
    withoutBadLanguage(settings, rejected),
    checkSettings,
    t('notices.record.settings'),
    t('notices.instead.settings'),
    rejected,
  );
  if (read) progress.settings = read;
  const learner = readOne(
    'profile',
    profile,
    checkProfile,
    t('notices.record.profile'),
    t('notices.instead.profile'),
    rejected,
  );
  if (learner) progress.profile = learner;
  if (isObject(reflections))
    progress.reflections = readRecords(
      'reflections',
      reflections,
      checkReflection,
      (key) => t('notices.record.reflection', { key }),
      rejected,
    );
  else if (reflections !== undefined)
    rejected.push({
      path: 'reflections',
      at: 'reflections',
      label: t('notices.record.reflections'),
      problem: t('notices.problem.reflectionsNotGroup'),
      value: reflections,
    });
  for (const [key, value] of Object.entries(doc)) {
    if (KNOWN_FIELDS.has(key)) continue;
    const path = fieldPath(key);
    rejected.push({
      path,
      at: path,
      label: t('notices.record.field', { key }),
      problem: t('notices.problem.unknownField'),
      value,
    });
  }
  return read
    ? { kind: 'read', progress, from, settings: read, rejected }
    : { kind: 'read', progress, from, rejected };
}
