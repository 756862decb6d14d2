/**
 * On the dev server an author edits a scenario while playing it. When the edit breaks
 * the run they would resume, that run continues at the last step that still replays (a
 * new run with that prefix, see `fork.ts`) instead of waiting read-only as it does for
 * learners; the run as it was stays in the history, stale. Older unfinished runs the
 * edit broke are kept read-only as usual. Decided here as data, with `reconcile`'s plan,
 * and applied in one `produce`, so the app makes one store update for it all.
 */
import { forkDraft } from './fork';
import { groupNotices } from './notice-groups';
import { notice, type Notice } from './notices';
import { activeRun } from './queries';
import {
  applyDecision,
  decisionItem,
  missingNotice,
  planReconcile,
  type Decision,
  type Served,
} from './reconcile';
import { isUsableRunId } from './run-ids';
import { allRuns, produceRuns } from './runs';
import { recordPath } from './schema';
import type { Progress } from './types';

type Broken = Extract<Decision, { stale: unknown }>;

/** The continued run's id: the old one with a suffix, free in `taken` and usable in a link. */
function continuedId(oldId: string, taken: ReadonlySet<string>): string {
  for (let n = taken.size; ; n++) {
    const id = isUsableRunId(`${oldId}-e${n}`) ? `${oldId}-e${n}` : `r-edited-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** `reconcile`, then the run the author would resume, if the edit broke it, continues (see the module comment). */
export function reconcileEditing(
  progress: Progress,
  served: Served,
  now: Date,
): { progress: Progress; notices: Notice[] } {
  const { decisions, missing } = planReconcile(progress, served);
  const resumed = new Set(served.versions.map((v) => activeRun(progress, v.id)?.id));
  const continues = (d: Decision): d is Broken =>
    'stale' in d && d.run.status === 'active' && resumed.has(d.run.id);
  const taken = new Set(Object.keys(allRuns(progress)));
  const forks = decisions.filter(continues).map((d) => {
    const id = continuedId(d.run.id, taken);
    taken.add(id);
    return { d, id };
  });
  const at = now.toISOString();
  const next = produceRuns(progress, (draft) => {
    for (const d of decisions) applyDecision(draft, d, at);
    for (const { d, id } of forks)
      forkDraft(draft, {
        from: d.run,
        keep: d.stale.step,
        id,
        now,
        contentHash: d.stale.contentHash,
      });
  });
  const continued = forks.map(({ d }) => {
    const { step, event } = d.stale;
    const where = { kind: 'scenario', name: d.run.scenarioId } as const;
    const path = `${recordPath('runs', d.run.id)}.events[${step}]`;
    return notice('run-continued', { ...where, path }, { step, event });
  });
  const items = decisions.flatMap((d) => (continues(d) ? [] : (decisionItem(d) ?? [])));
  return {
    progress: next,
    notices: [...continued, ...groupNotices(items), ...missingNotice(missing)],
  };
}
