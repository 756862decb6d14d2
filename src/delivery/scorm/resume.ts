/**
 * Resuming from the LMS alone: at start, when the LMS holds suspend data, its runs (and
 * the reflections kept with them) win over what this browser has, and are written into
 * the browser's storage before the app reads it, so the app opens where the learner left
 * off on whatever computer they last used. It goes through the progress module's import
 * as a restore: every record the LMS holds is taken where it differs, and whatever it
 * replaces here is first backed up in this browser (nothing is lost; the notice offers it
 * as a file). Unreadable data leaves the browser's progress as it was, and says so.
 */
import {
  backupWriter,
  importProgress,
  loadProgress,
  saveProgress,
  type Notice,
  type StorageLike,
} from '../../progress';
// The LMS notices' words are the `delivery` area's: imported from their module, not the
// folder's index, so the first screen of a build without an LMS does not carry them.
import { lmsNotice } from '../../progress/lms-notices';
import { unpackSuspendData } from './suspend';

/** The name the import's notices give the LMS's copy. */
const SOURCE_NAME = 'your learning platform';

export function resumeFromLms(
  storage: StorageLike | undefined,
  suspendData: string,
  scenarioId: string,
  now: Date,
): Notice[] {
  const unpacked = unpackSuspendData(suspendData, scenarioId);
  if (unpacked.kind === 'empty') return [];
  if (unpacked.kind === 'unreadable')
    return [
      lmsNotice(
        'lms-data-unreadable',
        { kind: 'lms', name: scenarioId },
        { problem: unpacked.problem },
      ),
    ];
  const loaded = loadProgress(storage, now);
  if (loaded.readOnly !== undefined) return [];
  const imported = importProgress(loaded.progress, unpacked.text, SOURCE_NAME, now, {
    backup: backupWriter(storage, now),
  });
  const saved =
    imported.progress === loaded.progress
      ? []
      : saveProgress(storage, imported.progress, loaded.unsaved ? {} : { before: loaded.progress });
  // The usual summary of an import ("Imported …: 1 new run added") would puzzle a learner
  // who imported nothing; a notice with a backup to offer, or a problem, is kept.
  const kept = imported.notices.filter((n) => n.code !== 'import-merged' || n.backup);
  return [...kept, ...saved];
}
