/**
 * Loading and saving progress in the browser's storage without ever crashing the app.
 * Storage may be missing or refuse access (private mode), full, or hold damaged,
 * foreign, older or newer data. Whatever cannot be used is copied verbatim to a backup
 * key before it is replaced, newer data is never overwritten, and every such event
 * comes back as a notice. When storage is unusable the app runs on the in-memory
 * progress.
 *
 * Progress is stored in the layout of `layout.ts` (v3: each run and reflection under its
 * own key). An older document (v1, v2: everything under one key) is copied verbatim to a
 * backup key, then written in the new layout at once, so the upgrade happens once, not on
 * every load; an info notice (`storage-upgraded`) names the copy. The copy also holds any
 * invalid records verbatim, so their notices point at it rather than at a second backup.
 * If the copy cannot be written the old document is left in place (the first save
 * writes everything in the new layout, which holds everything it had) and the notice
 * says so. A newer version's progress is left alone: `Loaded.readOnly` says so, and the
 * caller passes it to every save (the version is read once, on load, not on every save).
 */
import { t } from '../i18n';
import { attempt, isQuotaError, parseJson, rejectedNotices, writeBackup } from './backup';
import { writeLayout } from './layout';
import { notice, type Fate, type Notice, type NoticeSource } from './notices';
import { readProgress, isObject, type Rejected } from './read';
import { readDeferred, readLayout, type DeferredRuns } from './read-layout';

import {
  BACKUP_PREFIX,
  PROGRESS_VERSION,
  STORAGE_KEY,
  emptyProgress,
  type Progress,
  type StorageLike,
} from './types';

export interface Loaded {
  progress: Progress;
  notices: Notice[];
  /** Storage holds progress of this newer format version: save nothing over it. */
  readOnly?: number;
  /** What storage holds is not (all) in the current layout yet: the first save writes everything. */
  unsaved?: true;
  /** Runs of other scenarios than `LoadOptions.focus`, not read yet: see `loadDeferred`. */
  deferred?: DeferredRuns;
}

export interface LoadOptions {
  /**
   * The scenario the first page shows (a deep link): runs of other scenarios are read
   * after it renders, with `loadDeferred`, instead of before.
   */
  focus?: string;
}

const SOURCE: NoticeSource = { kind: 'storage', name: STORAGE_KEY };

/** Back up a whole unusable document, then clear it so the next load starts clean. */
function setAside(
  storage: StorageLike,
  raw: string,
  now: Date,
  code: 'storage-corrupt' | 'storage-foreign',
  problem: string,
): Loaded {
  const fate = writeBackup(storage, now, raw);
  if ('backup' in fate) attempt(() => storage.removeItem(STORAGE_KEY));
  const found = notice(code, SOURCE, { problem, fate });
  // Runs and reflections under their own keys are not part of the damaged document.
  const rest = readLayout(storage, { version: PROGRESS_VERSION }, now);
  return {
    ...rest,
    notices: [found, ...rest.notices],
    ...('backup' in fate ? {} : { unsaved: true as const }),
  };
}

/**
 * An older document (`raw`, version `from`): back it up verbatim, then write what was read
 * of it in the current layout.
 */
function upgrade(
  storage: StorageLike,
  raw: string,
  reading: { progress: Progress; from: number; rejected: Rejected[] },
  now: Date,
): Loaded {
  const { progress, from, rejected } = reading;
  const fate = writeBackup(storage, now, raw);
  const notices = [notice('storage-upgraded', SOURCE, { from, fate })];
  const found = rejectedNotices(rejected, fate);
  if (!('backup' in fate)) return { progress, notices: [...notices, ...found], unsaved: true };
  const saved = saveProgress(storage, progress);
  return saved.length === 0
    ? { progress, notices: [...notices, ...found] }
    : { progress, notices: [...notices, ...found, ...saved], unsaved: true };
}

/** Read the learner's progress from `storage` (see `layout.ts` for the keys); never throws. */
export function loadProgress(
  storage: StorageLike | undefined,
  now: Date,
  options: LoadOptions = {},
): Loaded {
  const unavailable = () => ({
    progress: emptyProgress(),
    notices: [notice('storage-unavailable', SOURCE)],
  });
  if (!storage) return unavailable();
  let raw: unknown;
  try {
    raw = storage.getItem(STORAGE_KEY);
    if (raw === null || raw === undefined)
      return readLayout(storage, { version: PROGRESS_VERSION }, now, options.focus);
  } catch {
    return unavailable();
  }
  const text = String(raw);
  const parsed = parseJson(text);
  if (!parsed.ok)
    return setAside(storage, text, now, 'storage-corrupt', t('notices.problem.damaged'));
  if (isObject(parsed.value) && parsed.value.version === PROGRESS_VERSION)
    return readLayout(storage, parsed.value, now, options.focus);
  const reading = readProgress(parsed.value);
  switch (reading.kind) {
    case 'foreign':
      return setAside(storage, text, now, 'storage-foreign', reading.problem);
    case 'damaged':
      return setAside(storage, text, now, 'storage-corrupt', reading.problem);
    case 'future':
      return {
        progress: emptyProgress(),
        notices: [notice('storage-future-version', SOURCE, { version: reading.version })],
        readOnly: reading.version,
      };
    case 'read':
      return upgrade(storage, text, reading, now);
  }
}

/**
 * Read the runs `loadProgress` put off (`Loaded.deferred`) into `progress`, which keeps
 * any run it already has: damaged ones are backed up and reported as on load. Never throws.
 */
export function loadDeferred(
  storage: StorageLike | undefined,
  progress: Progress,
  deferred: DeferredRuns,
  now: Date,
): { progress: Progress; runs: Progress['runs']; notices: Notice[] } {
  if (!storage) return { progress, runs: {}, notices: [] };
  try {
    return readDeferred(storage, progress, deferred, now);
  } catch {
    return { progress, runs: {}, notices: [notice('storage-unavailable', SOURCE)] };
  }
}

export interface SaveOptions {
  /** What storage holds now: only what differs from it is written. Absent: everything. */
  before?: Progress;
  /** The newer format version storage holds (`Loaded.readOnly`): nothing is written. */
  readOnly?: number;
}

/**
 * Store `progress`; call it after every change (autosave), with `before` so that only
 * what changed is written. Never throws and never changes `progress`: on trouble the app
 * keeps working on the in-memory copy.
 */
export function saveProgress(
  storage: StorageLike | undefined,
  progress: Progress,
  options: SaveOptions = {},
): Notice[] {
  if (!storage) return [notice('storage-unavailable', SOURCE)];
  if (options.readOnly !== undefined)
    return [notice('storage-future-version', SOURCE, { version: options.readOnly })];
  try {
    writeLayout(storage, progress, options.before);
    return [];
  } catch (error) {
    return [notice(isQuotaError(error) ? 'storage-full' : 'storage-unavailable', SOURCE)];
  }
}

/**
 * Where an import keeps a copy of what it replaces: a fresh backup key in `storage`,
 * as storage keeps damaged data. Without storage there is nowhere, and the import
 * replaces nothing.
 */
export function backupWriter(storage: StorageLike | undefined, now: Date): (text: string) => Fate {
  return (text) =>
    storage ? writeBackup(storage, now, text) : { backupFailed: t('notices.problem.notKeeping') };
}

/** The text of backup `key`, to download; `undefined` for any key that is not a backup. */
export function readBackup(storage: StorageLike | undefined, key: string): string | undefined {
  if (!storage || !key.startsWith(BACKUP_PREFIX)) return undefined;
  try {
    return storage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}
