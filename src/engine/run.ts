/**
 * Playing a scenario: a run is an event log (the seed and the choices made), and a
 * snapshot is what replaying that log through the machine's pure `initialTransition`
 * and `transition` functions gives — the same snapshot every time. No actor, no
 * clock, no randomness beyond the seed kept in the log.
 */
import { initialTransition, transition } from 'xstate';
import type { Choice, CompiledScenario, Scene } from '../contract';
import { buildMachine, type ScenarioMachine, type Start } from './machine';
import { shuffled } from './shuffle';

export type RunSnapshot = ReturnType<typeof initialTransition<ScenarioMachine>>[0];

export interface Player {
  scenario: CompiledScenario;
  machine: ScenarioMachine;
  scenes: ReadonlyMap<string, Scene>;
}

export function createPlayer(scenario: CompiledScenario): Player {
  return {
    scenario,
    machine: buildMachine(scenario),
    scenes: new Map(scenario.scenes.map((s) => [s.id, s])),
  };
}

/**
 * A player whose runs start at `start.scene` with `start.context` instead of the
 * scenario's beginning — author mode plays from any scene with chosen values. The
 * scene is entered as a run would enter it: it is recorded as visited and its
 * `always` routes are followed.
 */
export function playerFrom(player: Player, start: Start): Player {
  if (!player.scenes.has(start.scene))
    throw new Error(`The scenario has no scene "${start.scene}" to start from.`);
  return { ...player, machine: buildMachine(player.scenario, start) };
}

export function startRun(player: Player): RunSnapshot {
  return initialTransition(player.machine)[0];
}

/** The scene the run is in (a scene with choices, or an ending; routers are passed at once). */
export function currentScene(player: Player, snapshot: RunSnapshot): Scene {
  const scene = player.scenes.get(String(snapshot.value));
  if (!scene)
    throw new Error(`The run is in "${String(snapshot.value)}", which the scenario does not have.`);
  return scene;
}

export const isFinished = (snapshot: RunSnapshot) => snapshot.status === 'done';

/** The choices offered now: those whose guards pass, in section order or the run's shuffled order. */
export function offeredChoices(player: Player, snapshot: RunSnapshot, seed: number): Choice[] {
  if (isFinished(snapshot)) return [];
  const scene = currentScene(player, snapshot);
  // Timed decisions: the TIME_UP choice is no button; the UI's timer sends it (timedChoice).
  const open = scene.choices.filter(
    (c) => c.timeout === undefined && snapshot.can({ type: c.event }),
  );
  return player.scenario.shuffle ? shuffled(open, seed, scene.id) : open;
}

/**
 * Timed decisions: the current scene's `TIME_UP` choice (the one with a `timeout`),
 * when the run is in that scene. The engine keeps no clock; the caller times it and
 * sends the event through `choose`, so the log records it and replay is exact.
 */
export function timedChoice(player: Player, snapshot: RunSnapshot): Choice | undefined {
  if (isFinished(snapshot)) return undefined;
  const timed = currentScene(player, snapshot).choices.find((c) => c.timeout !== undefined);
  return timed && snapshot.can({ type: timed.event }) ? timed : undefined;
}

/** Take a choice; `undefined` when it is not offered now. */
export function choose(
  player: Player,
  snapshot: RunSnapshot,
  event: string,
): RunSnapshot | undefined {
  if (isFinished(snapshot) || !snapshot.can({ type: event })) return undefined;
  const scene = currentScene(player, snapshot);
  if (!scene.choices.some((c) => c.event === event)) return undefined;
  return transition(player.machine, snapshot, { type: event })[0];
}

export interface Replay {
  snapshot: RunSnapshot;
  /** Snapshots before each applied choice, then the final one: `snapshots[i]` is before `events[i]`. */
  snapshots: RunSnapshot[];
  /** How many of the log's events replayed. */
  applied: number;
  /** Set when an event could not be replayed (the scenario changed, or the log is foreign). */
  failure?: { step: number; event: string; scene: string };
}

/** Replay a log from the start; stops at the first choice that is not offered. */
export function replay(player: Player, events: readonly string[]): Replay {
  let snapshot = startRun(player);
  const snapshots = [snapshot];
  for (const [step, event] of events.entries()) {
    const next = choose(player, snapshot, event);
    if (!next) {
      return {
        snapshot,
        snapshots,
        applied: step,
        failure: { step, event, scene: String(snapshot.value) },
      };
    }
    snapshot = next;
    snapshots.push(snapshot);
  }
  return { snapshot, snapshots, applied: events.length };
}
