/** Starting and continuing runs from the pages: the few steps that touch both progress and the engine. */
import { choose, isFinished, newSeed, replay, type Player, type RunSnapshot } from '../engine';
import { finishRun, newRunId, recordChoice, startRun, type SavedRun } from '../progress';
import type { ProgressStore } from './store';

export function beginRun(store: ProgressStore, player: Player): string {
  const now = store.now();
  const id = newRunId(now, Math.random);
  const { id: scenarioId, contentHash } = player.scenario;
  store.update((progress) =>
    startRun(progress, { id, scenarioId, contentHash, seed: newSeed(), now }),
  );
  return id;
}

/** The run's current snapshot, replayed from its log. */
export function snapshotOf(player: Player, run: SavedRun): RunSnapshot {
  return replay(player, run.events).snapshot;
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
  store.update((progress, now) => {
    let updated = recordChoice(progress, run.id, event, now);
    if (isFinished(next)) {
      const scene = player.scenes.get(String(next.value));
      updated = finishRun(
        updated,
        run.id,
        { id: String(next.value), outcome: scene?.outcome ?? 'mixed' },
        now,
      );
    }
    return updated;
  });
  return next;
}
