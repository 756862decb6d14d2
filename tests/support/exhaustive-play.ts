/**
 * The slow, obviously-right way to know what a scenario allows: play every choice
 * through the real XState machine (the engine's player, which asks XState which
 * events it can take) from every snapshot, memoised on the full snapshot. Tests hold
 * the analysis to the same answers.
 */
import type { CompiledScenario } from '../../src/contract';
import {
  choose,
  createPlayer,
  isFinished,
  offeredChoices,
  timedChoice,
  playerFrom,
  startRun,
  type RunSnapshot,
  type Start,
} from '../../src/engine';

/** A snapshot as a key: the whole of it (scene, metrics, flags, history as sets). */
export const snapshotKey = (s: RunSnapshot) =>
  JSON.stringify([
    s.value,
    s.context.metrics,
    s.context.flags,
    [...s.context.visited].sort(),
    [...s.context.chose].sort(),
  ]);

export interface PlayResult {
  endings: Set<string>;
  runs: bigint;
  shortest: number;
  longest: number;
  snapshots: number;
}

/** Every run of `scenario`, from its beginning or from `start`. */
export function playEverything(
  scenario: CompiledScenario,
  limit = 200_000,
  start?: Start,
): PlayResult {
  const player = start ? playerFrom(createPlayer(scenario), start) : createPlayer(scenario);
  const memo = new Map<string, { runs: bigint; shortest: number; longest: number }>();
  const endings = new Set<string>();
  const key = snapshotKey;
  const onStack = new Set<string>();
  const visit = (snapshot: RunSnapshot): { runs: bigint; shortest: number; longest: number } => {
    const k = key(snapshot);
    const known = memo.get(k);
    if (known) return known;
    if (onStack.has(k)) throw new Error('cycle: this scenario has unboundedly many runs');
    if (memo.size > limit) throw new Error('too many snapshots');
    if (isFinished(snapshot)) {
      endings.add(String(snapshot.value));
      const done = { runs: 1n, shortest: 0, longest: 0 };
      memo.set(k, done);
      return done;
    }
    onStack.add(k);
    let runs = 0n;
    let shortest = Infinity;
    let longest = -Infinity;
    // Timed decisions: letting the time run out is one more road (no button, same engine).
    const timed = timedChoice(player, snapshot);
    for (const choice of [...offeredChoices(player, snapshot, 0), ...(timed ? [timed] : [])]) {
      const next = choose(player, snapshot, choice.event);
      if (!next) throw new Error(`offered ${choice.event} but XState would not take it`);
      const r = visit(next);
      if (r.runs === 0n) continue;
      runs += r.runs;
      shortest = Math.min(shortest, r.shortest + 1);
      longest = Math.max(longest, r.longest + 1);
    }
    onStack.delete(k);
    const result = { runs, shortest, longest };
    memo.set(k, result);
    return result;
  };
  const top = visit(startRun(player));
  return {
    endings,
    runs: top.runs,
    shortest: top.shortest,
    longest: top.longest,
    snapshots: memo.size,
  };
}
