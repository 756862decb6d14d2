/**
 * Loading and saving progress in the browser's storage without ever crashing the app.
 * Storage may be missing or refuse access (private mode), full, or hold damaged,
 * foreign, older or newer data. Whatever cannot be used is copied verbatim to a backup
 * key before it is replaced, newer data is never overwritten, and every such event
 * comes back as a notice. When storage is unusable the app runs on the in-memory
 * progress.
 *
 * An older document (say v1) is copied verbatim to a backup key, then replaced by the
 * upgraded one at once, so the upgrade happens once, not on every load; an info notice
 * (`storage-upgraded`) names the copy. The copy also holds any invalid records
 * verbatim, so their notices point at it rather than at a second backup. If the copy
 * cannot be written the old document is left in place (the next save replaces it with
 * the upgraded one, which holds everything it had) and the notice says so.
 */
import { groupNotices } from './notice-groups';
import { notice, type Fate, type Notice, type NoticeSource } from './notices';
import { readProgress, isObject, recordGroup, type Rejected } from './read';
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
}

const SOURCE: NoticeSource = { kind: 'storage', name: STORAGE_KEY };

/** `QuotaExceededError` (code 22), or Firefox's older name for it. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

const refusal = (error: unknown) =>
  isQuotaError(error) ? 'the browser storage is full' : 'the browser refused to store it';

const stamp = (now: Date) => (Number.isNaN(now.getTime()) ? 'unknown-time' : now.toISOString());

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Write `text` under a fresh backup key; never throws, never replaces an earlier backup. */
function writeBackup(storage: StorageLike, now: Date, text: string): Fate {
  try {
    let key = BACKUP_PREFIX + stamp(now);
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${BACKUP_PREFIX}${stamp(now)}-${n}`;
    storage.setItem(key, text);
    return { backup: key };
  } catch (error) {
    return { backupFailed: refusal(error) };
  }
}

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
  return { progress: emptyProgress(), notices: [notice(code, SOURCE, { problem, fate })] };
}

/**
 * Back up what is about to be replaced — the whole older document (`raw`), or else the
 * records that could not be used — then store `progress` in its place.
 */
function setAsideRecords(
  storage: StorageLike,
  raw: string,
  reading: { progress: Progress; from: number; rejected: Rejected[] },
  now: Date,
): Loaded {
  const { progress, from, rejected } = reading;
  const upgraded = from < PROGRESS_VERSION;
  const copy = {
    format: 'casebook-progress-backup',
    from: STORAGE_KEY,
    records: rejected.map(({ path, value }) => ({ path, value })),
  };
  // Records nested too deep to write out again are kept as the whole document verbatim.
  const fate = writeBackup(storage, now, upgraded ? raw : (stringify(copy) ?? raw));
  if ('backup' in fate) attempt(() => storage.setItem(STORAGE_KEY, JSON.stringify(progress)));
  const notices = upgraded ? [notice('storage-upgraded', SOURCE, { from, fate })] : [];
  const items = rejected.map((r) => {
    const details = { record: r.label, problem: r.problem, fate };
    const instead = r.instead === undefined ? {} : { instead: r.instead };
    const found = notice('record-invalid', { ...SOURCE, path: r.at }, { ...details, ...instead });
    return { notice: found, example: r.label, fate, group: recordGroup(r) };
  });
  return { progress, notices: [...notices, ...groupNotices(items)] };
}

/** `JSON.stringify`, or `undefined` where it throws (a value nested past the stack). */
function stringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function attempt(action: () => void): void {
  try {
    action();
  } catch {
    // Best effort: the data is already safe in the backup, and the next save reports trouble.
  }
}

/** Read the learner's progress from `storage` (key `casebook:progress`); never throws. */
export function loadProgress(storage: StorageLike | undefined, now: Date): Loaded {
  const unavailable = () => ({
    progress: emptyProgress(),
    notices: [notice('storage-unavailable', SOURCE)],
  });
  if (!storage) return unavailable();
  let raw: unknown;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return unavailable();
  }
  if (raw === null || raw === undefined) return { progress: emptyProgress(), notices: [] };
  const text = String(raw);
  const parsed = parseJson(text);
  if (!parsed.ok)
    return setAside(storage, text, now, 'storage-corrupt', 'it is damaged or incomplete');
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
      };
    case 'read':
      return reading.rejected.length === 0 && reading.from === PROGRESS_VERSION
        ? { progress: reading.progress, notices: [] }
        : setAsideRecords(storage, text, reading, now);
  }
}

/** The format version of what is stored now, if it has one. */
function storedVersion(storage: StorageLike): number | undefined {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return undefined;
  const parsed = parseJson(raw);
  if (!parsed.ok || !isObject(parsed.value)) return undefined;
  const { version } = parsed.value;
  return typeof version === 'number' ? version : undefined;
}

/**
 * Store `progress`; call it after every change (autosave). Never throws and never
 * changes `progress`: on trouble the app keeps working on the in-memory copy.
 */
export function saveProgress(storage: StorageLike | undefined, progress: Progress): Notice[] {
  if (!storage) return [notice('storage-unavailable', SOURCE)];
  try {
    const version = storedVersion(storage);
    if (version !== undefined && version > PROGRESS_VERSION)
      return [notice('storage-future-version', SOURCE, { version })];
    storage.setItem(STORAGE_KEY, JSON.stringify(progress));
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
    storage
      ? writeBackup(storage, now, text)
      : { backupFailed: 'this browser is not keeping data' };
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
