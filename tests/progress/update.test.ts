/**
 * Updates are pure, one `produce` each: start, record, finish and restart keep every
 * earlier run; read-only runs and unknown ids change nothing (same object back); the
 * queries find the run to resume and the history, newest first.
 */
import { describe, expect, it } from 'vitest';
import {
  activeRun,
  completedRuns,
  emptyProgress,
  finishRun,
  markStale,
  newRunId,
  rebaseRun,
  recordChoice,
  runById,
  runsOf,
  setCoaching,
  startRun,
} from '../../src/progress';
import { at, clone, sampleProgress } from './sample';

const begin = (id: string, minute: number, scenarioId = 'missed-deadline') =>
  startRun(emptyProgress(), { id, scenarioId, contentHash: 'h1', seed: 42, now: at(minute) });

describe('a run from start to finish', () => {
  it('starts active, records each choice, and finishes as complete history', () => {
    let p = begin('r-1', 0);
    expect(runById(p, 'r-1')).toEqual({
      id: 'r-1',
      scenarioId: 'missed-deadline',
      contentHash: 'h1',
      seed: 42,
      events: [],
      startedAt: at(0).toISOString(),
      updatedAt: at(0).toISOString(),
      status: 'active',
    });
    p = recordChoice(p, 'r-1', 'ASK_WHAT_HAPPENED', at(1));
    p = recordChoice(p, 'r-1', 'AGREE_PLAN', at(2));
    expect(runById(p, 'r-1')?.events).toEqual(['ASK_WHAT_HAPPENED', 'AGREE_PLAN']);
    expect(runById(p, 'r-1')?.updatedAt).toBe(at(2).toISOString());
    expect(activeRun(p, 'missed-deadline')?.id).toBe('r-1');

    p = finishRun(p, 'r-1', { id: 'outcome-owned-plan', outcome: 'strong' }, at(3));
    expect(runById(p, 'r-1')).toMatchObject({
      status: 'complete',
      ending: { id: 'outcome-owned-plan', outcome: 'strong' },
      finishedAt: at(3).toISOString(),
      updatedAt: at(3).toISOString(),
    });
    expect(activeRun(p, 'missed-deadline')).toBeUndefined();
    expect(completedRuns(p, 'missed-deadline').map((r) => r.id)).toEqual(['r-1']);
  });

  it('never changes its input', () => {
    const before = sampleProgress();
    const copy = clone(before);
    recordChoice(before, 'r-now', 'X', at(50));
    finishRun(before, 'r-now', { id: 'e', outcome: 'weak' }, at(50));
    markStale(before, 'r-now', { step: 0, event: 'X', contentHash: 'h2' });
    rebaseRun(before, 'r-stale', 'h2', at(50));
    setCoaching(before, 'assessment');
    startRun(before, { id: 'r-new', scenarioId: 's', contentHash: 'h', seed: 1, now: at(50) });
    expect(before).toEqual(copy);
  });

  it('shares what did not change (one produce, structural sharing)', () => {
    const before = sampleProgress();
    const after = recordChoice(before, 'r-now', 'X', at(50));
    expect(runById(after, 'r-done')).toBe(runById(before, 'r-done'));
    expect(after.settings).toBe(before.settings);
    expect(runById(after, 'r-now')).not.toBe(runById(before, 'r-now'));
  });
});

describe('restart', () => {
  it('adds a new active run and keeps the earlier one exactly as it was', () => {
    let p = recordChoice(begin('r-1', 0), 'r-1', 'ASK_WHAT_HAPPENED', at(1));
    const first = runById(p, 'r-1');
    p = startRun(p, {
      id: 'r-2',
      scenarioId: 'missed-deadline',
      contentHash: 'h1',
      seed: 9,
      now: at(5),
    });
    expect(runById(p, 'r-1')).toBe(first);
    expect(runById(p, 'r-1')?.status).toBe('active');
    expect(activeRun(p, 'missed-deadline')?.id).toBe('r-2');
    expect(runsOf(p, 'missed-deadline').map((r) => r.id)).toEqual(['r-2', 'r-1']);
  });

  it('resumes the newest started run even after the older one was played later', () => {
    const p = recordChoice(sampleProgress(), 'r-old', 'LATER', at(50));
    expect(activeRun(p, 'missed-deadline')?.id).toBe('r-now');
  });

  it('never overwrites a run that has the same id', () => {
    const p = sampleProgress();
    const again = startRun(p, {
      id: 'r-done',
      scenarioId: 'x',
      contentHash: 'h',
      seed: 0,
      now: at(50),
    });
    expect(again).toBe(p);
    expect(startRun(p, { id: '', scenarioId: 'x', contentHash: 'h', seed: 0, now: at(50) })).toBe(
      p,
    );
  });
});

describe('read-only runs and unknown ids', () => {
  it.each(['r-done', 'r-stale', 'no-such-run', 'toString', '__proto__'])(
    'recording or finishing %s changes nothing',
    (id) => {
      const p = sampleProgress();
      expect(recordChoice(p, id, 'X', at(50))).toBe(p);
      expect(finishRun(p, id, { id: 'e', outcome: 'mixed' }, at(50))).toBe(p);
    },
  );

  it('marking or rebasing an unknown id changes nothing', () => {
    const p = sampleProgress();
    expect(markStale(p, 'nope', { step: 0, event: 'X', contentHash: 'h' })).toBe(p);
    expect(rebaseRun(p, 'nope', 'h', at(50))).toBe(p);
  });
});

describe('stale and rebased runs', () => {
  it('markStale makes a run read-only and keeps its log, hash and ending', () => {
    const p = markStale(sampleProgress(), 'r-done', {
      step: 1,
      event: 'AGREE_PLAN',
      contentHash: 'h2',
    });
    expect(runById(p, 'r-done')).toMatchObject({
      status: 'stale',
      contentHash: 'h1',
      events: ['ASK_WHAT_HAPPENED', 'AGREE_PLAN'],
      ending: { id: 'outcome-owned-plan', outcome: 'strong' },
      stale: { step: 1, event: 'AGREE_PLAN', contentHash: 'h2' },
    });
    expect(completedRuns(p, 'missed-deadline')).toEqual([]);
    expect(recordChoice(p, 'r-done', 'X', at(50))).toBe(p);
    expect(markStale(p, 'r-done', { step: 1, event: 'AGREE_PLAN', contentHash: 'h2' })).toBe(p);
  });

  it('rebaseRun moves a run to the new version; a stale run comes back as it was', () => {
    const p = rebaseRun(sampleProgress(), 'r-stale', 'h2', at(50));
    expect(runById(p, 'r-stale')).toMatchObject({
      status: 'active',
      contentHash: 'h2',
      updatedAt: at(50).toISOString(),
    });
    expect(runById(p, 'r-stale')?.stale).toBeUndefined();
    const done = markStale(sampleProgress(), 'r-done', { step: 0, event: 'A', contentHash: 'h2' });
    expect(runById(rebaseRun(done, 'r-done', 'h2', at(50)), 'r-done')?.status).toBe('complete');
  });
});

describe('settings', () => {
  it('coaching defaults to assessment and can be set', () => {
    expect(emptyProgress().settings.coaching).toBe('assessment');
    expect(setCoaching(emptyProgress(), 'practice').settings.coaching).toBe('practice');
  });
});

describe('queries', () => {
  it('list a scenario’s runs newest first, whatever their state', () => {
    const p = sampleProgress();
    expect(runsOf(p, 'missed-deadline').map((r) => r.id)).toEqual(['r-now', 'r-old', 'r-done']);
    expect(runsOf(p, 'first-delegation').map((r) => r.id)).toEqual(['r-stale']);
    expect(runsOf(p, 'unknown')).toEqual([]);
    expect(activeRun(p, 'first-delegation')).toBeUndefined();
  });
});

describe('newRunId', () => {
  it('is the time plus random digits: deterministic for the same inputs, distinct otherwise', () => {
    const id = newRunId(at(0), () => 0.5);
    expect(id).toMatch(/^r-[0-9a-z]+-[0-9a-z]{8}$/);
    expect(newRunId(at(0), () => 0.5)).toBe(id);
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const ids = new Set(Array.from({ length: 1000 }, () => newRunId(at(0), random)));
    expect(ids.size).toBe(1000);
    expect(newRunId(new Date(Number.NaN), () => 1)).toMatch(/^r-0-[0-9a-z]{8}$/);
  });
});
