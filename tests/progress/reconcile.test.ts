/**
 * When a scenario changed since a run was saved, the run is replayed on the new
 * version: moved there when all its choices still work, kept read-only (stale) when
 * not, and the learner is told either way. Runs of scenarios that are gone stay.
 */
import { describe, expect, it } from 'vitest';
import { createPlayer, replay } from '../../src/engine';
import {
  completedRuns,
  emptyProgress,
  finishRun,
  reconcile,
  recordChoice,
  startRun,
  type ScenarioVersion,
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

describe('reconcile', () => {
  it('changes nothing when every run is on the current version', () => {
    const p = sampleProgress();
    const result = reconcile(
      p,
      [version('missed-deadline', 'h1'), version('first-delegation', 'h1')],
      now,
    );
    expect(result.progress).toBe(p);
    expect(result.notices).toEqual([]);
  });

  it('moves runs whose choices all replay to the new version, with an info notice each', () => {
    const p = sampleProgress();
    const result = reconcile(
      p,
      [version('missed-deadline', 'h2'), version('first-delegation', 'h1')],
      now,
    );
    for (const id of ['r-done', 'r-old', 'r-now'])
      expect(result.progress.runs[id]).toMatchObject({
        contentHash: 'h2',
        updatedAt: now.toISOString(),
      });
    expect(result.progress.runs['r-done']?.status).toBe('complete');
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
      [version('missed-deadline', 'h2', ['AGREE_PLAN']), version('first-delegation', 'h1')],
      now,
    );
    const run = result.progress.runs['r-done'];
    expect(run).toMatchObject({
      status: 'stale',
      contentHash: 'h1',
      events: ['ASK_WHAT_HAPPENED', 'AGREE_PLAN'],
      ending: { id: 'outcome-owned-plan', outcome: 'strong' },
      stale: { step: 1, event: 'AGREE_PLAN', contentHash: 'h2' },
    });
    expect(run?.updatedAt).toBe(p.runs['r-done']?.updatedAt);
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
      [version('missed-deadline', 'h2', ['AGREE_PLAN'])],
      now,
    );
    const again = reconcile(
      first.progress,
      [version('missed-deadline', 'h2', ['AGREE_PLAN'])],
      now,
    );
    expect(again.progress).toBe(first.progress);
    expect(again.notices.map((n) => n.code)).toEqual(['scenario-missing']);
    const fixed = reconcile(again.progress, [version('missed-deadline', 'h3')], at(70));
    expect(fixed.progress.runs['r-done']).toMatchObject({ status: 'complete', contentHash: 'h3' });
    expect(fixed.progress.runs['r-done']?.stale).toBeUndefined();
  });

  it('treats a replay that stops short, or throws, as not replaying', () => {
    const short: ScenarioVersion = {
      id: 'missed-deadline',
      contentHash: 'h2',
      replays: () => ({ applied: 1 }),
    };
    const r1 = reconcile(sampleProgress(), [short], now);
    expect(r1.progress.runs['r-done']?.stale).toEqual({
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
    const r2 = reconcile(sampleProgress(), [throwing], now);
    expect(r2.progress.runs['r-now']?.status).toBe('stale');
  });

  it('keeps runs of scenarios that are gone untouched, with one notice for all of them', () => {
    const p = sampleProgress();
    const result = reconcile(p, [], now);
    expect(result.progress).toBe(p);
    expect(result.notices.map((n) => [n.code, n.severity, n.source.name])).toEqual([
      ['scenario-missing', 'info', 'missed-deadline'],
    ]);
    expect(result.notices[0]?.message).toMatch(
      /^4 saved runs belong to 2 scenarios this course no longer has: "missed-deadline" and "first-delegation"\. They are kept untouched/,
    );
    const one = reconcile(p, [version('first-delegation', 'h1')], now);
    expect(one.notices[0]?.message).toMatch(/^3 saved runs belong to "missed-deadline", which/);
    expect(reconcile(p, [], now, (id) => id !== 'first-delegation').notices[0]?.message).toMatch(
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
    const result = reconcile(p, [real], now);
    expect(result.progress.runs['good']).toMatchObject({
      status: 'complete',
      contentHash: scenario.contentHash,
    });
    expect(result.progress.runs['gone']).toMatchObject({
      status: 'stale',
      stale: { step: 1, event: 'REMOVED_IN_THIS_VERSION', contentHash: scenario.contentHash },
    });
  });
});
