/**
 * The player author mode steps its runs with builds a machine of the scenes along the
 * run only: it must give exactly the snapshots of the whole scenario's machine (same
 * scene, values, history and status, same choices offered) for the run's choices and
 * for every choice one step on, on the bundled course and on random scenarios with
 * loops, routes and every kind of guard — and stay small on a large scenario.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import type { CompiledScenario } from '../../src/contract';
import { loadCourse, PROJECT_SCENARIOS } from '../../src/disk/load';
import {
  choose,
  createPlayer,
  initialContext,
  offeredChoices,
  playable,
  playerAlong,
  playerFrom,
  randomRun,
  replay,
  type Player,
  type RunSnapshot,
  type Start,
} from '../../src/engine';
import { scenesAlong } from '../../src/engine/player-along';
import { loadTaxonomy, prepare } from '../../bench/common';
import { randomLoopingScenario, randomScenario } from '../support/random-scenario';
import { ROOT } from '../support/paths';

const course = compileCourse(loadCourse(PROJECT_SCENARIOS, ROOT));
const bundled = course.scenarios.flatMap((s) => (s.scenario ? [s.scenario] : []));

/** What a player shows of a snapshot: scene, values, history, status and the choices offered. */
function seen(player: Player, snapshot: RunSnapshot) {
  return {
    value: snapshot.value,
    status: snapshot.status,
    context: snapshot.context,
    offered: offeredChoices(player, snapshot, 0).map((c) => c.event),
  };
}

/** Both players replay `events` from `start`, then take every choice offered one step on. */
function expectSameRun(full: Player, start: Start, events: string[]): void {
  const along = playerAlong(full, start, events);
  const a = replay(full, events);
  const b = replay(along, events);
  expect(b.applied).toBe(a.applied);
  expect(b.snapshots.map((s) => seen(along, s))).toEqual(a.snapshots.map((s) => seen(full, s)));
  for (const choice of offeredChoices(full, a.snapshot, 0)) {
    const next = choose(full, a.snapshot, choice.event);
    const lazy = choose(along, b.snapshot, choice.event);
    expect(next && seen(full, next)).toEqual(lazy && seen(along, lazy));
  }
}

describe('playerAlong', () => {
  it('gives the whole machine’s snapshots on every bundled scenario, from every scene', () => {
    expect(bundled.length).toBeGreaterThan(0);
    for (const scenario of bundled) {
      const whole = createPlayer(scenario);
      for (const scene of scenario.scenes.filter((s) => s.kind !== 'ending')) {
        const start = { scene: scene.id, context: initialContext(scenario) };
        const full = playerFrom(whole, start);
        for (const seed of [1]) {
          const events = randomRun(full, seed);
          for (let n = 0; n <= events.length; n++) expectSameRun(full, start, events.slice(0, n));
        }
      }
    }
  });

  it('gives the whole machine’s snapshots on random scenarios, loops and routes included', () => {
    fc.assert(
      fc.property(
        fc.oneof(randomScenario(), randomLoopingScenario()),
        fc.integer({ min: 1, max: 1000 }),
        (scenario, seed) => {
          const start = { scene: scenario.initial, context: initialContext(scenario) };
          const full = playerFrom(createPlayer(scenario), start);
          const events = randomRun(full, seed, 12);
          for (let n = 0; n <= events.length; n++) expectSameRun(full, start, events.slice(0, n));
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1) * 60 },
    );
  });

  it('keeps a run’s replay to the scenes along it on a 1,000-scene scenario', () => {
    const compiled = prepare(1000, loadTaxonomy()).compiled;
    const start = { scene: compiled.initial, context: initialContext(compiled) };
    const full = createPlayer(compiled);
    const events = randomRun(full, 1).slice(0, 3);
    const kept = scenesAlong(playable(compiled), start, events);
    expect(events.length).toBe(3);
    expect(kept.size).toBeGreaterThan(events.length);
    expect(kept.size).toBeLessThan(40);
    expectSameRun(full, start, events);
  });

  it('refuses a start scene the scenario does not have', () => {
    const scenario = bundled[0] as CompiledScenario;
    expect(() =>
      playerAlong(playable(scenario), { scene: 'nowhere', context: initialContext(scenario) }, []),
    ).toThrow(/nowhere/);
  });
});
