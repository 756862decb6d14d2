/**
 * The saved shape of a learner's progress. It is versioned so that new features are
 * added by a migration step, never by reading an old shape as if it were new:
 * `version` names the shape, `migrate.ts` lifts older shapes to this one.
 *
 * v1: runs and settings. v2 (the debrief): adds the learner's profile and their
 * reflections and action plans, one per run. v3: the same shape, stored in a new layout
 * (see `layout.ts`): each run and each reflection under its own key, so a choice writes
 * one run and not a lifetime of them.
 */
import type { Audience, Outcome } from '../contract';

/** The version of the `Progress` shape this code reads and writes (v1 was the first). */
export const PROGRESS_VERSION = 3;

/**
 * Where progress lives in the browser's storage: this key holds the version, the settings
 * and the profile (up to v2, the whole document); runs and reflections have their own keys.
 */
export const STORAGE_KEY = 'casebook:progress';

/** A saved run's key is this prefix plus the run's id. */
export const RUN_KEY_PREFIX = 'casebook:run:';

/** A reflection's key is this prefix plus the id of the run it is about. */
export const REFLECTION_KEY_PREFIX = 'casebook:reflection:';

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

/** Timed decisions (WCAG 2.2.1): the author's time, twice that, or no timer at all. */
export type TimerMode = 'standard' | 'double' | 'off';

export interface Settings {
  coaching: CoachingMode;
  /** Absent means `standard` (saves from before timed decisions have none). */
  timers?: TimerMode;
  /** The language the learner chose (BCP 47); absent means follow the LMS, then the browser. */
  language?: string;
}

/** What the learner is mainly asked to do: improve execution, shape direction, or both. */
export type Demands = 'execution' | 'direction' | 'both';

/** What the learner tells Casebook about themselves; every answer is optional. */
export interface LearnerProfile {
  /** Their career stage, in the terms scenarios use for their audience. */
  stage?: Audience;
  /** Their answer to "are you mainly asked to improve execution, shape direction, or both?". */
  demands?: Demands;
  /** ISO time of the last change; absent until the learner answers. Decides merges on import. */
  updatedAt?: string;
}

/** The one thing the learner will do differently, written after a run. */
export interface ActionPlan {
  what: string;
  who: string;
  /** Free text ("at Monday's one-to-one"), not a date. */
  when: string;
  /**
   * The day it is due, as an ISO calendar date (`2026-03-12`), in the learner's own
   * calendar: after that day the profile and the library ask how it went. Absent in
   * plans saved before it existed, and when the learner gives no date.
   */
  due?: string;
  /** How it went, in the learner's words, and when they said so (an ISO time). */
  review?: PlanReview;
}

/** The learner's answer to "how did it go?" about an action plan. */
interface PlanReview {
  /** At most `TEXT_LIMIT` characters. */
  answer: string;
  at: string;
}

/** The learner's debrief of one run, in their own words. */
export interface Reflection {
  /** The run reflected on; also the key in `Progress.reflections`. The run may be missing. */
  runId: string;
  /**
   * The learner's text by prompt id (kebab-case, e.g. `went-well`, `do-differently`).
   * Each text is at most `TEXT_LIMIT` characters.
   */
  answers: Record<string, string>;
  plan: ActionPlan;
  /** ISO time of the last change. Decides merges on import. */
  updatedAt: string;
}

export interface Progress {
  version: 3;
  /**
   * Every run ever started, by id: restarting or finishing never removes one. In memory,
   * the runs changed since this record was last copied are in `recentRuns` instead, so
   * read runs with `runById` / `allRuns` (`runs.ts`), never from this record alone.
   */
  runs: Record<string, SavedRun>;
  /**
   * In memory only, never saved or exported: the few runs changed by choices since
   * `runs` was copied, which take the place of the runs of their ids (see `runs.ts`).
   */
  recentRuns?: Readonly<Record<string, SavedRun>>;
  settings: Settings;
  profile: LearnerProfile;
  /** By run id. Kept even when the run is not (the learner's words are never dropped). */
  reflections: Record<string, Reflection>;
}

/**
 * The most characters (UTF-16 code units, as a textarea's `maxlength` counts them) of
 * one answer or plan field. Longer text is not saved, and a saved record holding it is
 * invalid.
 */
export const TEXT_LIMIT = 5000;

/**
 * The most choices one saved run may hold. Scenarios are a few dozen decisions long, even
 * with loops; a longer log is damaged or doctored, and replaying it would stall the page.
 */
export const EVENT_LIMIT = 10_000;

/** The part of the Web Storage API this module uses (`localStorage` fits). */
export interface StorageLike {
  /** How many keys there are, and the `index`-th of them: to find every run's key on load. */
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const DEFAULT_SETTINGS: Settings = { coaching: 'assessment' };

export function emptyProgress(): Progress {
  return {
    version: PROGRESS_VERSION,
    runs: {},
    settings: { ...DEFAULT_SETTINGS },
    profile: {},
    reflections: {},
  };
}
