/**
 * The saved shape of a learner's progress. It is versioned so that later features
 * (reflections, action plans, a learner profile) are added by a migration step, never
 * by reading an old shape as if it were new: `version` names the shape, `migrate.ts`
 * lifts older shapes to this one.
 */
import type { Outcome } from '../contract';

/** The version of the `Progress` shape this code reads and writes (v1 is the first). */
export const PROGRESS_VERSION = 1;

/** Where progress lives in the browser's storage. */
export const STORAGE_KEY = 'casebook:progress';

/** Data that could not be used is copied here, under this prefix plus an ISO time. */
export const BACKUP_PREFIX = 'casebook:progress:backup:';

/** One play of one scenario: its event log, plus what the app needs to list and resume it. */
export interface SavedRun {
  /** Unique across all progress (see `newRunId`); also the key in `Progress.runs`. */
  id: string;
  scenarioId: string;
  /** The `contentHash` of the scenario version the events replay on. */
  contentHash: string;
  /** Draws the choice order when the scenario shuffles. */
  seed: number;
  /** The choices made, in order (event names). */
  events: string[];
  /** ISO times. `updatedAt` changes with every choice and decides merges on import. */
  startedAt: string;
  updatedAt: string;
  finishedAt?: string;
  /**
   * `active`: can be resumed. `complete`: reached an ending. `stale`: made on an
   * earlier version of the scenario and no longer replays on it — read-only history.
   */
  status: 'active' | 'complete' | 'stale';
  /** The ending reached (complete runs; kept when a complete run later goes stale). */
  ending?: { id: string; outcome: Outcome };
  /** Why the run is stale: the first choice that is not offered in version `contentHash`. */
  stale?: { step: number; event: string; contentHash: string };
}

/** Coaching notes at once while playing (`practice`) or only in the debrief (`assessment`). */
export type CoachingMode = 'practice' | 'assessment';

export interface Settings {
  coaching: CoachingMode;
}

export interface Progress {
  version: 1;
  /** Every run ever started, by id: restarting or finishing never removes one. */
  runs: Record<string, SavedRun>;
  settings: Settings;
}

/** The part of the Web Storage API this module uses (`localStorage` fits). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const DEFAULT_SETTINGS: Settings = { coaching: 'assessment' };

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, runs: {}, settings: { ...DEFAULT_SETTINGS } };
}
