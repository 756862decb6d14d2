/**
 * Saved runs meet the scenarios the course serves. `reconcile` is given what the course
 * serves as data (`Served`: the ids of every scenario it has, and the versions loaded so
 * far, each with a replay) and returns the next progress and the notices, in one
 * `produce`, for one store update.
 *
 * Which runs are replayed: on start-up (`prove: 'changed'`, the default) only runs whose
 * scenario changed. A run whose `contentHash` is the served version's and that is not
 * stale was recorded on this version by the engine, one offered choice at a time, so it
 * is not replayed again: that keeps opening a scenario as fast with 3,000 saved runs as
 * with none. What this gives up: a log damaged or doctored in storage that claims the
 * current version is no longer caught here; it is caught when the run is opened, since
 * playing replays it (`refuseRun`, called by the play page), and an import, which reads
 * logs nobody here recorded, proves every run (`prove: 'every'`).
 *
 * A run replayed on a new version moves there when every choice still replays; when
 * not, it is kept as read-only history (`stale`), with its reflection, so the learner is
 * never left on a run whose choices cannot move. Either way the learner is told. A run
 * already stale is checked again only when the scenario changes again, and reported
 * again only if it comes back. Runs of scenarios the course no longer has are left
 * untouched, with one notice for all of them.
 */
import type { Draft } from 'immer';
import { groupNotices, type Item } from './notice-groups';
import { notice, type Notice } from './notices';
import { recordPath } from './schema';
import { allRuns, produceRuns, runById } from './runs';
import { rebaseDraft, staleDraft, type StaleInfo } from './update';
import type { Progress, SavedRun } from './types';

/** What the app knows of one scenario: its current version and a way to replay a log on it. */
export interface ScenarioVersion {
  id: string;
  contentHash: string;
  replays: (events: string[]) => { applied: number; failure?: { step: number; event: string } };
}

/** What the course serves, as data. */
export interface Served {
  /**
   * Every scenario the course has, loaded or not, playable or broken for now: runs of
   * these are kept quietly until their version is given. A run of any other scenario
   * (and not in `versions`) belongs to none, and is named in one `scenario-missing` notice.
   */
  ids: readonly string[];
  /** The versions loaded so far: runs of these are reconciled with them. */
  versions: readonly ScenarioVersion[];
}

export interface ReconcileOptions {
  /**
   * `changed` (start-up): replay only runs whose scenario changed since they were saved.
   * `every` (an import): replay every run that is not already stale on this version.
   */
  prove?: 'changed' | 'every';
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The order runs are reported in: as they were started, ties by id. */
const byStart = (a: SavedRun, b: SavedRun) =>
  a.startedAt === b.startedAt ? compare(a.id, b.id) : compare(a.startedAt, b.startedAt);

export type Decision =
  | { run: SavedRun; rebase: string }
  /** `current`: the run claimed the scenario's current version and still does not replay. */
  | { run: SavedRun; stale: StaleInfo; current: boolean };

/** Where replaying stops, if it does; a replay that throws stops at the first choice. */
function replayFailure(run: SavedRun, scenario: ScenarioVersion): StaleInfo | undefined {
  let result: ReturnType<ScenarioVersion['replays']>;
  try {
    result = scenario.replays([...run.events]);
  } catch {
    return { step: 0, event: run.events[0] ?? '', contentHash: scenario.contentHash };
  }
  if (result.failure)
    return {
      step: result.failure.step,
      event: result.failure.event,
      contentHash: scenario.contentHash,
    };
  if (result.applied < run.events.length)
    return {
      step: result.applied,
      event: run.events[result.applied] ?? '',
      contentHash: scenario.contentHash,
    };
  return undefined;
}

function decide(
  run: SavedRun,
  scenario: ScenarioVersion,
  prove: 'changed' | 'every',
): Decision | undefined {
  if (run.status === 'stale' && run.stale?.contentHash === scenario.contentHash) return undefined;
  const current = run.contentHash === scenario.contentHash && run.status !== 'stale';
  // Recorded on this version by the engine: nothing to prove (see the module comment).
  if (current && prove === 'changed') return undefined;
  const stale = replayFailure(run, scenario);
  if (stale) return { run, stale, current };
  return current ? undefined : { run, rebase: scenario.contentHash };
}

/** The run's label in a grouped notice: `"missed-deadline" started 2025-03-01`. */
const example = (run: SavedRun) => `"${run.scenarioId}" started ${run.startedAt.slice(0, 10)}`;

/** The notice one decision gives, if any (a run already stale moving to another stale version gives none). */
export function decisionItem(d: Decision): Item | undefined {
  const path = recordPath('runs', d.run.id);
  const source = { kind: 'scenario', name: d.run.scenarioId } as const;
  const item = (n: Notice): Item => ({ notice: n, example: example(d.run), group: 'runs' });
  if ('rebase' in d) return item(notice('run-replayed', { ...source, path }, { run: d.run }));
  if (d.run.status === 'stale') return undefined;
  return item(
    notice(
      d.current ? 'run-unplayable' : 'run-stale',
      { ...source, path: `${path}.events[${d.stale.step}]` },
      { run: d.run, step: d.stale.step, event: d.stale.event },
    ),
  );
}

/** One notice for every run of a scenario that is neither given nor served by the course. */
export function missingNotice(runs: readonly SavedRun[]): Notice[] {
  const byScenario = new Map<string, number>();
  for (const run of runs) byScenario.set(run.scenarioId, (byScenario.get(run.scenarioId) ?? 0) + 1);
  const [first] = byScenario.keys();
  if (first === undefined) return [];
  const names = [...byScenario.keys()];
  const source = { kind: 'scenario', name: first } as const;
  const scenarios = { count: names.length, examples: names.slice(0, 3).map((n) => `"${n}"`) };
  const found = notice('scenario-missing', source, { runs: runs.length, scenarios });
  // Named by what it is about, so the same unchanged data gives the same id, and a
  // notice the learner dismissed can stay dismissed until the data changes.
  return [{ ...found, id: `scenario-missing@${runs.length}:${fingerprint(names)}` }];
}

/** A short, stable digest of a list of names (FNV-1a, 32 bits). */
function fingerprint(names: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const name of names)
    for (let i = 0; i <= name.length; i++) {
      hash ^= i < name.length ? name.charCodeAt(i) : 0;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  return hash.toString(36);
}

/** What reconciling would do, before it is applied: a decision per run to change, and the runs of no served scenario. */
export interface Plan {
  decisions: Decision[];
  missing: SavedRun[];
}

/** What reconciling with `served` does: decisions and missing runs, in the order runs started. */
export function planReconcile(
  progress: Progress,
  served: Served,
  options: ReconcileOptions = {},
): Plan {
  const byId = new Map(served.versions.map((s) => [s.id, s]));
  const ids = new Set(served.ids);
  const prove = options.prove ?? 'changed';
  const plan: Plan = { decisions: [], missing: [] };
  for (const run of Object.values(allRuns(progress))) {
    const scenario = byId.get(run.scenarioId);
    if (!scenario) {
      if (!ids.has(run.scenarioId)) plan.missing.push(run);
    } else {
      const decision = decide(run, scenario, prove);
      if (decision) plan.decisions.push(decision);
    }
  }
  // Only the runs something happens to are ordered: the runs left alone cost no sort.
  plan.decisions.sort((a, b) => byStart(a.run, b.run));
  plan.missing.sort(byStart);
  return plan;
}

/** Apply one decision to its run inside a `produce`. */
export function applyDecision(draft: Draft<Progress>, d: Decision, at: string): void {
  const run = Object.hasOwn(draft.runs, d.run.id) ? draft.runs[d.run.id] : undefined;
  if (!run) return;
  if ('rebase' in d) rebaseDraft(run, d.rebase, at);
  else staleDraft(run, d.stale);
}

/** Reconcile saved runs with what the course serves (see the module comment). */
export function reconcile(
  progress: Progress,
  served: Served,
  now: Date,
  options: ReconcileOptions = {},
): { progress: Progress; notices: Notice[] } {
  const { decisions, missing } = planReconcile(progress, served, options);
  const at = now.toISOString();
  // Nothing to change is the usual start-up: not even a `produce` (it walks the whole tree to freeze it).
  const next =
    decisions.length === 0
      ? progress
      : produceRuns(progress, (draft) => {
          for (const d of decisions) applyDecision(draft, d, at);
        });
  const items = decisions.flatMap((d) => decisionItem(d) ?? []);
  return { progress: next, notices: [...groupNotices(items), ...missingNotice(missing)] };
}

/**
 * A run found not to replay when it is opened (its log claims this version but was
 * damaged or changed in storage): kept read-only, as `reconcile` keeps it, with the
 * same notice. A run already stale, or one it does not have, changes nothing.
 */
export function refuseRun(
  progress: Progress,
  runId: string,
  stale: StaleInfo,
): { progress: Progress; notices: Notice[] } {
  const run = runById(progress, runId);
  if (!run || run.status === 'stale') return { progress, notices: [] };
  const d: Decision = { run, stale, current: run.contentHash === stale.contentHash };
  const next = produceRuns(progress, (draft) => applyDecision(draft, d, ''));
  const item = decisionItem(d);
  return { progress: next, notices: item ? groupNotices([item]) : [] };
}
