/**
 * Saved progress: runs (as event logs), settings, and later reflections and a learner
 * profile, in one versioned, migrated, exportable document. Pure functions only: the
 * UI holds the current `Progress`, applies an update, then calls `saveProgress`
 * (autosave after every choice). On start-up: `loadProgress`, then `reconcile` with
 * the course's scenarios; after `importProgress`, `reconcile` and save again. Every
 * recovered problem is a `Notice` to show the learner. Imports only the contract's
 * types, immer and valibot: no React, engine or compiler.
 */
export type { CoachingMode, Progress, SavedRun, Settings, StorageLike } from './types';
export { BACKUP_PREFIX, PROGRESS_VERSION, STORAGE_KEY, emptyProgress } from './types';
export type { Fate, Notice, NoticeCode, NoticeSeverity, NoticeSource } from './notices';
export { NOTICES } from './notices';
export { FIRST_VERSION, MIGRATIONS, migrate, type MigrationStep } from './migrate';
export { loadProgress, saveProgress, type Loaded } from './storage';
export {
  finishRun,
  markStale,
  rebaseRun,
  recordChoice,
  setCoaching,
  startRun,
  type Ending,
  type RunStart,
  type StaleInfo,
} from './update';
export { activeRun, completedRuns, runsOf } from './queries';
export { reconcile, type ScenarioVersion } from './reconcile';
export { EXPORT_FORMAT, exportProgress, importProgress } from './transfer';
export { newRunId } from './ids';
