/**
 * Notices a learner dismissed that would otherwise come back on every page load for
 * the same unchanged data (runs of scenarios the course no longer has, a browser that
 * will not keep storage for good). Their
 * ids name the data they are about, so a dismissed id stays quiet until the data
 * changes, and then the new notice has a new id. Kept under their own storage key, not
 * in `Progress`, since they are about this browser's screen, not the learner's record;
 * losing them only shows a notice again.
 */
import type { Notice } from './notices';
import type { StorageLike } from './types';

const DISMISSED_KEY = 'casebook:dismissed-notices';

/** How many dismissed ids are kept (the newest). */
const KEEP = 50;

/** Notices that stay dismissed: info about data that is unchanged from load to load. */
export const staysDismissed = (n: Notice) =>
  n.code === 'scenario-missing' || n.code === 'storage-not-persistent';

export function loadDismissed(storage: StorageLike | undefined): Set<string> {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(DISMISSED_KEY) ?? '[]');
    return new Set(Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Remember `id` as dismissed; never throws (at worst the notice shows again). */
export function rememberDismissed(storage: StorageLike | undefined, id: string): Set<string> {
  const ids = [...loadDismissed(storage)].filter((known) => known !== id);
  ids.push(id);
  const kept = ids.slice(-KEEP);
  try {
    storage?.setItem(DISMISSED_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or refused: the notice comes back on the next load, nothing else.
  }
  return new Set(kept);
}
