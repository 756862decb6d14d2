/**
 * Saved progress: runs (as event logs), settings, the learner's profile, and their
 * reflections and action plans, in one versioned, migrated, exportable document, stored
 * with each run and reflection under its own key (`layout.ts`). Pure functions only: the
 * UI holds the current `Progress`, applies an update, then calls `saveProgress` with what
 * storage held before (autosave after every choice and every edit of a reflection, which
 * writes only the records that changed); another tab's writes go through `other-tab.ts`.
 * On start-up: `loadProgress` (given a deep link's scenario as `focus`, the runs of other
 * scenarios are read just after, with `loadDeferred`), then `reconcile` with what the course serves (`servedBy`);
 * after `importProgress` (which replays every imported run and backs up what it
 * replaces), save again. A run's life: `startRun`, `recordStep` per choice, `forkRun` to
 * start again from a decision, `refuseRun` when a log opened for play does not replay.
 * Every recovered problem is a `Notice`
 * to show the learner. Imports only the contract's types, immer and valibot: no React,
 * engine or compiler.
 */
export type {
  ActionPlan,
  CoachingMode,
  Demands,
  LearnerProfile,
  Progress,
  Reflection,
  SavedRun,
  Settings,
  StorageLike,
  TimerMode,
} from './types';
export {
  BACKUP_PREFIX,
  EVENT_LIMIT,
  PROGRESS_VERSION,
  STORAGE_KEY,
  TEXT_LIMIT,
  emptyProgress,
} from './types';
export type { Fate, Notice, NoticeCode, NoticeSource, Replaced, Tally } from './notices';
export { noticeMessage, worded } from './notice-wording';
export { MIGRATIONS, migrate, type MigrationStep } from './migrate';
export {
  backupWriter,
  loadDeferred,
  loadProgress,
  readBackup,
  saveProgress,
  type LoadOptions,
  type Loaded,
  type SaveOptions,
} from './storage';
export { REFLECTION_KEY_PREFIX, RUN_KEY_PREFIX } from './types';
export { runKey } from './layout';
export type { DeferredRuns } from './read-layout';
export { placeWrite, readOtherTabWrite, settleWrite, type OtherTabWrite } from './other-tab';
export { askToPersist, type StorageManagerLike } from './persist';
export {
  finishRun,
  markStale,
  rebaseRun,
  recordChoice,
  recordStep,
  setCoaching,
  setLanguage,
  setTimers,
  startRun,
  type Ending,
  type RunStart,
  type StaleInfo,
} from './update';
export {
  reviewPlan,
  saveReflection,
  setProfile,
  type ProfilePatch,
  type ReflectionPatch,
} from './debrief';
export { actionPlans, localDay, plansToReview, reviewIsDue, type SavedPlan } from './plans';
export { activeRun, completedRuns, reflectionOf, runsOf } from './queries';
export { allRuns, plainRuns, runById, runCount } from './runs';
export {
  reconcile,
  refuseRun,
  type ReconcileOptions,
  type ScenarioVersion,
  type Served,
} from './reconcile';
export { servedBy } from './served';
export { reconcileEditing } from './continue-edited';
export { forkRun, type RunFork } from './fork';
export {
  EXPORT_FORMAT,
  IMPORT_LIMIT,
  exportProgress,
  importProgress,
  type ImportOptions,
} from './transfer';
export { RUN_ID_LIMIT, isUsableRunId } from './run-ids';
export { newRunId } from './ids';
export { loadDismissed, rememberDismissed, staysDismissed } from './dismissed';
export { savedLanguage } from './saved-language';
