/**
 * When a scenario changed since a run was saved, the run is replayed on the new
 * version: moved there when all its choices still work, kept read-only (stale) when
 * not, and the learner is told either way. Runs recorded on the served version are not
 * replayed at start-up (an import proves them all; opening a run for play catches a bad
 * log, `refuseRun`). Runs of scenarios that are gone stay.
 */
import { describe, expect, it } from 'vitest';
import { createPlayer, replay } from '../../src/engine';
import {
  allRuns,
  completedRuns,
  emptyProgress,
  finishRun,
  reconcile,
  recordChoice,
  refuseRun,
  markStale,
  runById,
  startRun,
  type ScenarioVersion,
  type Progress,
  type SavedRun,
  type Served,
} from '../../src/progress';
import { compileReference } from '../support/reference';
import { at, sampleProgress } from './sample';

const now = at(59);

/** A version on which every event replays except those in `refused`. */
function version(id: string, contentHash: string, refused: string[] = []): ScenarioVersion {
  return {
    id,
    contentHash,
    replays: (events) => {
      const step = events.findIndex((e) => refused.includes(e));
      if (step < 0) return { applied: events.length };
      return { applied: step, failure: { step, event: events[step] ?? '' } };
    },
  };
}

/** A course serving just these versions: runs of any other scenario are missing. */
const served = (...versions: ScenarioVersion[]): Served => ({ ids: [], versions });

describe('reconcile', () => {
  it('changes nothing when every run is on the current version', () => {
    const p = sampleProgress();
    const result = reconcile(
      p,
      served(version('missed-deadline', 'h1'), version('first-delegation', 'h1')),
      now,
    );
    expect(result.progress).toBe(p);
    expect(result.notices).toEqual([]);
  });

  it('moves runs whose choices all replay to the new version, with an info notice each', () => {
    const p = sampleProgress();
    const result = reconcile(
      p,
      served(version('missed-deadline', 'h2'), version('first-delegation', 'h1')),
      now,
    );
    for (const id of ['r-done', 'r-old', 'r-now'])
      expect(runById(result.progress, id)).toMatchObject({
        contentHash: 'h2',
        updatedAt: now.toISOString(),
      });
    expect(runById(result.progress, 'r-done')?.status).toBe('complete');
    expect(result.notices.map((n) => [n.code, n.severity, n.source])).toEqual(
      ['r-done', 'r-old', 'r-now'].map((id) => [
        'run-replayed',
        'info',
        { kind: 'scenario', name: 'missed-deadline', path: `runs["${id}"]` },
      ]),
    );
    expect(result.notices[0]?.message).toMatch(/still work in the new version/);
  });

  it('keeps runs that no longer replay as read-only history, with a warning naming the choice', () => {
    const p = sampleProgress();
    const result = reconcile(
      p,
      served(version('missed-deadline', 'h2', ['AGREE_PLAN']), version('first-delegation', 'h1')),
      now,
    );
    const run = runById(result.progress, 'r-done');
    expect(run).toMatchObject({
      status: 'stale',
      contentHash: 'h1',
      events: ['ASK_WHAT_HAPPENED', 'AGREE_PLAN'],
      ending: { id: 'outcome-owned-plan', outcome: 'strong' },
      stale: { step: 1, event: 'AGREE_PLAN', contentHash: 'h2' },
    });
    expect(run?.updatedAt).toBe(runById(p, 'r-done')?.updatedAt);
    expect(completedRuns(result.progress, 'missed-deadline')).toEqual([]);
    const stale = result.notices.filter((n) => n.code === 'run-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({
      severity: 'warning',
      source: { kind: 'scenario', name: 'missed-deadline', path: 'runs["r-done"].events[1]' },
    });
    expect(stale[0]?.message).toMatch(/kept in your history, read-only/);
    expect(stale[0]?.message).toMatch(/choice 2 \("AGREE_PLAN"\)/);
  });

  it('is quiet the second time, and brings a stale run back when a later version replays it', () => {
    const first = reconcile(
      sampleProgress(),
      served(version('missed-deadline', 'h2', ['AGREE_PLAN'])),
      now,
    );
    const again = reconcile(
      first.progress,
      served(version('missed-deadline', 'h2', ['AGREE_PLAN'])),
      now,
    );
    expect(again.progress).toBe(first.progress);
    expect(again.notices.map((n) => n.code)).toEqual(['scenario-missing']);
    const fixed = reconcile(again.progress, served(version('missed-deadline', 'h3')), at(70));
    expect(runById(fixed.progress, 'r-done')).toMatchObject({
      status: 'complete',
      contentHash: 'h3',
    });
    expect(runById(fixed.progress, 'r-done')?.stale).toBeUndefined();
  });

  it('treats a replay that stops short, or throws, as not replaying', () => {
    const short: ScenarioVersion = {
      id: 'missed-deadline',
      contentHash: 'h2',
      replays: () => ({ applied: 1 }),
    };
    const r1 = reconcile(sampleProgress(), served(short), now);
    expect(runById(r1.progress, 'r-done')?.stale).toEqual({
      step: 1,
      event: 'AGREE_PLAN',
      contentHash: 'h2',
    });
    const throwing: ScenarioVersion = {
      id: 'missed-deadline',
      contentHash: 'h2',
      replays: () => {
        throw new Error('the run is in a scene the scenario does not have');
      },
    };
    const r2 = reconcile(sampleProgress(), served(throwing), now);
    expect(runById(r2.progress, 'r-now')?.status).toBe('stale');
  });

  it('keeps runs of scenarios that are gone untouched, with one notice for all of them', () => {
    const p = sampleProgress();
    const result = reconcile(p, served(), now);
    expect(result.progress).toBe(p);
    expect(result.notices.map((n) => [n.code, n.severity, n.source.name])).toEqual([
      ['scenario-missing', 'info', 'missed-deadline'],
    ]);
    expect(result.notices[0]?.message).toMatch(
      /^4 saved runs belong to 2 scenarios this course no longer has: "missed-deadline" and "first-delegation"\. They are kept untouched/,
    );
    const one = reconcile(p, served(version('first-delegation', 'h1')), now);
    expect(one.notices[0]?.message).toMatch(/^3 saved runs belong to "missed-deadline", which/);
    const stillServed = { ids: ['missed-deadline'], versions: [] };
    expect(reconcile(p, stillServed, now).notices[0]?.message).toMatch(
      /^1 saved run belongs to "first-delegation"/,
    );
  });

  it("fits the engine's replay of a real scenario", () => {
    const scenario = compileReference();
    const player = createPlayer(scenario);
    const real: ScenarioVersion = {
      id: scenario.id,
      contentHash: scenario.contentHash,
      replays: (events) => replay(player, events),
    };
    let p = startRun(emptyProgress(), {
      id: 'good',
      scenarioId: scenario.id,
      contentHash: 'old',
      seed: 1,
      now: at(0),
    });
    p = startRun(p, {
      id: 'gone',
      scenarioId: scenario.id,
      contentHash: 'old',
      seed: 1,
      now: at(1),
    });
    p = recordChoice(p, 'good', 'ASK_WHAT_CHANGED', at(2));
    p = recordChoice(p, 'gone', 'ASK_WHAT_CHANGED', at(3));
    p = recordChoice(p, 'gone', 'REMOVED_IN_THIS_VERSION', at(4));
    p = finishRun(p, 'good', { id: 'x', outcome: 'mixed' }, at(5));
    const result = reconcile(p, served(real), now);
    expect(runById(result.progress, 'good')).toMatchObject({
      status: 'complete',
      contentHash: scenario.contentHash,
    });
    expect(runById(result.progress, 'gone')).toMatchObject({
      status: 'stale',
      stale: { step: 1, event: 'REMOVED_IN_THIS_VERSION', contentHash: scenario.contentHash },
    });
  });
});

/** `count` runs of missed-deadline on version `contentHash`, each with one choice (built directly: 3,000 updates would be slow). */
function manyRuns(count: number, contentHash: string, from = 0): Progress {
  const runs: Record<string, SavedRun> = {};
  for (let i = from; i < from + count; i++) {
    const id = `r-${i}`;
    const times = { startedAt: now.toISOString(), updatedAt: now.toISOString() };
    const run = { id, scenarioId: 'missed-deadline', contentHash, seed: i, ...times };
    runs[id] = { ...run, events: ['ASK_WHAT_HAPPENED'], status: 'active' };
  }
  return { ...emptyProgress(), runs };
}

/** A version that counts the logs it is asked to replay. */
function counting(contentHash: string, refused: string[] = []) {
  const replayed: string[][] = [];
  const inner = version('missed-deadline', contentHash, refused);
  const v: ScenarioVersion = {
    ...inner,
    replays: (events) => {
      replayed.push(events);
      return inner.replays(events);
    },
  };
  return { v, replayed };
}

describe('which runs reconcile replays', () => {
  /** 3,000 runs on h1, two on the older h0, one stale on h1 and one stale on h0. */
  function saved() {
    let p = manyRuns(3_000, 'h1');
    const older = manyRuns(2, 'h0', 3_000);
    p = { ...p, runs: { ...allRuns(p), ...allRuns(older) } };
    p = { ...p, runs: { ...allRuns(p), ...allRuns(manyRuns(2, 'h0', 3_002)) } };
    p = markStale(p, 'r-3002', { step: 0, event: 'ASK_WHAT_HAPPENED', contentHash: 'h1' });
    return markStale(p, 'r-3003', { step: 0, event: 'ASK_WHAT_HAPPENED', contentHash: 'h0' });
  }

  it('at start-up, replays only the runs whose scenario changed, not the 3,000 on the served version', () => {
    const { v, replayed } = counting('h1');
    const result = reconcile(saved(), served(v), now);
    expect(replayed).toHaveLength(3);
    expect(runById(result.progress, 'r-3000')).toMatchObject({
      status: 'active',
      contentHash: 'h1',
    });
    expect(runById(result.progress, 'r-3003')).toMatchObject({
      status: 'active',
      contentHash: 'h1',
    });
    expect(runById(result.progress, 'r-3002')?.status).toBe('stale');
    expect(result.notices.map((n) => n.code)).toEqual([
      'run-replayed',
      'run-replayed',
      'run-replayed',
    ]);
  });

  it('trusts a run on the served version at start-up, even one whose log would not replay', () => {
    const { v, replayed } = counting('h1', ['ASK_WHAT_HAPPENED']);
    const p = manyRuns(1, 'h1');
    expect(reconcile(p, served(v), now)).toEqual({ progress: p, notices: [] });
    expect(replayed).toEqual([]);
  });

  it("with prove: 'every' (an import), replays every run not already stale there, and catches a bad log", () => {
    const { v, replayed } = counting('h1', ['ASK_WHAT_HAPPENED']);
    const result = reconcile(saved(), served(v), now, { prove: 'every' });
    expect(replayed).toHaveLength(3_003);
    expect(runById(result.progress, 'r-0')?.stale).toEqual({
      step: 0,
      event: 'ASK_WHAT_HAPPENED',
      contentHash: 'h1',
    });
    expect(result.notices.map((n) => n.code)).toEqual([
      'runs-unplayable',
      'run-stale',
      'run-stale',
    ]);
  });
});

describe('refuseRun: a log that does not replay when opened', () => {
  const stale = { step: 1, event: 'AGREE_PLAN', contentHash: 'h1' };

  it('keeps an active run on this version read-only, with the notice reconcile gives it', () => {
    const p = sampleProgress();
    const result = refuseRun(p, 'r-now', stale);
    expect(runById(result.progress, 'r-now')).toMatchObject({
      status: 'stale',
      stale,
      contentHash: 'h1',
    });
    expect(runById(result.progress, 'r-now')?.events).toEqual(runById(p, 'r-now')?.events);
    expect(result.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['run-unplayable', 'runs["r-now"].events[1]'],
    ]);
    expect(result.notices[0]?.message).toMatch(/does not replay on this version of the scenario/);
  });

  it('changes nothing for a run already stale or one it does not have', () => {
    const p = sampleProgress();
    expect(refuseRun(p, 'r-stale', stale)).toEqual({ progress: p, notices: [] });
    expect(refuseRun(p, 'r-nowhere', stale)).toEqual({ progress: p, notices: [] });
  });
});
