/**
 * Keeping a verbatim copy of stored data before it is replaced, and the notices that
 * say where it went: the one place storage, the layout reader and other tabs' writes
 * share for what cannot be used as it is.
 */
import { t } from '../i18n';
import { groupNotices } from './notice-groups';
import { notice, type Fate, type Notice, type NoticeSource } from './notices';
import { recordGroup, type Rejected } from './read';
import { BACKUP_PREFIX, STORAGE_KEY, type StorageLike } from './types';

/** `QuotaExceededError` (code 22), or Firefox's older name for it. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

const refusal = (error: unknown) =>
  isQuotaError(error) ? t('notices.problem.storageFull') : t('notices.problem.refused');

const stamp = (now: Date) => (Number.isNaN(now.getTime()) ? 'unknown-time' : now.toISOString());

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Write `text` under a fresh backup key; never throws, never replaces an earlier backup. */
export function writeBackup(storage: StorageLike, now: Date, text: string): Fate {
  try {
    let key = BACKUP_PREFIX + stamp(now);
    for (let n = 2; storage.getItem(key) !== null; n++) key = `${BACKUP_PREFIX}${stamp(now)}-${n}`;
    storage.setItem(key, text);
    return { backup: key };
  } catch (error) {
    return { backupFailed: refusal(error) };
  }
}

/** Notices about `rejected` records, whose copies are where `fate` says. */
export function rejectedNotices(
  rejected: readonly Rejected[],
  fate: Fate,
  keyOf: (path: string) => string = () => STORAGE_KEY,
): Notice[] {
  const items = rejected.map((r) => {
    const details = { record: r.label, problem: r.problem, fate };
    const instead = r.instead === undefined ? {} : { instead: r.instead };
    const source: NoticeSource = { kind: 'storage', name: keyOf(r.path), path: r.at };
    const found = notice('record-invalid', source, { ...details, ...instead });
    return { notice: found, example: r.label, fate, group: recordGroup(r) };
  });
  return groupNotices(items);
}

/** A copy of `records` (with their paths) as a backup's text; verbatim text where a value cannot be written out. */
export function recordsCopy(
  records: readonly { path: string; value: unknown; text?: string }[],
): string | undefined {
  const copy = (values: boolean) => ({
    format: 'casebook-progress-backup',
    from: STORAGE_KEY,
    records: records.map(({ path, value, text }) => ({
      path,
      value: values || text === undefined ? value : text,
    })),
  });
  return stringify(copy(true)) ?? stringify(copy(false));
}

/** `JSON.stringify`, or `undefined` where it throws (a value nested past the stack). */
function stringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

export function attempt(action: () => void): void {
  try {
    action();
  } catch {
    // Best effort: the data is already safe in the backup, and the next save reports trouble.
  }
}
