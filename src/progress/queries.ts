/**
 * What the UI asks of progress: the run to resume, a scenario's history, and the
 * learner's reflection on a run. "Newest" means started most recently (ties broken by
 * id), so the history keeps its order while the learner plays, and a restart makes the
 * new run the one to resume.
 *
 * They run on every render of a page, so their answers are kept per state of the runs (a
 * `WeakMap`: a state never changes, a change makes a new one, see `runs.ts`), and the run
 * to resume is carried over from the state before when a choice made the new one:
 * a render of the play page then costs the same with 3,000 saved runs as with none.
 * The lists (history, finished runs) are made once per record, in one pass and one
 * sort, when a page first asks.
 */
import { allRuns, editOf, runById, runsState, type RunEdit } from './runs';
import type { Progress, Reflection, SavedRun } from './types';

type Runs = Progress['runs'];
type Held = Pick<Progress, 'runs' | 'recentRuns'>;

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

const newer = (a: SavedRun, b: SavedRun) => newestFirst(dated(a), dated(b)) < 0;

const histories = new WeakMap<Runs, Map<string, readonly SavedRun[]>>();

/** Every scenario's runs, newest first, made once per record. */
function historiesOf(runs: Runs): Map<string, readonly SavedRun[]> {
  const known = histories.get(runs);
  if (known) return known;
  const grouped = new Map<string, Dated[]>();
  for (const run of Object.values(runs)) {
    const group = grouped.get(run.scenarioId);
    if (group) group.push(dated(run));
    else grouped.set(run.scenarioId, [dated(run)]);
  }
  const made = new Map<string, readonly SavedRun[]>();
  for (const [id, group] of grouped)
    made.set(
      id,
      group.sort(newestFirst).map((d) => d.run),
    );
  histories.set(runs, made);
  return made;
}

/** Every run of the scenario, newest first (active, complete and stale alike). */
export function runsOf(progress: Progress, scenarioId: string): SavedRun[] {
  return [...(historiesOf(allRuns(progress)).get(scenarioId) ?? [])];
}

/** The run to resume of each scenario that has one, by scenario id. */
type Resumable = ReadonlyMap<string, SavedRun>;

const resumables = new WeakMap<object, Resumable>();

function scanResumable(runs: Runs): Map<string, SavedRun> {
  const found = new Map<string, SavedRun>();
  for (const run of Object.values(runs)) {
    if (run.status !== 'active') continue;
    const best = found.get(run.scenarioId);
    if (!best || newer(run, best)) found.set(run.scenarioId, run);
  }
  return found;
}

/**
 * The runs to resume of `progress`, made from those of the state it was made from when
 * one run changed and the answer follows from that run alone; otherwise by a full pass.
 */
function resumableOf(progress: Held): Resumable {
  const state = runsState(progress);
  const known = resumables.get(state);
  if (known) return known;
  const edit = editOf(progress);
  const before = edit && resumables.get(edit.base);
  const made =
    (edit && before && carryOver(before, edit, progress)) ?? scanResumable(allRuns(progress));
  resumables.set(state, made);
  return made;
}

/** `before` updated for the one run that changed; `undefined` when only a full pass can tell. */
function carryOver(before: Resumable, edit: RunEdit, progress: Held): Resumable | undefined {
  const was = edit.was;
  const run = runById(progress, edit.id);
  const wasResumed = was !== undefined && before.get(was.scenarioId) === was;
  if (was && (was.scenarioId !== run?.scenarioId || was.startedAt !== run.startedAt)) return;
  if (!run) return;
  if (run.status !== 'active') return wasResumed ? undefined : before;
  const best = before.get(run.scenarioId);
  if (!wasResumed && best && !newer(run, best)) return before;
  const made = new Map(before);
  made.set(run.scenarioId, run);
  return made;
}

/** The run to resume: the newest active one. */
export function activeRun(progress: Progress, scenarioId: string): SavedRun | undefined {
  return resumableOf(progress).get(scenarioId);
}

/** Runs that reached an ending, newest first (finished runs that went stale are in `runsOf`). */
export function completedRuns(progress: Progress, scenarioId: string): SavedRun[] {
  return runsOf(progress, scenarioId).filter((run) => run.status === 'complete');
}

/** The learner's reflection on run `runId`, if they have written one. */
export function reflectionOf(progress: Progress, runId: string): Reflection | undefined {
  return Object.hasOwn(progress.reflections, runId) ? progress.reflections[runId] : undefined;
}
