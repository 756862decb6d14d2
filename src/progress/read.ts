/**
 * Turning any parsed JSON value into `Progress`, for storage and import alike: decide
 * whether it is ours at all, from a newer version, or an older one to migrate; then
 * keep every record that checks out and hand back the others, verbatim and with the
 * path and reason, so the caller can back them up and tell the learner.
 */
import { migrate, FIRST_VERSION, type JsonObject } from './migrate';
import { checkRun, checkSettings, fieldPath, recordPath } from './schema';
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
}

export type Reading =
  /** Not Casebook progress at all. */
  | { kind: 'foreign'; problem: string }
  /** Casebook progress, but its frame (not just some records) is broken. */
  | { kind: 'damaged'; problem: string }
  /** Written by a newer version: leave it alone. */
  | { kind: 'future'; version: number }
  /** `settings` is absent when the document had none (or unusable ones): defaults apply. */
  | { kind: 'read'; progress: Progress; settings?: Settings; rejected: Rejected[] };

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Read a parsed document of the saved shape (any version); never throws. */
export function readProgress(value: unknown): Reading {
  if (!isObject(value))
    return { kind: 'foreign', problem: 'it is not in the shape Casebook saves' };
  const version = value.version;
  if (typeof version !== 'number') return { kind: 'foreign', problem: 'it has no format version' };
  if (!Number.isInteger(version) || version < FIRST_VERSION)
    return { kind: 'foreign', problem: `its format version (${version}) is not one Casebook uses` };
  if (version > PROGRESS_VERSION) return { kind: 'future', version };
  const migrated = migrate(value, version);
  if (!migrated.ok) return { kind: 'damaged', problem: migrated.problem };
  return readCurrent(migrated.doc);
}

const KNOWN_FIELDS = new Set(['version', 'runs', 'settings']);

function readCurrent(doc: JsonObject): Reading {
  const { runs, settings } = doc;
  if (!isObject(runs))
    return { kind: 'damaged', problem: 'its list of runs is missing or damaged' };
  const progress: Progress = {
    version: PROGRESS_VERSION,
    runs: {},
    settings: { ...DEFAULT_SETTINGS },
  };
  const rejected: Rejected[] = [];
  for (const [key, value] of Object.entries(runs)) {
    const path = recordPath('runs', key);
    const checked = checkRun(key, value, path);
    if (checked.ok) progress.runs[key] = checked.value;
    else
      rejected.push({
        path,
        at: checked.at,
        label: `A saved run ("${key}")`,
        problem: checked.problem,
        value,
      });
  }
  let read: Settings | undefined;
  if (settings !== undefined) {
    const checked = checkSettings(settings, 'settings');
    if (checked.ok) read = progress.settings = checked.value;
    else
      rejected.push({
        path: 'settings',
        at: checked.at,
        label: 'Your settings',
        problem: checked.problem,
        value: settings,
      });
  }
  for (const [key, value] of Object.entries(doc)) {
    if (KNOWN_FIELDS.has(key)) continue;
    const path = fieldPath(key);
    rejected.push({
      path,
      at: path,
      label: `The saved field "${key}"`,
      problem: 'this version of Casebook does not know it',
      value,
    });
  }
  return read
    ? { kind: 'read', progress, settings: read, rejected }
    : { kind: 'read', progress, rejected };
}
