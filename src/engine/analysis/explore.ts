/**
 * Explores every reachable (scene, metrics, flags, history the guards read) state
 * once, with memoisation — never path by path. `always` routes are followed on
 * arrival, as XState does; a node is a scene waiting for a choice, an ending, a
 * router no route leaves (stuck), or a routing loop. Along the way it records what
 * each scene looked like on arrival (for explanations) and which transitions ran.
 */
import type { Start } from '../machine';
import { buildModel, type Model, type Values } from './model';

export type NodeKind = 'scene' | 'ending' | 'stuck' | 'loop';

export interface Edge {
  /** `scene#EVENT` */
  choice: string;
  to: number;
}

/** Per-slot minimum and maximum of the context on arrival at a state (flags and history as 0/1). */
export interface Arrival {
  count: number;
  min: number[];
  max: number[];
}

export interface Graph {
  model: Model;
  nodeScene: number[];
  nodeKind: NodeKind[];
  nodeValues: Values[];
  edges: Edge[][];
  start: number;
  /** By scene index; undefined for a state no run enters. */
  arrivals: (Arrival | undefined)[];
  /** Transition ids (`scene#EVENT#i`, `scene#always#i`) that some run takes. */
  taken: Set<string>;
  /** Choice ids offered in some reachable state. */
  offered: Set<string>;
  /** Transition ids whose guard passes in some reachable state (whether or not an earlier one won). */
  passed: Set<string>;
  /** True when exploration stopped at the state limit. */
  truncated: boolean;
  /** 1 for scene nodes whose choices were explored (all of them unless truncated). */
  expanded: Uint8Array | number[];
}

/** Enough for scenarios far larger than any written by hand (the 10,000-scene benchmark needs a fraction). */
export const DEFAULT_STATE_LIMIT = 250_000;

export function explore(
  scenario: Parameters<typeof buildModel>[0],
  limit = DEFAULT_STATE_LIMIT,
  start?: Start,
): Graph {
  const model = buildModel(scenario, start);
  const graph: Graph = {
    model,
    nodeScene: [],
    nodeKind: [],
    nodeValues: [],
    edges: [],
    start: 0,
    arrivals: model.scenes.map(() => undefined),
    taken: new Set(),
    offered: new Set(),
    passed: new Set(),
    truncated: false,
    expanded: [],
  };
  const ids = new Map<string, number>();
  const pending: number[] = [];

  const node = (kind: NodeKind, scene: number, values: Values): number => {
    const key = `${kind}${scene}:${values.join(',')}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = graph.nodeScene.length;
      ids.set(key, id);
      graph.nodeScene.push(scene);
      graph.nodeKind.push(kind);
      graph.nodeValues.push(values);
      graph.edges.push([]);
      if (kind === 'scene') pending.push(id);
    }
    return id;
  };

  const record = (scene: number, values: Values) => {
    const seen = graph.arrivals[scene];
    if (!seen) {
      graph.arrivals[scene] = { count: 1, min: [...values], max: [...values] };
      return;
    }
    seen.count += 1;
    for (let i = 0; i < values.length; i++) {
      const x = values[i] as number;
      if (x < (seen.min[i] as number)) seen.min[i] = x;
      if (x > (seen.max[i] as number)) seen.max[i] = x;
    }
  };

  /** Enter `scene` with `values` (owned by the callee) and follow routing to a node. */
  const arrive = (first: number, values: Values): number => {
    let scene = first;
    let routed: Set<string> | undefined;
    for (;;) {
      const sm = model.scenes[scene];
      if (!sm) return node('stuck', scene, values);
      if (sm.visitedBit >= 0) values[sm.visitedBit] = 1;
      record(scene, values);
      if (sm.scene.kind === 'ending') return node('ending', scene, values);
      if (sm.routes.length === 0) return node('scene', scene, values);
      routed ??= new Set();
      const key = `${scene}:${values.join(',')}`;
      if (routed.has(key)) return node('loop', scene, values);
      routed.add(key);
      let route: (typeof sm.routes)[number] | undefined;
      for (const r of sm.routes) {
        if (!r.guard(values)) continue;
        graph.passed.add(r.id);
        route ??= r;
      }
      if (!route) return node(sm.scene.kind === 'router' ? 'stuck' : 'scene', scene, values);
      graph.taken.add(route.id);
      values = [...values];
      route.apply(values);
      scene = route.target;
    }
  };

  graph.start = arrive(model.start, [...model.initial]);
  while (pending.length > 0) {
    if (graph.nodeScene.length > limit) {
      graph.truncated = true;
      break;
    }
    const id = pending.pop() as number;
    graph.expanded[id] = 1;
    const values = graph.nodeValues[id] as Values;
    const sm = model.scenes[graph.nodeScene[id] as number];
    const out = graph.edges[id] as Edge[];
    for (const choice of sm?.choices ?? []) {
      let step: (typeof choice.steps)[number] | undefined;
      for (const s of choice.steps) {
        if (!s.guard(values)) continue;
        graph.passed.add(s.id);
        step ??= s;
      }
      if (!step) continue;
      graph.offered.add(choice.id);
      graph.taken.add(step.id);
      const next = [...values];
      step.apply(next);
      if (choice.choseBit >= 0) next[choice.choseBit] = 1;
      out.push({ choice: choice.id, to: arrive(step.target, next) });
    }
  }
  return graph;
}
