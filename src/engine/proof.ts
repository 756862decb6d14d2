/**
 * Proving many saved logs at once (an import replays every run on the current scenario,
 * a page load every run whose scenario changed): logs of one scenario share their beginnings, and the one
 * expensive part of a replay is XState's `transition`, so the snapshot after each
 * prefix is kept and a log replays only from where it parts from those already seen.
 * The result is exactly `replay`'s (`applied`, `failure`); the cache is bounded.
 */
import { choose, startRun, type Player, type RunSnapshot } from './run';

export interface Proof {
  applied: number;
  failure?: { step: number; event: string };
}

/** How many prefixes a prover keeps before it starts again from an empty cache. */
const CACHE_LIMIT = 50_000;

/** A function that replays logs on `player` as `replay` does, sharing common prefixes. */
export function prover(player: Player): (events: readonly string[]) => Proof {
  const start = startRun(player);
  /** Snapshot after the prefix (events joined by NUL), or `null` when that prefix fails. */
  let seen = new Map<string, RunSnapshot | null>();
  return (events) => {
    if (seen.size > CACHE_LIMIT) seen = new Map();
    let snapshot = start;
    let key = '';
    for (const [step, event] of events.entries()) {
      key += `${event}\u0000`;
      let next = seen.get(key);
      if (next === undefined) {
        next = choose(player, snapshot, event) ?? null;
        seen.set(key, next);
      }
      if (next === null) return { applied: step, failure: { step, event } };
      snapshot = next;
    }
    return { applied: events.length };
  };
}
