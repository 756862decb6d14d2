/**
 * Saved runs are proven, not trusted. On start-up (and after an import) the app calls
 * `reconcile` with the scenarios it has, and every run that is not already read-only
 * is replayed on the current version, whatever its `contentHash` says: a log that was
 * made on another version and still replays moves to this one; a log that does not
 * replay (an older version's, or a damaged or doctored one claiming to be current)
 * is kept as read-only history (`stale`), with its reflection, so the learner is never
 * left on a run whose choices cannot move. Either way the learner is told. A run
 * already stale is checked again only when the scenario changes again, and reported
 * again only if it comes back. Runs of scenarios the course no longer has are left
 * untouched, with one notice for all of them. One `produce` for all.
 */
import { produce } from 'immer';
import { groupNotices, type Item } from './notice-groups';
import { notice, type Notice } from './notices';
import { recordPath } from './schema';
import { rebaseDraft, staleDraft, type StaleInfo } from './update';
import type { Progress, SavedRun } from './types';

/** What the app knows of one scenario: its current version and a way to replay a log on it. */
export interface ScenarioVersion {
  id: string;
  contentHash: string;
  replays: (events: string[]) => { applied: number; failure?: { step: number; event: string } };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Decision =
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

function decide(run: SavedRun, scenario: ScenarioVersion): Decision | undefined {
  if (run.status === 'stale' && run.stale?.contentHash === scenario.contentHash) return undefined;
  const stale = replayFailure(run, scenario);
  const current = run.contentHash === scenario.contentHash;
  if (stale) return { run, stale, current: current && run.status !== 'stale' };
  return current && run.status !== 'stale' ? undefined : { run, rebase: scenario.contentHash };
}

/** The run's label in a grouped notice: `"missed-deadline" started 2025-03-01`. */
const example = (run: SavedRun) => `"${run.scenarioId}" started ${run.startedAt.slice(0, 10)}`;

function decisionNotices(decisions: readonly Decision[]): Notice[] {
  const notices: Item[] = [];
  for (const d of decisions) {
    const path = recordPath('runs', d.run.id);
    const source = { kind: 'scenario', name: d.run.scenarioId } as const;
    const item = (n: Notice) => notices.push({ notice: n, example: example(d.run), group: 'runs' });
    if ('rebase' in d) item(notice('run-replayed', { ...source, path }, { run: d.run }));
    else if (d.run.status !== 'stale')
      item(
        notice(
          d.current ? 'run-unplayable' : 'run-stale',
          { ...source, path: `${path}.events[${d.stale.step}]` },
          { run: d.run, step: d.stale.step, event: d.stale.event },
        ),
      );
  }
  return groupNotices(notices);
}

/** One notice for every run of a scenario that is neither given nor `known` to the course. */
function missingNotice(runs: readonly SavedRun[]): Notice[] {
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

/**
 * Replay the runs of `scenarios` on their current versions (see the module comment).
 * Runs of other scenarios are "missing" unless `known` says the course still has them
 * (not loaded yet, or broken for now).
 */
export function reconcile(
  progress: Progress,
  scenarios: readonly ScenarioVersion[],
  now: Date,
  known: (scenarioId: string) => boolean = () => false,
): { progress: Progress; notices: Notice[] } {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const missing: SavedRun[] = [];
  const decisions: Decision[] = [];
  const runs = Object.values(progress.runs).sort((a, b) =>
    a.startedAt === b.startedAt ? compare(a.id, b.id) : compare(a.startedAt, b.startedAt),
  );
  for (const run of runs) {
    const scenario = byId.get(run.scenarioId);
    if (!scenario) {
      if (!known(run.scenarioId)) missing.push(run);
    } else {
      const decision = decide(run, scenario);
      if (decision) decisions.push(decision);
    }
  }
  const at = now.toISOString();
  const next = produce(progress, (draft) => {
    for (const d of decisions) {
      const run = Object.hasOwn(draft.runs, d.run.id) ? draft.runs[d.run.id] : undefined;
      if (!run) continue;
      if ('rebase' in d) rebaseDraft(run, d.rebase, at);
      else staleDraft(run, d.stale);
    }
  });
  return { progress: next, notices: [...decisionNotices(decisions), ...missingNotice(missing)] };
}
