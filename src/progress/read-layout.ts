/**
 * Reading progress stored in the v3 layout (`layout.ts`): the main key's settings and
 * profile, and every run and reflection from its own key. The pieces are put together
 * as one document and checked by `readProgress`, as a v2 document was, so each damaged
 * record costs that record only. A record that cannot be used is copied verbatim to one
 * backup, its key removed, and a notice names the key and the path of the first thing
 * wrong; if no copy can be kept, its key is left as it is (and reported again next time).
 *
 * A deep link to one scenario need not wait for every run of the others: given `focus`
 * (that scenario's id), a run whose stored text does not name it is kept aside as text,
 * unparsed and unchecked (`LayoutRead.deferred`), and `readDeferred` reads those right
 * after the first render, with the same checks, backup and notices. The test is on the
 * text (`"scenarioId":"<id>"`, as a save writes it), so it can only put off a run, never
 * lose one: a run of the focused scenario written some other way is read a moment later.
 */
import { t } from '../i18n';
import { attempt, parseJson, recordsCopy, rejectedNotices, writeBackup } from './backup';
import { keysUnder, mainText } from './layout';
import { notice, type Notice } from './notices';
import { readProgress, type Rejected } from './read';
import type { JsonObject } from './migrate';
import { plainRuns } from './runs';
import { recordPath } from './schema';
import {
  REFLECTION_KEY_PREFIX,
  PROGRESS_VERSION,
  RUN_KEY_PREFIX,
  STORAGE_KEY,
  emptyProgress,
  type Progress,
  type StorageLike,
} from './types';

export interface LayoutRead {
  progress: Progress;
  notices: Notice[];
  unsaved?: true;
  /** Runs of other scenarios than the focused one, not read yet: pass them to `readDeferred`. */
  deferred?: DeferredRuns;
}

/** Stored runs kept as text, each with its key and id, until `readDeferred` reads them. */
export interface DeferredRuns {
  readonly runs: readonly { key: string; id: string; text: string }[];
}

/** Whether a run's stored text may be of scenario `focus` (as a save writes it). */
const mayBeOf = (text: string, focus: string) =>
  text.includes(`"scenarioId":${JSON.stringify(focus)}`);

interface Collected {
  /** The stored text of each record by its path, for a verbatim backup. */
  texts: Map<string, string>;
  /** The storage key of each record by its path. */
  keys: Map<string, string>;
  unreadable: Rejected[];
}

function collect(
  storage: StorageLike,
  field: 'runs' | 'reflections',
  prefix: string,
  label: (id: string) => string,
  into: Collected,
  defer?: (key: string, id: string, text: string) => boolean,
): JsonObject {
  // No prototype, so a key named `__proto__` is kept as a record (and then rejected by name).
  const records = Object.create(null) as JsonObject;
  for (const { key, id } of keysUnder(storage, prefix)) {
    const text = storage.getItem(key);
    if (text === null || defer?.(key, id, text)) continue;
    addRecord(records, field, id, key, text, label, into);
  }
  return records;
}

function addRecord(
  records: JsonObject,
  field: 'runs' | 'reflections',
  id: string,
  key: string,
  text: string,
  label: (id: string) => string,
  into: Collected,
): void {
  const path = recordPath(field, id);
  into.texts.set(path, text);
  into.keys.set(path, key);
  const parsed = parseJson(text);
  if (parsed.ok) records[id] = parsed.value;
  else
    into.unreadable.push({
      path,
      at: path,
      label: label(id),
      problem: t('notices.problem.damaged'),
      value: text,
    });
}

const runLabel = (key: string) => t('notices.record.run', { key });
const reflectionLabel = (key: string) => t('notices.record.reflection', { key });

/**
 * Read v3 progress: `main` is the parsed main key (`{ version }` when there is none);
 * with `focus`, runs of other scenarios are put off (see the top). Never throws.
 */
export function readLayout(
  storage: StorageLike,
  main: JsonObject,
  now: Date,
  focus?: string,
): LayoutRead {
  const found: Collected = { texts: new Map(), keys: new Map(), unreadable: [] };
  const deferred: { key: string; id: string; text: string }[] = [];
  const defer =
    focus === undefined
      ? undefined
      : (key: string, id: string, text: string) =>
          !mayBeOf(text, focus) && deferred.push({ key, id, text }) > 0;
  let runs: JsonObject;
  let reflections: JsonObject;
  try {
    runs = collect(storage, 'runs', RUN_KEY_PREFIX, runLabel, found, defer);
    reflections = collect(storage, 'reflections', REFLECTION_KEY_PREFIX, reflectionLabel, found);
  } catch {
    return {
      progress: emptyProgress(),
      notices: [notice('storage-unavailable', { kind: 'storage', name: STORAGE_KEY })],
    };
  }
  // Fields of these names in the main key are not this layout's: keep them apart to report.
  const { runs: strayRuns, reflections: strayReflections, ...rest } = main;
  const stray: JsonObject = {};
  if (strayRuns !== undefined) stray[`runs (in ${STORAGE_KEY})`] = strayRuns;
  if (strayReflections !== undefined) stray[`reflections (in ${STORAGE_KEY})`] = strayReflections;
  const reading = readProgress({ ...rest, ...stray, runs, reflections });
  if (reading.kind !== 'read') return { progress: emptyProgress(), notices: [] };
  const read = settle(
    storage,
    reading.progress,
    [...found.unreadable, ...reading.rejected],
    found,
    now,
  );
  return deferred.length > 0 ? { ...read, deferred: { runs: deferred } } : read;
}

/**
 * Read the runs `readLayout` put off: checked, backed up and reported as on load. `runs`
 * are those that can be used (as storage holds them); `progress` has them added (a run
 * it already has, changed since, is kept as it is).
 */
export function readDeferred(
  storage: StorageLike,
  progress: Progress,
  deferred: DeferredRuns,
  now: Date,
): { progress: Progress; runs: Progress['runs']; notices: Notice[] } {
  const found: Collected = { texts: new Map(), keys: new Map(), unreadable: [] };
  const records = Object.create(null) as JsonObject;
  for (const { key, id, text } of deferred.runs)
    addRecord(records, 'runs', id, key, text, runLabel, found);
  const reading = readProgress({ version: PROGRESS_VERSION, runs: records });
  if (reading.kind !== 'read') return { progress, runs: {}, notices: [] };
  const rejected = [...found.unreadable, ...reading.rejected];
  const read = settle(storage, reading.progress, rejected, found, now);
  const runs = read.progress.runs;
  const held = plainRuns(progress);
  return {
    progress: { ...held, runs: { ...runs, ...held.runs } },
    runs,
    notices: read.notices,
  };
}

/** Back up and remove the records that could not be used, and say so. */
function settle(
  storage: StorageLike,
  progress: Progress,
  rejected: Rejected[],
  found: Collected,
  now: Date,
): LayoutRead {
  if (rejected.length === 0) return { progress, notices: [] };
  const text = recordsCopy(
    rejected.map((r) => ({ path: r.path, value: r.value, text: found.texts.get(r.path) })),
  );
  const fate = writeBackup(storage, now, text ?? '');
  const keyOf = (path: string) => found.keys.get(path) ?? STORAGE_KEY;
  const notices = rejectedNotices(rejected, fate, keyOf);
  if (!('backup' in fate)) {
    const mainRejected = rejected.some((r) => !found.keys.has(r.path));
    return mainRejected ? { progress, notices, unsaved: true } : { progress, notices };
  }
  for (const r of rejected) {
    const key = found.keys.get(r.path);
    if (key !== undefined) attempt(() => storage.removeItem(key));
  }
  if (rejected.some((r) => !found.keys.has(r.path)))
    attempt(() => storage.setItem(STORAGE_KEY, mainText(progress)));
  return { progress, notices };
}
