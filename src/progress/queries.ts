/**
 * What the UI asks of progress: the run to resume, a scenario's history, and the
 * learner's reflection on a run. "Newest" means started most recently (ties broken by
 * id), so the history keeps its order while the learner plays, and a restart makes the
 * new run the one to resume.
 */
import type { Progress, Reflection, SavedRun } from './types';

const started = (run: SavedRun) => Date.parse(run.startedAt);

function newestFirst(a: SavedRun, b: SavedRun): number {
  const byTime = started(b) - started(a);
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Every run of the scenario, newest first (active, complete and stale alike). */
export function runsOf(progress: Progress, scenarioId: string): SavedRun[] {
  return Object.values(progress.runs)
    .filter((run) => run.scenarioId === scenarioId)
    .sort(newestFirst);
}

/** The run to resume: the newest active one. */
export function activeRun(progress: Progress, scenarioId: string): SavedRun | undefined {
  return runsOf(progress, scenarioId).find((run) => run.status === 'active');
}

/** Runs that reached an ending, newest first (finished runs that went stale are in `runsOf`). */
export function completedRuns(progress: Progress, scenarioId: string): SavedRun[] {
  return runsOf(progress, scenarioId).filter((run) => run.status === 'complete');
}

/** The learner's reflection on run `runId`, if they have written one. */
export function reflectionOf(progress: Progress, runId: string): Reflection | undefined {
  return Object.hasOwn(progress.reflections, runId) ? progress.reflections[runId] : undefined;
}
