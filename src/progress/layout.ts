/**
 * The storage layout of v3: where each part of `Progress` lives in the browser's storage,
 * and writing only the parts that changed. The key `casebook:progress` holds the version,
 * the settings and the profile; every run is under `casebook:run:<id>` and every
 * reflection under `casebook:reflection:<run id>`. A choice changes one run, so it writes
 * one key, however many runs the learner has saved; and two tabs playing different runs
 * never write the same key.
 *
 * What changed is known by reference: every update is one Immer `produce`, which keeps
 * every record it did not touch as the same object, so comparing the old and new record
 * under each id finds the changed ones without serialising anything else. When the runs
 * were made from what storage holds by one-run updates (a choice, see `runs.ts`), the
 * ids along that line are the only ones compared, so a save does not walk every run.
 */
import { allRuns, changedRunIds, runById } from './runs';
import {
  PROGRESS_VERSION,
  REFLECTION_KEY_PREFIX,
  RUN_KEY_PREFIX,
  STORAGE_KEY,
  type Progress,
  type StorageLike,
} from './types';

export const runKey = (id: string) => RUN_KEY_PREFIX + id;
const reflectionKey = (runId: string) => REFLECTION_KEY_PREFIX + runId;

/** The text of the main key: everything but the runs and the reflections. */
export function mainText(progress: Progress): string {
  const { settings, profile } = progress;
  return JSON.stringify({ version: PROGRESS_VERSION, settings, profile });
}

/** Write `records` under `keyOf(id)` where they differ from `before` (all when `before` is absent). */
function writeRecords<T>(
  storage: StorageLike,
  records: Readonly<Record<string, T>>,
  before: Readonly<Record<string, T>> | undefined,
  keyOf: (id: string) => string,
): void {
  if (records === before) return;
  for (const id of Object.keys(records)) {
    const record = records[id];
    if (before?.[id] !== record) storage.setItem(keyOf(id), JSON.stringify(record));
  }
  if (before)
    for (const id of Object.keys(before))
      if (!Object.hasOwn(records, id)) storage.removeItem(keyOf(id));
}

/** Write the runs of `ids` that differ from `before` (and remove any no longer there). */
function writeRuns(
  storage: StorageLike,
  progress: Progress,
  before: Progress,
  ids: Iterable<string>,
): void {
  for (const id of ids) {
    const run = runById(progress, id);
    if (!run) storage.removeItem(runKey(id));
    else if (runById(before, id) !== run) storage.setItem(runKey(id), JSON.stringify(run));
  }
}

/**
 * Store what differs between `before` (what storage holds) and `progress`, or all of
 * `progress` when `before` is absent. Records first and the main key last, so an
 * upgrade cut short leaves the older document in charge. Throws what storage throws.
 */
export function writeLayout(storage: StorageLike, progress: Progress, before?: Progress): void {
  const runIds = before ? changedRunIds(progress, before) : undefined;
  if (before && runIds) writeRuns(storage, progress, before, runIds);
  else writeRecords(storage, allRuns(progress), before && allRuns(before), runKey);
  writeRecords(storage, progress.reflections, before?.reflections, reflectionKey);
  if (!before || before.settings !== progress.settings || before.profile !== progress.profile)
    storage.setItem(STORAGE_KEY, mainText(progress));
}

/** Every key under `prefix`, with the rest of the key (the id) beside it. */
export function keysUnder(storage: StorageLike, prefix: string): { key: string; id: string }[] {
  const found: { key: string; id: string }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) found.push({ key, id: key.slice(prefix.length) });
  }
  return found;
}
