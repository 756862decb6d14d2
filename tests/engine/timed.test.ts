/**
 * Timed decisions in the engine: TIME_UP is an ordinary transition with no clock —
 * no button (offeredChoices leaves it out), found by timedChoice, taken by choose,
 * replayed exactly from the log, traced with the author's label, and explored by the
 * analysis like any other choice.
 */
import { describe, expect, it } from 'vitest';
import {
  analyse,
  choose,
  createPlayer,
  offeredChoices,
  randomRun,
  replay,
  startRun,
  timedChoice,
  traceRun,
  type RunSnapshot,
} from '../../src/engine';
import type { CompiledScenario } from '../../src/contract';
import { compileFixture } from '../support/fixtures';

const scenario = compileFixture('timed-decision-valid')[0]?.scenarios[0]
  ?.scenario as CompiledScenario;
const player = createPlayer(scenario);

describe('timed decisions', () => {
  it('compiles the TIME_UP section to the one choice with a timeout', () => {
    const timed = scenario.scenes.flatMap((s) => s.choices).filter((c) => c.timeout);
    expect(timed.map((c) => [c.event, c.timeout, c.label])).toEqual([
      ['TIME_UP', 45000, 'Let the time run out.'],
    ]);
  });

  it('offers no TIME_UP button but names it as the scene’s timed choice', () => {
    const start = startRun(player);
    expect(offeredChoices(player, start, 0).map((c) => c.event)).toEqual([
      'SET_THE_GOAL',
      'PUT_IT_OFF',
    ]);
    expect(timedChoice(player, start)?.event).toBe('TIME_UP');
  });

  it('takes TIME_UP through choose, and replays a log holding it exactly', () => {
    const after = choose(player, startRun(player), 'TIME_UP') as RunSnapshot;
    expect(after.value).toBe('outcome-weak');
    expect(after.context).toMatchObject({ metrics: { trust: -1 } });
    expect(timedChoice(player, after)).toBeUndefined();
    const again = replay(player, ['TIME_UP']);
    expect(again.failure).toBeUndefined();
    expect(again.snapshot.value).toBe(after.value);
    expect(again.snapshot.context).toEqual(after.context);
  });

  it('traces the step with the author’s TIME_UP label', () => {
    const trace = traceRun(player, ['TIME_UP']);
    expect(trace.steps[0]?.label).toBe('Let the time run out.');
  });

  it('lets the analysis count TIME_UP as a road to an ending', () => {
    const analysis = analyse(scenario);
    expect(analysis.complete).toBe(true);
    expect(analysis.untakenChoices).toEqual([]);
    // SET_THE_GOAL → strong, PUT_IT_OFF → weak, TIME_UP → weak: three complete runs.
    expect(analysis.runs).toBe(3n);
  });

  it('lets a random run take TIME_UP for some seed', () => {
    const firsts = new Set(Array.from({ length: 40 }, (_, seed) => randomRun(player, seed)[0]));
    expect(firsts).toContain('TIME_UP');
  });
});
