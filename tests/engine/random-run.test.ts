/** Seeded random runs: the same seed gives the same run anywhere, and every run is one the player accepts. */
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import { loadCourse, PROJECT_SCENARIOS } from '../../src/disk/load';
import { createPlayer, randomRun, replay } from '../../src/engine';
import { ROOT } from '../support/paths';

const course = compileCourse(loadCourse(PROJECT_SCENARIOS, ROOT));
const players = course.scenarios.flatMap((s) => (s.scenario ? [createPlayer(s.scenario)] : []));

describe('randomRun', () => {
  it('plays every bundled scenario to an ending, and the log replays whole', () => {
    expect(players.length).toBeGreaterThan(0);
    for (const player of players) {
      for (let seed = 1; seed <= 20; seed++) {
        const events = randomRun(player, seed);
        const result = replay(player, events);
        expect(result.failure).toBeUndefined();
        expect(result.snapshot.status).toBe('done');
      }
    }
  });

  it('gives the same events for the same seed and different runs across seeds', () => {
    const player = players[0];
    if (!player) throw new Error('no scenario');
    expect(randomRun(player, 7)).toEqual(randomRun(player, 7));
    const distinct = new Set(
      Array.from({ length: 30 }, (_, i) => randomRun(player, i + 1).join(',')),
    );
    expect(distinct.size).toBeGreaterThan(5);
  });

  it('stops at maxSteps', () => {
    const player = players[0];
    if (!player) throw new Error('no scenario');
    expect(randomRun(player, 3, 2)).toHaveLength(2);
  });
});
