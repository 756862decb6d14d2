/**
 * Every change to progress goes through here: each is a pure function from one
 * `Progress` to the next, made with one Immer `produce`, and returns the very same
 * object when nothing changes (an unknown run id, or a read-only run), so callers can
 * test `next === progress`. The draft helpers are shared with `reconcile` and
 * `importProgress`, which apply many of them inside their own single `produce`.
 *
 * Restart semantics: `startRun` adds a new active run and leaves every earlier run of
 * the scenario exactly as it was — an unfinished one stays `active` in the history and
 * can still be opened by id. "Where the learner left off" is the newest started
 * active run (`activeRun`), so restarting supersedes without discarding anything.
 * Complete and stale runs are read-only: choices and finishing do not apply to them.
 *
 * The updates a learner makes while playing (starting a run, each choice, reaching an
 * ending) change one run, so they are made without `produce` over the whole document:
 * the new run is built on its own and put among the recent runs with `withRun`, which
 * copies no record of all runs and notes where the state came from, so the save writes
 * that run only and the queries need not walk every run again (see `runs.ts`). The
 * result holds the same runs `produce` made, frozen alike (the new run and its list of
 * choices). The other updates fold the runs into one record first (`produceRuns`).
 */
import { produce, type Draft } from 'immer';
import { produceRuns, runById, withRun } from './runs';
import type { CoachingMode, Progress, SavedRun, TimerMode } from './types';

export interface RunStart {
  id: string;
  scenarioId: string;
  contentHash: string;
  seed: number;
  now: Date;
}

export type StaleInfo = NonNullable<SavedRun['stale']>;
export type Ending = NonNullable<SavedRun['ending']>;

/** Mark a run as no longer replaying on version `stale.contentHash`; its ending, if any, stays. */
export function staleDraft(run: Draft<SavedRun>, stale: StaleInfo): void {
  const was = run.stale;
  const same =
    was?.step === stale.step && was.event === stale.event && was.contentHash === stale.contentHash;
  if (run.status === 'stale' && same) return;
  run.status = 'stale';
  run.stale = { step: stale.step, event: stale.event, contentHash: stale.contentHash };
}

/** Move a run to version `contentHash` (its events replay there); a stale run comes back. */
export function rebaseDraft(run: Draft<SavedRun>, contentHash: string, at: string): void {
  run.contentHash = contentHash;
  if (run.status === 'stale') run.status = run.ending ? 'complete' : 'active';
  delete run.stale;
  run.updatedAt = at;
}

/**
 * Add a new active run holding `events` (none for a fresh start) inside a `produce`;
 * an existing id (or an unusable one) changes nothing. Returns whether it was added.
 */
export function startDraft(
  draft: Draft<Progress>,
  start: RunStart,
  events: readonly string[] = [],
): boolean {
  if (start.id === '' || start.id === '__proto__' || Object.hasOwn(draft.runs, start.id))
    return false;
  const at = start.now.toISOString();
  draft.runs[start.id] = {
    id: start.id,
    scenarioId: start.scenarioId,
    contentHash: start.contentHash,
    seed: start.seed,
    events: [...events],
    startedAt: at,
    updatedAt: at,
    status: 'active',
  };
  return true;
}

/** `progress` with `run` in place of (or beside) the run of its id; every other run kept as it is. */
function placeRun(progress: Progress, run: SavedRun): Progress {
  Object.freeze(run.events);
  return withRun(progress, Object.freeze(run));
}

/** Start a new active run; an existing id (or an unusable one) changes nothing. */
export function startRun(progress: Progress, start: RunStart): Progress {
  if (start.id === '' || start.id === '__proto__' || runById(progress, start.id)) return progress;
  const at = start.now.toISOString();
  return placeRun(progress, {
    id: start.id,
    scenarioId: start.scenarioId,
    contentHash: start.contentHash,
    seed: start.seed,
    events: [],
    startedAt: at,
    updatedAt: at,
    status: 'active',
  });
}

const activeOf = (progress: Progress, runId: string) => {
  const run = runById(progress, runId);
  return run?.status === 'active' ? run : undefined;
};

/** Append a choice to an active run (autosave it right after). */
export function recordChoice(
  progress: Progress,
  runId: string,
  event: string,
  now: Date,
): Progress {
  return recordStep(progress, runId, { event }, now);
}

/**
 * One learner choice the engine took: appended to the active run, which becomes
 * complete history when the choice reached `ending` (one `produce` for both).
 */
export function recordStep(
  progress: Progress,
  runId: string,
  step: { event: string; ending?: Ending },
  now: Date,
): Progress {
  const run = activeOf(progress, runId);
  if (!run) return progress;
  const at = now.toISOString();
  const events = [...run.events, step.event];
  if (!step.ending) return placeRun(progress, { ...run, events, updatedAt: at });
  const ending = { id: step.ending.id, outcome: step.ending.outcome };
  return placeRun(progress, {
    ...run,
    events,
    updatedAt: at,
    status: 'complete',
    ending: Object.freeze(ending),
    finishedAt: at,
  });
}

/** An active run reached an ending: it becomes complete history. */
export function finishRun(progress: Progress, runId: string, ending: Ending, now: Date): Progress {
  const run = activeOf(progress, runId);
  if (!run) return progress;
  const at = now.toISOString();
  return placeRun(progress, {
    ...run,
    status: 'complete',
    ending: Object.freeze({ id: ending.id, outcome: ending.outcome }),
    finishedAt: at,
    updatedAt: at,
  });
}

/** The run no longer replays on the scenario's current version: keep it, read-only. */
export function markStale(progress: Progress, runId: string, stale: StaleInfo): Progress {
  return produceRuns(progress, (draft) => {
    const run = Object.hasOwn(draft.runs, runId) ? draft.runs[runId] : undefined;
    if (run) staleDraft(run, stale);
  });
}

/** The run replayed fine on the scenario's new version `contentHash`: move it there. */
export function rebaseRun(
  progress: Progress,
  runId: string,
  contentHash: string,
  now: Date,
): Progress {
  const at = now.toISOString();
  return produceRuns(progress, (draft) => {
    const run = Object.hasOwn(draft.runs, runId) ? draft.runs[runId] : undefined;
    if (run) rebaseDraft(run, contentHash, at);
  });
}

/** Timed decisions: the learner's timer setting (standard, twice the time, or off). */
export function setTimers(progress: Progress, mode: TimerMode): Progress {
  return produce(progress, (draft) => {
    draft.settings.timers = mode;
  });
}

/** The learner's language; `undefined` follows the LMS, then the browser, again. */
export function setLanguage(progress: Progress, language: string | undefined): Progress {
  return produce(progress, (draft) => {
    if (language === undefined) delete draft.settings.language;
    else draft.settings.language = language;
  });
}

export function setCoaching(progress: Progress, mode: CoachingMode): Progress {
  return produce(progress, (draft) => {
    draft.settings.coaching = mode;
  });
}
