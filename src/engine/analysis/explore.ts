/**
 * Explores every reachable state once — breadth first, so the endings close to the
 * start are found before any loop is followed far — with memoisation, never path by
 * path. A state is a scene and the part of the context that the guards ahead can tell
 * apart (`liveness.ts`): metrics and flags no guard reads leave the key, and a metric
 * out of every guard's reach shares one key, so a loop that moves a metric ends. The
 * abstraction is exact: two runs in the same state are offered the same choices from
 * then on, so paths in this graph are exactly the runs of the scenario.
 *
 * `always` routes are followed on arrival, as XState does; a node is a scene waiting
 * for a choice, an ending, a router no route leaves (stuck), or a routing loop. Each
 * edge records its hop: what the choice and the routes after it changed, so the real
 * values the key forgets can be recovered (`ranges.ts`, `witness`).
 */
import type { Start } from '../machine';
import { liveness, type Liveness } from './liveness';
import { buildModel, type Model, type StepModel, type Values } from './model';

type NodeKind = 'scene' | 'ending' | 'stuck' | 'loop';

interface Edge {
  /** `scene#EVENT` */
  choice: string;
  to: number;
  /** Index into `Graph.hops`. */
  hop: number;
}

/** What one decision (or the start) does to the context: the choice, then every route it passes. */
export interface Hop {
  /** Net change per metric slot. */
  deltas: number[];
  /** Flag and history slots set on the way, with their final value: `[slot, value]`. */
  sets: [number, number][];
  /** Scenes routed through on the way (left at once by an `always` route), each with the change up to arriving there. */
  through: { scene: number; deltas: number[]; sets: [number, number][] }[];
}

export interface Graph {
  model: Model;
  /** What the guards ahead of each scene read: which key values are real. */
  live: Liveness;
  nodeScene: number[];
  nodeKind: NodeKind[];
  /** The key's values: real where a guard ahead reads them, a representative otherwise. */
  nodeValues: Values[];
  edges: Edge[][];
  hops: Hop[];
  start: number;
  /** The hop that leads from the start values to the start node (routes followed at the start). */
  startHop: number;
  /** The edge by which breadth-first search first reached each node: its source node and index there (-1 for the start). */
  parentNode: number[];
  parentEdge: number[];
  /** Decisions from the start on the shortest run to each node. */
  depth: number[];
  /** By scene index: how many times a run arrives there over all explored edges (0: no run enters). */
  arrivalCounts: number[];
  /** Transition ids (`scene#EVENT#i`, `scene#always#i`) that some run takes. */
  taken: Set<string>;
  /** Choice ids offered in some reachable state. */
  offered: Set<string>;
  /** Transition ids whose guard passes in some reachable state (whether or not an earlier one won). */
  passed: Set<string>;
  /** True when exploration stopped at a limit. */
  truncated: boolean;
  /** Which limit stopped it: too many states, too much memory or work for the context's width, or a routing chain too long to follow. */
  stoppedBy?: StopReason;
  /** 1 for scene nodes whose choices were explored (all of them unless truncated). */
  expanded: Uint8Array | number[];
}

type StopReason = 'states' | 'memory' | 'work' | 'routes';

/** Enough for scenarios far larger than any written by hand (the 10,000-scene benchmark needs a fraction). */
export const DEFAULT_STATE_LIMIT = 250_000;
/**
 * A state costs memory in proportion to the context's width (its values here, its ranges
 * in `ranges.ts`), so a state count alone does not bound memory: 2,000 metrics and a loop
 * would fill a 4 GB heap long before 250,000 states. The estimate below stops the search
 * at about 128 MB (kind to a browser tab: author mode runs this in the page), which the
 * 10,000-scene benchmarks (a few hundred bytes a state, under 100 MB at 250,000) stay below.
 */
export const MEMORY_LIMIT_BYTES = 128 * 1024 * 1024;
/** Values copied and compared, summed over every arrival: bounds the time a very wide context takes (about a second). */
const WORK_LIMIT = 200_000_000;
/** Bytes a state holds besides its values and ranges: its key, arrays and edges, roughly. */
const STATE_OVERHEAD_BYTES = 160;
/** Routes followed in one arrival before the analysis gives up on that arrival (a routing loop that never repeats). */
const ROUTE_LIMIT = 10_000;

export function explore(
  scenario: Parameters<typeof buildModel>[0],
  limit = DEFAULT_STATE_LIMIT,
  start?: Start,
): Graph {
  const model = buildModel(scenario, start);
  const live = liveness(model);
  const graph: Graph = {
    model,
    live,
    nodeScene: [],
    nodeKind: [],
    nodeValues: [],
    edges: [],
    hops: [],
    start: 0,
    startHop: 0,
    parentNode: [],
    parentEdge: [],
    depth: [],
    arrivalCounts: model.scenes.map(() => 0),
    taken: new Set(),
    offered: new Set(),
    passed: new Set(),
    truncated: false,
    expanded: [],
  };
  const ids = new Map<string, number>();
  /** Hops by their chain of steps (a chain fixes the scenes it enters): a trie, so no key is built per arrival. */
  const hopTrie: HopTrie = { next: new Map() };
  const pending: number[] = [];
  let next = 0;
  const { width } = model;
  const metricCount = model.metricIds.length;
  // Values, ranges (two numbers per metric) and "can be 0 / 1" bytes per state, then the key.
  const stateBytes = 8 * width + 16 * metricCount + 2 * width + STATE_OVERHEAD_BYTES;
  let bytes = 0;
  let work = 0;

  const node = (
    kind: NodeKind,
    scene: number,
    values: Values,
    fromNode: number,
    fromEdge: number,
    expand: boolean,
  ): number => {
    const key = `${kind}${scene}:${model.scenes[scene] ? live.key(scene, values) : values.join(',')}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = graph.nodeScene.length;
      ids.set(key, id);
      bytes += stateBytes + key.length;
      graph.nodeScene.push(scene);
      graph.nodeKind.push(kind);
      // `values` is the search's scratch buffer: keep a copy.
      graph.nodeValues.push(values.slice());
      graph.edges.push([]);
      graph.parentNode.push(fromNode);
      graph.parentEdge.push(fromEdge);
      graph.depth.push(fromNode < 0 ? 0 : (graph.depth[fromNode] as number) + 1);
      if (expand) pending.push(id);
    }
    return id;
  };

  /** The hop of the last `arrive`. */
  let arrivedBy = 0;

  /**
   * Enter `first` with `values` (a scratch buffer the callee may change) after `lead` (the choice's step,
   * if any) and follow routing to a node, which it returns (its hop in `arrivedBy`).
   */
  const arrive = (
    first: number,
    values: Values,
    lead: StepModel | undefined,
    choseBit: number,
    fromNode: number,
    fromEdge: number,
  ): number => {
    let trie = lead ? childOf(hopTrie, lead) : hopTrie;
    let scene = first;
    let routed: Set<string> | undefined;
    let kind: NodeKind = 'scene';
    let expand = true;
    for (;;) {
      const sm = model.scenes[scene];
      if (!sm) {
        kind = 'stuck';
        break;
      }
      if (sm.visitedBit >= 0) values[sm.visitedBit] = 1;
      graph.arrivalCounts[scene] = (graph.arrivalCounts[scene] as number) + 1;
      if (sm.scene.kind === 'ending') {
        kind = 'ending';
        break;
      }
      if (sm.routes.length === 0) break;
      live.canonical(scene, values);
      routed ??= new Set();
      const key = `${scene}:${live.key(scene, values)}`;
      if (routed.has(key)) {
        kind = 'loop';
        break;
      }
      if (routed.size >= ROUTE_LIMIT) {
        // Left unexplored (never expanded), so nothing is claimed about what follows.
        graph.truncated = true;
        graph.stoppedBy ??= 'routes';
        expand = false;
        break;
      }
      routed.add(key);
      let route: StepModel | undefined;
      for (const r of sm.routes) {
        if (!r.guard(values)) continue;
        passed[r.index] = 1;
        route ??= r;
      }
      if (!route) {
        if (sm.scene.kind === 'router') kind = 'stuck';
        break;
      }
      taken[route.index] = 1;
      route.apply(values);
      trie = childOf(trie, route);
      scene = route.target;
    }
    if (model.scenes[scene]) live.canonical(scene, values);
    if (trie.hop === undefined) {
      trie.hop = graph.hops.length;
      const hop = buildHop(model, chainOf(trie), lead ? undefined : first, choseBit);
      graph.hops.push(hop);
      bytes += 8 * metricCount * (1 + hop.through.length) + STATE_OVERHEAD_BYTES;
    }
    arrivedBy = trie.hop;
    return node(kind, scene, values, fromNode, fromEdge, expand && kind === 'scene');
  };

  const steps = model.steps;
  const passed = new Uint8Array(steps.length);
  const taken = new Uint8Array(steps.length);
  const offered = new Uint8Array(model.choiceIds.length);
  const scratch: Values = [...model.initial];
  graph.start = arrive(model.start, scratch, undefined, -1, -1, -1);
  graph.startHop = arrivedBy;
  while (next < pending.length) {
    const stop: StopReason | undefined =
      graph.nodeScene.length > limit
        ? 'states'
        : bytes > MEMORY_LIMIT_BYTES
          ? 'memory'
          : work > WORK_LIMIT
            ? 'work'
            : undefined;
    if (stop) {
      graph.truncated = true;
      graph.stoppedBy = stop;
      break;
    }
    const id = pending[next++] as number;
    graph.expanded[id] = 1;
    const values = graph.nodeValues[id] as Values;
    const sm = model.scenes[graph.nodeScene[id] as number];
    const out = graph.edges[id] as Edge[];
    for (const choice of sm?.choices ?? []) {
      let step: StepModel | undefined;
      for (const s of choice.steps) {
        if (!s.guard(values)) continue;
        passed[s.index] = 1;
        step ??= s;
      }
      if (!step) continue;
      offered[choice.index] = 1;
      taken[step.index] = 1;
      for (let i = 0; i < values.length; i++) scratch[i] = values[i] as number;
      work += width + step.deltas.length;
      step.apply(scratch);
      if (choice.choseBit >= 0) scratch[choice.choseBit] = 1;
      const to = arrive(step.target, scratch, step, choice.choseBit, id, out.length);
      out.push({ choice: choice.id, to, hop: arrivedBy });
    }
  }
  steps.forEach((step, i) => {
    if (passed[i]) graph.passed.add(step.id);
    if (taken[i]) graph.taken.add(step.id);
  });
  model.choiceIds.forEach((choice, i) => offered[i] && graph.offered.add(choice));
  return graph;
}

interface HopTrie {
  hop?: number;
  step?: StepModel;
  up?: HopTrie;
  next: Map<StepModel, HopTrie>;
}

function childOf(trie: HopTrie, step: StepModel): HopTrie {
  let child = trie.next.get(step);
  if (!child) trie.next.set(step, (child = { step, up: trie, next: new Map() }));
  return child;
}

function chainOf(trie: HopTrie): StepModel[] {
  const chain: StepModel[] = [];
  for (let t: HopTrie | undefined = trie; t?.step; t = t.up) chain.push(t.step);
  return chain.reverse();
}

/**
 * The effect of a chain of transitions: a choice's step and the routes after it, or
 * (when `start` is given) the routes followed from the start scene. The scenes entered
 * are the start (if any) and each step's target; the last is where the run stops.
 */
function buildHop(
  model: Model,
  chain: StepModel[],
  start: number | undefined,
  choseBit: number,
): Hop {
  const deltas: number[] = new Array<number>(model.metricIds.length).fill(0);
  const sets = new Map<number, number>();
  const through: Hop['through'] = [];
  const lead = start === undefined ? 1 : 0;
  // Plain loops, no closures: there is a hop for nearly every transition of a large scenario.
  for (let i = 0; i < chain.length + (1 - lead); i++) {
    if (lead && i === 0) {
      addStep(chain[0] as StepModel, deltas, sets);
      if (choseBit >= 0) sets.set(choseBit, 1);
    }
    // The scene entered: the start, or the target of the step before.
    const scene = lead
      ? (chain[i] as StepModel).target
      : i === 0
        ? (start as number)
        : (chain[i - 1] as StepModel).target;
    const bit = model.scenes[scene]?.visitedBit ?? -1;
    if (bit >= 0) sets.set(bit, 1);
    const route = chain[i + lead];
    if (!route) break;
    through.push({ scene, deltas: deltas.slice(), sets: [...sets] });
    addStep(route, deltas, sets);
  }
  return { deltas, sets: [...sets], through };
}

function addStep(step: StepModel, deltas: number[], sets: Map<number, number>): void {
  for (const [slot, delta] of step.deltas) deltas[slot] = (deltas[slot] as number) + delta;
  for (const [slot, value] of step.sets) sets.set(slot, value);
}
