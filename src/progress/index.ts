/**
 * Saved progress: runs (as event logs), settings, the learner's profile, and their
 * reflections and action plans, in one versioned, migrated, exportable document. Pure
 * functions only: the UI holds the current `Progress`, applies an update, then calls
 * `saveProgress` (autosave after every choice and every edit of a reflection). On
 * start-up: `loadProgress`, then `reconcile` with the course's scenarios; after
 * `importProgress`, `reconcile` and save again. Every recovered problem is a `Notice`
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
} from './types';
export { BACKUP_PREFIX, PROGRESS_VERSION, STORAGE_KEY, TEXT_LIMIT, emptyProgress } from './types';
export type { Fate, Notice, NoticeCode, NoticeSeverity, NoticeSource, Tally } from './notices';
export { NOTICES, notice } from './notices';
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
export { saveReflection, setProfile, type ProfilePatch, type ReflectionPatch } from './debrief';
export { activeRun, completedRuns, reflectionOf, runsOf } from './queries';
export { reconcile, type ScenarioVersion } from './reconcile';
export { EXPORT_FORMAT, exportProgress, importProgress } from './transfer';
export { newRunId } from './ids';
