/**
 * Analysis and play must never disagree: on every fixture that compiles, on the
 * reference scenario and on randomly generated scenarios, the endings the analysis
 * finds are exactly those that exhaustive play through XState reaches, with the same
 * number of complete runs and the same shortest and longest run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine';
import type { CompiledScenario } from '../../src/contract';
import { compileFixture, fixtureCases } from '../support/fixtures';
import { playEverything } from '../support/exhaustive-play';
import { compileReference } from '../support/reference';
import { randomScenario } from '../support/random-scenario';

function agree(scenario: CompiledScenario): void {
  const analysis = analyse(scenario);
  const play = playEverything(scenario);
  expect(analysis.endings.map((e) => e.id).sort()).toEqual([...play.endings].sort());
  expect(analysis.runs).toBe(play.runs);
  if (play.runs > 0n) {
    expect(analysis.shortest).toBe(play.shortest);
    expect(analysis.longest).toBe(play.longest);
  }
}

describe('analysis agrees with exhaustive play through XState', () => {
  const compiled = fixtureCases().flatMap((name) =>
    compileFixture(name).flatMap((course) =>
      course.scenarios.flatMap((s) =>
        s.scenario ? [[`${name}/${s.folder}`, s.scenario] as const] : [],
      ),
    ),
  );
  const bounded = compiled.filter(([, s]) => {
    const a = analyse(s);
    return a.complete && a.runs !== 'unbounded';
  });

  // The fixtures with loops are held to bounded play instead, in loops.test.ts.
  it('covers most compiled fixtures', () => {
    expect(bounded.length).toBeGreaterThanOrEqual(10);
    expect(compiled.length - bounded.length).toBeLessThanOrEqual(8);
  });

  it.each(bounded)('%s', (_, scenario) => agree(scenario));

  it('on the reference scenario', () => {
    const scenario = compileReference();
    agree(scenario);
    expect(analyse(scenario).runs).toBe(844n);
  });

  it('on random scenarios with guards, routes, flags and history', () => {
    fc.assert(
      fc.property(randomScenario(), (scenario) => agree(scenario)),
      { numRuns: 150 * Number(process.env.PROPERTY_RUNS ?? '1') },
    );
  });
});
