/**
 * What the UI asks of progress: the run to resume, a scenario's history, and the
 * learner's reflection on a run. "Newest" means started most recently (ties broken by
 * id), so the history keeps its order while the learner plays, and a restart makes the
 * new run the one to resume. They run on every render of a page, so their cost must
 * not grow faster than the number of saved runs: the run to resume is found in one
 * pass, and each start time is read once per sort, not once per comparison.
 */
import type { Progress, Reflection, SavedRun } from './types';

interface Dated {
  run: SavedRun;
  started: number;
}

const dated = (run: SavedRun): Dated => ({ run, started: Date.parse(run.startedAt) });

function newestFirst(a: Dated, b: Dated): number {
  const byTime = b.started - a.started;
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  return a.run.id < b.run.id ? 1 : a.run.id > b.run.id ? -1 : 0;
}

/** Every run of the scenario, newest first (active, complete and stale alike). */
export function runsOf(progress: Progress, scenarioId: string): SavedRun[] {
  return Object.values(progress.runs)
    .filter((run) => run.scenarioId === scenarioId)
    .map(dated)
    .sort(newestFirst)
    .map((d) => d.run);
}

/** The run to resume: the newest active one. */
export function activeRun(progress: Progress, scenarioId: string): SavedRun | undefined {
  let newest: Dated | undefined;
  for (const run of Object.values(progress.runs)) {
    if (run.scenarioId !== scenarioId || run.status !== 'active') continue;
    const candidate = dated(run);
    if (!newest || newestFirst(candidate, newest) < 0) newest = candidate;
  }
  return newest?.run;
}

/** Runs that reached an ending, newest first (finished runs that went stale are in `runsOf`). */
export function completedRuns(progress: Progress, scenarioId: string): SavedRun[] {
  return runsOf(progress, scenarioId).filter((run) => run.status === 'complete');
}

/** The learner's reflection on run `runId`, if they have written one. */
export function reflectionOf(progress: Progress, runId: string): Reflection | undefined {
  return Object.hasOwn(progress.reflections, runId) ? progress.reflections[runId] : undefined;
}
