/**
 * Scenarios change after learners have played them. On start-up (and after an import)
 * the app calls `reconcile` with the scenarios it has: every run made on another
 * version is replayed on the current one. If all its choices still work it moves to
 * the new version; if not it is kept as read-only history (`stale`). Either way the
 * learner is told. A run already stale is checked again only when the scenario changes
 * again, and reported again only if it comes back. Runs of scenarios the course no
 * longer has are left untouched (one notice per such scenario). One `produce` for all.
 */
import { produce } from 'immer';
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

type Decision = { run: SavedRun; rebase: string } | { run: SavedRun; stale: StaleInfo };

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
  const checkedOn = run.status === 'stale' ? run.stale?.contentHash : run.contentHash;
  if (checkedOn === scenario.contentHash) return undefined;
  const stale = replayFailure(run, scenario);
  return stale ? { run, stale } : { run, rebase: scenario.contentHash };
}

export function reconcile(
  progress: Progress,
  scenarios: readonly ScenarioVersion[],
  now: Date,
): { progress: Progress; notices: Notice[] } {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const missing = new Map<string, number>();
  const decisions: Decision[] = [];
  const runs = Object.values(progress.runs).sort((a, b) =>
    a.startedAt === b.startedAt ? compare(a.id, b.id) : compare(a.startedAt, b.startedAt),
  );
  for (const run of runs) {
    const scenario = byId.get(run.scenarioId);
    if (!scenario) missing.set(run.scenarioId, (missing.get(run.scenarioId) ?? 0) + 1);
    else {
      const decision = decide(run, scenario);
      if (decision) decisions.push(decision);
    }
  }
  const at = now.toISOString();
  const next = produce(progress, (draft) => {
    for (const d of decisions) {
      const run = draft.runs[d.run.id];
      if (!run) continue;
      if ('rebase' in d) rebaseDraft(run, d.rebase, at);
      else staleDraft(run, d.stale);
    }
  });
  const notices: Notice[] = [];
  for (const d of decisions) {
    const path = recordPath('runs', d.run.id);
    const source = { kind: 'scenario', name: d.run.scenarioId } as const;
    if ('rebase' in d) notices.push(notice('run-replayed', { ...source, path }, { run: d.run }));
    else if (d.run.status !== 'stale')
      notices.push(
        notice(
          'run-stale',
          { ...source, path: `${path}.events[${d.stale.step}]` },
          { run: d.run, step: d.stale.step, event: d.stale.event },
        ),
      );
  }
  for (const [scenarioId, count] of missing)
    notices.push(
      notice('scenario-missing', { kind: 'scenario', name: scenarioId }, { runs: count }),
    );
  return { progress: next, notices };
}
