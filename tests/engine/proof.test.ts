/**
 * The prover that replays many saved logs on page load and on import gives exactly
 * what `replay` gives for each log (how many choices applied, and the first that did
 * not), whatever order the logs come in and however they share their beginnings.
 */
import { describe, expect, it } from 'vitest';
import { createPlayer, prover, replay, type Player } from '../../src/engine';
import { compileReference } from '../support/reference';

const player = createPlayer(compileReference());

/** Every complete path of the reference scenario (it has no loops). */
function paths(p: Player): string[][] {
  const out: string[][] = [];
  const walk = (log: string[]) => {
    const { snapshot } = replay(p, log);
    const scene = p.scenes.get(String(snapshot.value));
    const open = (scene?.choices ?? []).filter((c) => snapshot.can({ type: c.event }));
    if (open.length === 0) out.push(log);
    for (const c of open) walk([...log, c.event]);
  };
  walk([]);
  return out;
}

const expected = (events: string[]) => {
  const { applied, failure } = replay(player, events);
  return failure ? { applied, failure: { step: failure.step, event: failure.event } } : { applied };
};

describe('prover', () => {
  it('agrees with replay on every complete path, on broken logs, and on logs that run past an ending', () => {
    const all = paths(player);
    expect(all.length).toBeGreaterThan(100);
    // Every tenth path keeps the test quick; they still share their beginnings with one another.
    const logs = all
      .filter((_, i) => i % 10 === 0)
      .flatMap((log, i) => [
        log,
        log.slice(0, i % (log.length + 1)),
        [...log.slice(0, i % log.length), 'NOT_A_CHOICE', ...log.slice(i % log.length)],
        [...log, log[0] ?? 'X'],
      ]);
    const prove = prover(player);
    for (const log of [...logs, ...logs.reverse()]) expect(prove(log)).toEqual(expected(log));
  });
});
