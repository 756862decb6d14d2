/** A realistic progress document built through the public updates, shared by the progress tests. */
import {
  emptyProgress,
  finishRun,
  markStale,
  recordChoice,
  saveReflection,
  setCoaching,
  setProfile,
  startRun,
  type Progress,
} from '../../src/progress';

export const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 9, minute));

/**
 * Two scenarios: a finished run, an abandoned unfinished one, a current one, and a
 * stale one; a reflection with an action plan on the finished run, and one on a run
 * this browser does not have; an answered profile.
 */
export function sampleProgress(): Progress {
  let p = emptyProgress();
  const start = (id: string, scenarioId: string, minute: number, contentHash = 'h1') => {
    p = startRun(p, { id, scenarioId, contentHash, seed: 7 + minute, now: at(minute) });
  };
  start('r-done', 'missed-deadline', 0);
  p = recordChoice(p, 'r-done', 'ASK_WHAT_HAPPENED', at(1));
  p = recordChoice(p, 'r-done', 'AGREE_PLAN', at(2));
  p = finishRun(p, 'r-done', { id: 'outcome-owned-plan', outcome: 'strong' }, at(3));
  start('r-old', 'missed-deadline', 10);
  p = recordChoice(p, 'r-old', 'ESCALATE_TO_HR', at(11));
  start('r-now', 'missed-deadline', 20);
  p = recordChoice(p, 'r-now', 'ASK_WHAT_HAPPENED', at(21));
  start('r-stale', 'first-delegation', 30, 'h0');
  p = recordChoice(p, 'r-stale', 'DELEGATE_VAGUELY', at(31));
  p = markStale(p, 'r-stale', { step: 0, event: 'DELEGATE_VAGUELY', contentHash: 'h1' });
  p = saveReflection(
    p,
    'r-done',
    {
      answers: { 'went-well': 'I asked before I judged.', 'do-differently': 'Name the dates.' },
      plan: { what: 'Agree the dates in writing', who: 'Sam', when: "Monday's one-to-one" },
    },
    at(4),
  );
  p = saveReflection(p, 'r-gone', { answers: { 'went-well': 'From another browser.' } }, at(5));
  p = setProfile(p, { stage: 'new-manager', demands: 'both' }, at(6));
  return setCoaching(p, 'practice');
}

/** A deep, unfrozen copy (Immer freezes what it produces). */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
