/**
 * A player whose XState machine holds only the scenes a given run can be in, so that
 * stepping a run in a scenario of a thousand scenes does not first build a machine of
 * a thousand states (author mode's "play from this scene" rebuilds its player after
 * every step, on the page's thread). The machine is the engine's own `buildMachine`
 * over a part of the scenario: every scene the run can occupy while taking `events`
 * from `start` (guards set aside, so never too few), and every scene one more choice
 * can lead to, each with all its choices, routes, guards and actions; the scenes those
 * point at beyond that are stubs the run never enters. Replaying `events` on it, and
 * taking one more choice, gives the snapshots the whole scenario's machine gives.
 */
import type { CompiledScenario, Scene } from '../contract';
import { buildMachine, type Start } from './machine';
import type { Player } from './run';

/** A scenario and its scenes by id: all a player is before its machine is built. */
export type Playable = Omit<Player, 'machine'>;

export function playable(scenario: CompiledScenario): Playable {
  return { scenario, scenes: new Map(scenario.scenes.map((s) => [s.id, s])) };
}

/** The scenes a run is in after arriving at any of `ids`: each, and where their routes go on arrival. */
function settle(scenes: ReadonlyMap<string, Scene>, ids: Iterable<string>): Set<string> {
  const settled = new Set<string>();
  const queue = [...ids];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const scene = scenes.get(id);
    if (!scene || settled.has(id)) continue;
    settled.add(id);
    for (const route of scene.routes) queue.push(route.target);
  }
  return settled;
}

/** Where choice `event` (or any choice, without one) can lead from the scenes `here`. */
function targets(scenes: ReadonlyMap<string, Scene>, here: Set<string>, event?: string): string[] {
  return [...here].flatMap((id) =>
    (scenes.get(id)?.choices ?? [])
      .filter((c) => event === undefined || c.event === event)
      .flatMap((c) => c.transitions.map((t) => t.target)),
  );
}

/** Ids of the scenes a run from `start` can be in while taking `events`, and after one choice more. */
export function scenesAlong(base: Playable, start: Start, events: readonly string[]): Set<string> {
  let here = settle(base.scenes, [start.scene]);
  const kept = new Set(here);
  for (const event of events) {
    here = settle(base.scenes, targets(base.scenes, here, event));
    for (const id of here) kept.add(id);
  }
  for (const id of settle(base.scenes, targets(base.scenes, here))) kept.add(id);
  return kept;
}

/** A scene the machine must name (something kept points at it) but the run never enters. */
function stub(scene: Scene): Scene {
  return { ...scene, kind: 'scene', choices: [], routes: [] };
}

/**
 * A player for the run from `start` that takes `events`: the same snapshots as
 * `playerFrom(createPlayer(scenario), start)` for those events and one choice more,
 * from a machine of the scenes along the way only.
 */
export function playerAlong(base: Playable, start: Start, events: readonly string[]): Player {
  if (!base.scenes.has(start.scene))
    throw new Error(`The scenario has no scene "${start.scene}" to start from.`);
  const kept = scenesAlong(base, start, events);
  const named = new Set(kept);
  for (const id of kept) {
    const scene = base.scenes.get(id) as Scene;
    for (const t of [...scene.routes, ...scene.choices.flatMap((c) => c.transitions)])
      named.add(t.target);
  }
  const scenes = base.scenario.scenes.flatMap((s) =>
    kept.has(s.id) ? [s] : named.has(s.id) ? [stub(s)] : [],
  );
  return { ...base, machine: buildMachine({ ...base.scenario, scenes }, start) };
}
