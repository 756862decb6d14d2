/**
 * A choice costs the same with 3,000 saved runs as with none: it copies no record of all
 * runs (see `two-tiers.test.ts`), the save compares only the run that changed, and the run to resume
 * is carried over from the record before instead of found again among every run. The
 * walks are counted by spying on `Object.keys` / `Object.values`, which every full pass
 * over a record makes; and the carried-over answers are checked against a full pass.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  activeRun,
  allRuns,
  emptyProgress,
  finishRun,
  loadProgress,
  plainRuns,
  recordChoice,
  recordStep,
  runById,
  runsOf,
  saveProgress,
  startRun,
  type Progress,
  type SavedRun,
} from '../../src/progress';
import { MemoryStorage } from './memory-storage';
import { at, clone } from './sample';

/** `count` finished runs of another scenario, and one run in play of `missed-deadline`. */
function settledAndPlaying(count: number): Progress {
  const runs: Record<string, SavedRun> = {};
  for (let i = 0; i < count; i++) {
    const id = `r-settled-${i}`;
    runs[id] = {
      id,
      scenarioId: 'other',
      contentHash: 'h',
      seed: i,
      events: ['A', 'B'],
      startedAt: at(1).toISOString(),
      updatedAt: at(2).toISOString(),
      finishedAt: at(2).toISOString(),
      status: 'complete',
      ending: { id: 'end', outcome: 'mixed' },
    };
  }
  return startRun(
    { ...emptyProgress(), runs },
    { id: 'r-now', scenarioId: 'missed-deadline', contentHash: 'h1', seed: 1, now: at(20) },
  );
}

function walks(): () => number {
  const keys = vi.spyOn(Object, 'keys');
  const values = vi.spyOn(Object, 'values');
  const entries = vi.spyOn(Object, 'entries');
  return () => keys.mock.calls.length + values.mock.calls.length + entries.mock.calls.length;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the cost of a choice does not grow with the saved runs', () => {
  it.each([0, 300, 3000])(
    'with %i settled runs, a choice keeps every other run, and its save and the run to resume walk no record',
    (count) => {
      const before = settledAndPlaying(count);
      const storage = new MemoryStorage();
      expect(saveProgress(storage, before)).toEqual([]);
      storage.writes.length = 0;
      expect(activeRun(before, 'missed-deadline')?.id).toBe('r-now');
      const counted = walks();
      const after = recordChoice(before, 'r-now', 'ASK_WHAT_HAPPENED', at(21));
      expect(saveProgress(storage, after, { before })).toEqual([]);
      expect(activeRun(after, 'missed-deadline')?.events).toEqual(['ASK_WHAT_HAPPENED']);
      expect(counted()).toBe(0);
      vi.restoreAllMocks();
      // The record of the settled runs is the very one before the choice, not a copy.
      expect(after.runs).toBe(before.runs);
      expect(storage.writes).toEqual(['casebook:run:r-now']);
      for (const id of Object.keys(allRuns(before)))
        if (id !== 'r-now') expect(runById(after, id)).toBe(runById(before, id));
      expect(loadProgress(storage, at(59))).toEqual({
        progress: clone(plainRuns(after)),
        notices: [],
      });
    },
  );

  it('several choices since the last save still write only the run they changed', () => {
    const before = settledAndPlaying(50);
    const storage = new MemoryStorage();
    saveProgress(storage, before);
    storage.writes.length = 0;
    let after = recordChoice(before, 'r-now', 'ONE', at(21));
    after = recordChoice(after, 'r-now', 'TWO', at(22));
    const counted = walks();
    saveProgress(storage, after, { before });
    expect(counted()).toBe(0);
    expect(storage.writes).toEqual(['casebook:run:r-now']);
  });

  it('a record not made by a choice is still compared run by run', () => {
    const before = settledAndPlaying(5);
    const storage = new MemoryStorage();
    saveProgress(storage, before);
    storage.writes.length = 0;
    const run = runById(before, 'r-settled-3');
    if (!run) throw new Error('missing');
    const edited = { ...before, runs: { ...allRuns(before), [run.id]: { ...run, seed: 99 } } };
    saveProgress(storage, edited, { before });
    expect(storage.writes).toEqual(['casebook:run:r-settled-3']);
  });
});

/** The run to resume by a full pass over a copy (which carries no note of where it came from). */
const resumedByFullPass = (progress: Progress, scenarioId: string) =>
  activeRun(clone(progress), scenarioId)?.id;

describe('the run to resume, carried over from choice to choice', () => {
  it('is the one a full pass finds, through starts, restarts, choices and endings', () => {
    let p = settledAndPlaying(20);
    let random = 7;
    const next = () => {
      random = (random * 48271) % 2147483647;
      return random / 2147483647;
    };
    const scenarios = ['missed-deadline', 'other', 'third'];
    for (let step = 0; step < 300; step++) {
      const scenarioId = scenarios[Math.floor(next() * scenarios.length)] ?? 'other';
      const open = runsOf(p, scenarioId).filter((r) => r.status === 'active');
      const pick = open[Math.floor(next() * open.length)];
      const roll = next();
      // Some runs start at the same minute, so ties are broken by id as a full pass does.
      const when = at(30 + Math.floor(step / 3));
      if (!pick || roll < 0.15)
        p = startRun(p, { id: `r-${step}`, scenarioId, contentHash: 'h', seed: step, now: when });
      else if (roll < 0.25) p = finishRun(p, pick.id, { id: 'end', outcome: 'strong' }, when);
      else if (roll < 0.3)
        p = recordStep(p, pick.id, { event: 'LAST', ending: { id: 'e', outcome: 'weak' } }, when);
      else p = recordChoice(p, pick.id, `E${step}`, when);
      for (const s of scenarios) expect(activeRun(p, s)?.id).toBe(resumedByFullPass(p, s));
    }
  });
});
