/**
 * The learner's actions on a run, one function each for the pages: start, start again
 * from a decision, open, choose. Each asks the engine what it must (a seed, a step, a
 * replay), hands the result to a pure function of `src/progress`, and makes one store
 * update; the rules themselves live in those two layers, not here.
 */
import { choose, isFinished, newSeed, replay, type Player, type RunSnapshot } from '../engine';
import {
  forkRun,
  newRunId,
  recordStep,
  refuseRun,
  startRun,
  type SavedRun,
  type StaleInfo,
} from '../progress';
import type { ProgressStore } from './store';

/** Start a new run of the player's scenario; returns its id. */
export function beginRun(store: ProgressStore, player: Player): string {
  const now = store.now();
  const id = newRunId(now, Math.random);
  const { id: scenarioId, contentHash } = player.scenario;
  store.update((progress) =>
    startRun(progress, { id, scenarioId, contentHash, seed: newSeed(), now }),
  );
  return id;
}

/** Start a new run with the first `keep` choices of `run` (replay a debrief from a decision); returns its id. */
export function restartFrom(
  store: ProgressStore,
  player: Player,
  run: SavedRun,
  keep: number,
): string {
  const now = store.now();
  const id = newRunId(now, Math.random);
  const { contentHash } = player.scenario;
  store.update((progress) => forkRun(progress, { from: run, keep, id, now, contentHash }));
  return id;
}

/** A run opened for play: its snapshot, or where its log stops replaying on this version. */
export type Opened = { snapshot: RunSnapshot } | { refused: StaleInfo };

/** Replay a saved run's log to play on from it (the start-up reconcile trusts runs on this version). */
export function openRun(player: Player, run: SavedRun): Opened {
  const result = replay(player, run.events);
  if (!result.failure) return { snapshot: result.snapshot };
  const { step, event } = result.failure;
  return { refused: { step, event, contentHash: player.scenario.contentHash } };
}

/** A run whose log did not replay when opened: keep it read-only and tell the learner. */
export function refuseOpenedRun(store: ProgressStore, run: SavedRun, refused: StaleInfo): void {
  store.report((progress) => refuseRun(progress, run.id, refused));
}

/** Take a choice in a saved run and autosave it; finishing the run when it reaches an ending. */
export function takeChoice(
  store: ProgressStore,
  player: Player,
  run: SavedRun,
  snapshot: RunSnapshot,
  event: string,
): RunSnapshot | undefined {
  const next = choose(player, snapshot, event);
  if (!next) return undefined;
  const scene = isFinished(next) ? String(next.value) : undefined;
  const ending = scene
    ? { id: scene, outcome: player.scenes.get(scene)?.outcome ?? 'mixed' }
    : undefined;
  store.update((progress, now) =>
    recordStep(progress, run.id, { event, ...(ending ? { ending } : {}) }, now),
  );
  return next;
}
