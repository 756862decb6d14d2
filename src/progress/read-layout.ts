/**
 * Reading progress stored in the v3 layout (`layout.ts`): the main key's settings and
 * profile, and every run and reflection from its own key. The pieces are put together
 * as one document and checked by `readProgress`, as a v2 document was, so each damaged
 * record costs that record only. A record that cannot be used is copied verbatim to one
 * backup, its key removed, and a notice names the key and the path of the first thing
 * wrong; if no copy can be kept, its key is left as it is (and reported again next time).
 */
import { attempt, parseJson, recordsCopy, rejectedNotices, writeBackup } from './backup';
import { keysUnder, mainText } from './layout';
import { notice, type Notice } from './notices';
import { readProgress, type Rejected } from './read';
import type { JsonObject } from './migrate';
import { recordPath } from './schema';
import {
  REFLECTION_KEY_PREFIX,
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
}

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
): JsonObject {
  // No prototype, so a key named `__proto__` is kept as a record (and then rejected by name).
  const records = Object.create(null) as JsonObject;
  for (const { key, id } of keysUnder(storage, prefix)) {
    const text = storage.getItem(key);
    if (text === null) continue;
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
        problem: 'it is damaged or incomplete',
        value: text,
      });
  }
  return records;
}

const runLabel = (id: string) => `A saved run ("${id}")`;
const reflectionLabel = (id: string) => `Your reflection on a run ("${id}")`;

/** Read v3 progress: `main` is the parsed main key (`{ version }` when there is none); never throws. */
export function readLayout(storage: StorageLike, main: JsonObject, now: Date): LayoutRead {
  const found: Collected = { texts: new Map(), keys: new Map(), unreadable: [] };
  let runs: JsonObject;
  let reflections: JsonObject;
  try {
    runs = collect(storage, 'runs', RUN_KEY_PREFIX, runLabel, found);
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
  const rejected = [...found.unreadable, ...reading.rejected];
  if (rejected.length === 0) return { progress: reading.progress, notices: [] };
  const text = recordsCopy(
    rejected.map((r) => ({ path: r.path, value: r.value, text: found.texts.get(r.path) })),
  );
  const fate = writeBackup(storage, now, text ?? '');
  const keyOf = (path: string) => found.keys.get(path) ?? STORAGE_KEY;
  const notices = rejectedNotices(rejected, fate, keyOf);
  if (!('backup' in fate)) {
    const mainRejected = rejected.some((r) => !found.keys.has(r.path));
    return mainRejected
      ? { progress: reading.progress, notices, unsaved: true }
      : { progress: reading.progress, notices };
  }
  for (const r of rejected) {
    const key = found.keys.get(r.path);
    if (key !== undefined) attempt(() => storage.removeItem(key));
  }
  if (rejected.some((r) => !found.keys.has(r.path)))
    attempt(() => storage.setItem(STORAGE_KEY, mainText(reading.progress)));
  return { progress: reading.progress, notices };
}
