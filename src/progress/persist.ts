/**
 * Browsers may clear a site's storage when the disk runs short, unless the site asked
 * for persistent storage and the browser agreed (`navigator.storage.persist()`). Saved
 * runs are a learner's record, so Casebook asks once per page load where the browser
 * can be asked and it is not already granted (Chromium decides by itself, without a
 * prompt, and may agree later; Firefox asks the learner once and remembers the answer),
 * and says so when the browser refuses: an info notice that stays dismissed.
 */
import { notice, type Notice } from './notices';
import { STORAGE_KEY } from './types';

/** The part of `navigator.storage` (the StorageManager) this module uses. */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/** Ask for persistent storage; the notice to show when the browser refuses. Never rejects. */
export async function askToPersist(manager: StorageManagerLike | undefined): Promise<Notice[]> {
  if (typeof manager?.persist !== 'function') return [];
  try {
    if (typeof manager.persisted === 'function' && (await manager.persisted())) return [];
    if (await manager.persist()) return [];
  } catch {
    return [];
  }
  return [notice('storage-not-persistent', { kind: 'storage', name: STORAGE_KEY })];
}
