/**
 * Runs are event logs: replaying a log gives the same snapshot every time, and the
 * same as playing live; a log that no longer replays stops at the step that fails;
 * shuffled choice orders come from the run's seed, so replay shows the same order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  choose,
  createPlayer,
  isFinished,
  offeredChoices,
  replay,
  startRun,
  traceRun,
  type RunSnapshot,
} from '../../src/engine';
import type { CompiledScenario } from '../../src/contract';
import { compileReference } from '../support/reference';
import { inlineScenario, to } from '../support/inline-scenario';

const reference = compileReference();
const player = createPlayer(reference);

/** Play by picking the i-th offered choice for each number, until the run ends. */
function walk(picks: number[]): { log: string[]; snapshot: RunSnapshot } {
  let snapshot = startRun(player);
  const log: string[] = [];
  for (const pick of picks) {
    const offered = offeredChoices(player, snapshot, 0);
    if (offered.length === 0) break;
    const choice = offered[pick % offered.length];
    if (!choice) break;
    snapshot = choose(player, snapshot, choice.event) as RunSnapshot;
    log.push(choice.event);
  }
  return { log, snapshot };
}

const state = (s: RunSnapshot) => ({ value: s.value, status: s.status, context: s.context });

describe('replay', () => {
  it('gives the same snapshot every time, and the same as live play', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { maxLength: 10 }), (picks) => {
        const live = walk(picks);
        const first = replay(player, live.log);
        const second = replay(
          createPlayer(JSON.parse(JSON.stringify(reference)) as CompiledScenario),
          live.log,
        );
        expect(first.applied).toBe(live.log.length);
        expect(state(first.snapshot)).toEqual(state(live.snapshot));
        expect(state(second.snapshot)).toEqual(state(first.snapshot));
        expect(JSON.parse(JSON.stringify(first.snapshot.context))).toEqual(first.snapshot.context);
      }),
      { numRuns: 200 },
    );
  });

  it('derives a trace whose metrics chain from step to step', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { minLength: 8, maxLength: 8 }), (picks) => {
        const { log, snapshot } = walk(picks);
        const trace = traceRun(player, log);
        expect(trace.finished).toBe(isFinished(snapshot));
        trace.steps.forEach((step, i) => {
          const before =
            i === 0
              ? Object.fromEntries(reference.metrics.map((m) => [m.id, m.initial]))
              : trace.steps[i - 1]?.metricsAfter;
          expect(step.metricsBefore).toEqual(before);
          const choice = reference.scenes
            .find((s) => s.id === step.scene)
            ?.choices.find((c) => c.event === step.event);
          expect(step.behaviours).toEqual(choice?.behaviours);
        });
        expect(trace.metrics).toEqual(snapshot.context.metrics);
      }),
      { numRuns: 100 },
    );
  });

  it('stops at the first choice that is not offered, and says where', () => {
    const result = replay(player, [
      'NAME_THE_MISSED_DATES',
      'WARN_ABOUT_FORMAL_STEPS',
      'WALK_IT_BACK',
      'ASK_ABOUT_HOME',
      'OWN_THE_GAP',
    ]);
    expect(result.applied).toBe(3);
    expect(result.failure).toEqual({ step: 3, event: 'ASK_ABOUT_HOME', scene: 'hidden-work' });
    expect(String(result.snapshot.value)).toBe('hidden-work');
    expect(traceRun(player, ['NO_SUCH_CHOICE']).failure).toEqual({
      step: 0,
      event: 'NO_SUCH_CHOICE',
      scene: 'opening',
    });
  });

  it('replays an old log on a changed scenario as far as it still goes', () => {
    const changed = JSON.parse(JSON.stringify(reference)) as CompiledScenario;
    const listening = changed.scenes.find((s) => s.id === 'listening');
    if (!listening) throw new Error('no listening scene');
    listening.choices = listening.choices.filter((c) => c.event !== 'ASK_ABOUT_CALLUM');
    const result = replay(createPlayer(changed), [
      'ASK_WHAT_CHANGED',
      'ASK_ABOUT_CALLUM',
      'ASK_ABOUT_HOME',
    ]);
    expect(result.applied).toBe(1);
    expect(result.failure?.event).toBe('ASK_ABOUT_CALLUM');
  });
});

describe('shuffle', () => {
  const shuffledScenario = { ...reference, shuffle: true };
  const shuffledPlayer = createPlayer(shuffledScenario);
  const start = startRun(shuffledPlayer);
  const plain = offeredChoices(player, startRun(player), 0).map((c) => c.event);

  it('offers the same choices in an order drawn from the run seed', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const order = offeredChoices(shuffledPlayer, start, seed).map((c) => c.event);
      expect([...order].sort()).toEqual([...plain].sort());
      expect(offeredChoices(shuffledPlayer, start, seed).map((c) => c.event)).toEqual(order);
      orders.add(order.join());
    }
    expect(orders.size).toBeGreaterThan(2);
  });

  it('keeps the section order when the scenario does not shuffle', () => {
    expect(offeredChoices(player, startRun(player), 12345).map((c) => c.event)).toEqual([
      'ASK_WHAT_CHANGED',
      'NAME_THE_MISSED_DATES',
      'ACCEPT_FRIDAY',
    ]);
  });
});

describe('guard semantics', () => {
  const scenario = inlineScenario({
    initial: 'first',
    context: { trust: 0 },
    states: {
      first: {
        on: {
          HERE_ALREADY: to('second', { guard: { type: 'visited', params: { state: 'first' } } }),
          AGAIN: to('second', { guard: { type: 'chose', params: { event: 'AGAIN' } } }),
          GO: to('second', { actions: [{ type: 'adjust', params: { trust: 2 } }] }),
        },
      },
      second: {
        on: { FINISH: to('route') },
      },
      route: {
        always: [
          {
            guard: {
              type: 'and',
              guards: [
                { type: 'chose', params: { event: 'FINISH' } },
                { type: 'visited', params: { state: 'route' } },
              ],
            },
            target: 'done-both',
          },
          { target: 'done-neither' },
        ],
      },
      'done-both': { type: 'final', meta: { outcome: 'strong' } },
      'done-neither': { type: 'final', meta: { outcome: 'weak' } },
    },
  });
  const p = createPlayer(scenario);

  it('counts the current state as visited, and a choice as chosen only after it is made', () => {
    expect(offeredChoices(p, startRun(p), 0).map((c) => c.event)).toEqual(['HERE_ALREADY', 'GO']);
    const end = replay(p, ['GO', 'FINISH']).snapshot;
    expect(String(end.value)).toBe('done-both');
    expect(end.context.metrics).toEqual({ trust: 2 });
  });
});
