/**
 * "Start a new run from the first choices of an old one", in one place: a learner
 * replaying their debrief from a decision, and on the dev server a run an edit broke
 * continuing from its last good step. The old run is left exactly as it was; the new
 * one is active, on the version being served, and is where the learner resumes.
 */
import type { Draft } from 'immer';
import { produceRuns } from './runs';
import { startDraft } from './update';
import type { Progress, SavedRun } from './types';

export interface RunFork {
  /** The run whose first choices the new one starts with. */
  from: SavedRun;
  /**
   * How many of its choices the new run keeps: at most as many as it has, and for a run
   * stale on `contentHash`, no more than still replay there.
   */
  keep: number;
  /** The new run's id; an id already taken (or unusable) changes nothing. */
  id: string;
  now: Date;
  /** The version the new run is played on: the scenario as it is served now. */
  contentHash: string;
  /** By default the old run's, so a shuffled scene offers the kept choices in the order they were made. */
  seed?: number;
}

/** The number of choices a fork really keeps (see `RunFork.keep`). */
function keptChoices(fork: Pick<RunFork, 'from' | 'keep' | 'contentHash'>): number {
  const { from } = fork;
  let keep = Number.isFinite(fork.keep) ? Math.floor(fork.keep) : 0;
  keep = Math.max(0, Math.min(keep, from.events.length));
  if (from.status === 'stale' && from.stale?.contentHash === fork.contentHash)
    keep = Math.min(keep, from.stale.step);
  return keep;
}

/** Add the forked run inside a `produce`; returns whether it was added. */
export function forkDraft(draft: Draft<Progress>, fork: RunFork): boolean {
  const { from } = fork;
  const start = {
    id: fork.id,
    scenarioId: from.scenarioId,
    contentHash: fork.contentHash,
    seed: fork.seed ?? from.seed,
    now: fork.now,
  };
  return startDraft(draft, start, from.events.slice(0, keptChoices(fork)));
}

/** A new active run holding the first `keep` choices of `from` (one `produce`). */
export function forkRun(progress: Progress, fork: RunFork): Progress {
  return produceRuns(progress, (draft) => {
    forkDraft(draft, fork);
  });
}
