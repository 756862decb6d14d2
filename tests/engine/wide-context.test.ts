/**
 * The analysis is bounded by memory, not only by a count of states: a state holds the
 * whole context, so 2,000 metrics and a loop once filled the heap ("JavaScript heap out
 * of memory") long before 250,000 states. Metrics no guard reads neither lengthen the
 * state key nor multiply the states, and their ranges are still exact.
 */
import { describe, expect, it } from 'vitest';
import { analyse, analysisDiagnostics } from '../../src/engine';
import { MEMORY_LIMIT_BYTES } from '../../src/engine/analysis/explore';
import { produce } from 'immer';
import type { CompiledScenario, Metric } from '../../src/contract';
import { inlineScenario, to } from '../support/inline-scenario';

/**
 * A hub whose choices UP_k raise `m<k>` (and every unread metric); FINISH needs each read
 * metric at 9. The compiler allows 50 metrics, so the unread ones are added to the
 * compiled scenario here: the analysis must hold on any compiled scenario, not only on
 * what today's limits let through.
 */
function hub(unread: number, read: number): CompiledScenario {
  const context: Record<string, number> = {};
  for (let k = 0; k < read; k++) context[`m${k}`] = 0;
  const on: Record<string, unknown> = {};
  for (let k = 0; k < read; k++)
    on[`UP_${k}`] = to('hub', { actions: [{ type: 'adjust', params: { [`m${k}`]: 1 } }] });
  on.FINISH = to('outcome-done', {
    guard: {
      type: 'and',
      guards: Array.from({ length: read }, (_, k) => ({
        type: 'metric',
        params: { name: `m${k}`, atLeast: 9 },
      })),
    },
  });
  on.GIVE_UP = to('outcome-done');
  const scenario = inlineScenario({
    initial: 'hub',
    context,
    states: { hub: { on }, 'outcome-done': { type: 'final', meta: { outcome: 'strong' } } },
  });
  const extra = Array.from({ length: unread }, (_, i) => `u${i}`);
  return produce(scenario, (draft) => {
    for (const id of extra) draft.metrics.push({ ...(draft.metrics[0] as Metric), id, initial: 0 });
    for (const choice of draft.scenes.find((s) => s.id === 'hub')?.choices ?? [])
      for (const t of choice.transitions)
        for (const action of t.actions)
          if (action.type === 'adjust') extra.forEach((id, i) => (action.params[id] = i + 1));
  });
}

describe('an analysis bounded by memory', () => {
  it('stops at its memory limit on a wide context, and says so', () => {
    // Ten read metrics from 0 to 9 make 10^10 states; each holds 2,010 values.
    const scenario = hub(2000, 10);
    const analysis = analyse(scenario);
    expect(analysis.complete).toBe(false);
    expect(analysis.graph.stoppedBy).toBe('memory');
    const perState = 8 * 2010 + 16 * 2010 + 2 * 2010;
    expect(analysis.states).toBeLessThan(MEMORY_LIMIT_BYTES / perState + 2);
    const cb707 = analysisDiagnostics(scenario, analysis).find((d) => d.code === 'CB707');
    expect(cb707?.message).toContain('its memory limit, about 128 MB');
    expect(cb707?.message).toContain('all 2,010 metrics, flags and history bits');
    // The loop is named by what a guard reads, not by the 2,000 metrics riding along.
    expect(cb707?.message).toContain('with m0 1 higher each time round');
    expect(cb707?.message).not.toContain('u1');
  });

  it('keys states only by what the guards read: unread metrics add no states', () => {
    const narrow = analyse(hub(0, 2));
    const wide = analyse(hub(300, 2));
    expect(narrow.complete).toBe(true);
    expect(wide.complete).toBe(true);
    expect(wide.states).toBe(narrow.states);
    expect(wide.graph.stoppedBy).toBeUndefined();
  });

  it('still gives each unread metric its real range, for all of them at once', () => {
    const wide = analyse(hub(300, 2));
    const ending = wide.endings[0];
    // The hub loops on itself: every UP raises u<i> by i + 1, so it has no highest value; GIVE_UP at once leaves it at 0.
    expect(ending?.metrics.u0).toEqual({ min: 0, max: Infinity });
    expect(ending?.metrics.u299).toEqual({ min: 0, max: Infinity });
    expect(ending?.metrics.m1).toEqual({ min: 0, max: Infinity });
  });
});
