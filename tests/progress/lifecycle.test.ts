/**
 * A run's life in progress, as pure functions: `forkRun` starts a new run from the
 * first choices of an old one (the debrief's "replay from here", and the dev server's
 * continued run), `recordStep` takes a choice and finishes the run on an ending, and
 * `reconcileEditing` decides which runs an edit broke and where they continue, as one
 * progress and one list of notices.
 */
import { describe, expect, it } from 'vitest';
import {
  activeRun,
  allRuns,
  emptyProgress,
  forkRun,
  markStale,
  reconcileEditing,
  recordChoice,
  recordStep,
  runById,
  startRun,
  type Progress,
  type ScenarioVersion,
} from '../../src/progress';
import { at, sampleProgress } from './sample';

const now = at(59);

describe('forkRun', () => {
  it('starts an active run with the first choices of the old one, on the version served, and leaves the old one as it was', () => {
    const p = sampleProgress();
    const from = runById(p, 'r-done')!;
    const next = forkRun(p, { from, keep: 1, id: 'r-again', now, contentHash: 'h2' });
    expect(runById(next, 'r-again')).toEqual({
      id: 'r-again',
      scenarioId: 'missed-deadline',
      contentHash: 'h2',
      seed: from.seed,
      events: ['ASK_WHAT_HAPPENED'],
      startedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      status: 'active',
    });
    expect(runById(next, 'r-done')).toBe(from);
    expect(activeRun(next, 'missed-deadline')?.id).toBe('r-again');
  });

  it('keeps no more choices than the run has, or than still replay on the version of a stale run', () => {
    const p = sampleProgress();
    const fork = (keep: number, from = runById(p, 'r-done')!, contentHash = 'h1') =>
      runById(forkRun(p, { from, keep, id: 'r-f', now, contentHash, seed: 3 }), 'r-f');
    expect(fork(10)?.events).toEqual(['ASK_WHAT_HAPPENED', 'AGREE_PLAN']);
    expect(fork(-1)?.events).toEqual([]);
    expect(fork(Number.NaN)?.events).toEqual([]);
    expect(fork(0)?.seed).toBe(3);
    // r-stale stops replaying at its first choice on h1: nothing of it is kept there.
    const stale = runById(p, 'r-stale')!;
    expect(fork(1, stale)?.events).toEqual([]);
    expect(fork(1, stale, 'h9')?.events).toEqual(['DELEGATE_VAGUELY']);
  });

  it('changes nothing when the id is taken or unusable', () => {
    const p = sampleProgress();
    const from = runById(p, 'r-done')!;
    expect(forkRun(p, { from, keep: 1, id: 'r-now', now, contentHash: 'h1' })).toBe(p);
    expect(forkRun(p, { from, keep: 1, id: '__proto__', now, contentHash: 'h1' })).toBe(p);
  });
});

describe('recordStep', () => {
  it('appends the choice, and completes the run when the choice reached an ending', () => {
    let p = startRun(emptyProgress(), {
      id: 'r',
      scenarioId: 's',
      contentHash: 'h',
      seed: 1,
      now: at(0),
    });
    p = recordStep(p, 'r', { event: 'A' }, at(1));
    expect(runById(p, 'r')).toMatchObject({ status: 'active', events: ['A'] });
    const ending = { id: 'outcome-owned-plan', outcome: 'strong' } as const;
    p = recordStep(p, 'r', { event: 'B', ending }, at(2));
    expect(runById(p, 'r')).toMatchObject({
      status: 'complete',
      events: ['A', 'B'],
      ending,
      finishedAt: at(2).toISOString(),
      updatedAt: at(2).toISOString(),
    });
    expect(recordStep(p, 'r', { event: 'C' }, at(3))).toBe(p);
  });
});

/** A version on which every event replays except those in `refused`. */
function version(contentHash: string, refused: string[]): ScenarioVersion {
  return {
    id: 'missed-deadline',
    contentHash,
    replays: (events) => {
      const step = events.findIndex((e) => refused.includes(e));
      return step < 0
        ? { applied: events.length }
        : { applied: step, failure: { step, event: events[step] ?? '' } };
    },
  };
}

/** Two unfinished runs of missed-deadline, on the version before the edit: r-older, then r-newer. */
function editing(): Progress {
  let p = emptyProgress();
  for (const [id, minute] of [
    ['r-older', 0],
    ['r-newer', 10],
  ] as const) {
    p = startRun(p, {
      id,
      scenarioId: 'missed-deadline',
      contentHash: 'before',
      seed: minute,
      now: at(minute),
    });
    p = recordChoice(p, id, 'ASK_WHAT_CHANGED', at(minute + 1));
    p = recordChoice(p, id, 'RENAMED', at(minute + 2));
  }
  return p;
}

describe('reconcileEditing', () => {
  const served = { ids: [], versions: [version('after', ['RENAMED'])] };

  it('continues the run the author would resume at its last good step, and keeps the others read-only', () => {
    const p = editing();
    const result = reconcileEditing(p, served, now);
    const runs = allRuns(result.progress);
    expect(runs['r-newer']).toMatchObject({ status: 'stale', contentHash: 'before' });
    expect(runs['r-older']).toMatchObject({ status: 'stale', contentHash: 'before' });
    const continued = activeRun(result.progress, 'missed-deadline');
    expect(continued).toMatchObject({
      id: 'r-newer-e2',
      contentHash: 'after',
      seed: 10,
      events: ['ASK_WHAT_CHANGED'],
      status: 'active',
    });
    expect(result.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['run-continued', 'runs["r-newer"].events[1]'],
      ['run-stale', 'runs["r-older"].events[1]'],
    ]);
    expect(result.notices[0]?.message).toMatch(
      /choice 2 \("RENAMED"\) is no longer offered, so the run continues from decision 2/,
    );
  });

  it('is what reconcile gives when the edit broke nothing, and never continues a run already read-only', () => {
    const fine = { ids: [], versions: [version('after', [])] };
    const p = editing();
    const result = reconcileEditing(p, fine, now);
    expect(Object.keys(allRuns(result.progress))).toEqual(['r-older', 'r-newer']);
    expect(result.notices.map((n) => n.code)).toEqual(['run-replayed', 'run-replayed']);
    const stale = markStale(p, 'r-newer', { step: 1, event: 'RENAMED', contentHash: 'x' });
    // r-newer was already read-only: r-older is now the run to resume, so it continues.
    const again = reconcileEditing(stale, served, now);
    expect(Object.keys(allRuns(again.progress))).toEqual(['r-older', 'r-newer', 'r-older-e2']);
    expect(again.notices.map((n) => n.code)).toEqual(['run-continued']);
  });

  it('gives the continued run an id no other run has, that a link can hold', () => {
    let p = editing();
    p = startRun(p, {
      id: 'r-newer-e2',
      scenarioId: 'other',
      contentHash: 'h',
      seed: 1,
      now: at(0),
    });
    const long = 'r'.repeat(128);
    p = startRun(p, {
      id: long,
      scenarioId: 'missed-deadline',
      contentHash: 'before',
      seed: 1,
      now: at(30),
    });
    p = recordChoice(p, long, 'RENAMED', at(31));
    const result = reconcileEditing(p, { ...served, ids: ['other'] }, now);
    const continued = activeRun(result.progress, 'missed-deadline');
    expect(continued?.id).toBe('r-edited-4');
    expect(continued?.events).toEqual([]);
  });
});
