/**
 * The analysis of a scenario: over the explored state graph, how many distinct
 * complete runs there are (exact, BigInt), which endings runs reach and with what
 * metrics, the shortest and longest runs in decisions, and what no run can do —
 * choices no complete run takes, scenes and endings no run reaches, places a run
 * gets stuck or goes round forever. Linear in the number of explored states.
 */
import type { CompiledScenario, Outcome } from '../../contract';
import type { Start } from '../machine';
import { DEFAULT_STATE_LIMIT, explore, type Graph } from './explore';
import { finishable, topologicalOrder } from './order';

export type Count = bigint | 'unbounded';

export interface MetricRange {
  min: number;
  max: number;
}

export interface EndingReport {
  id: string;
  outcome: Outcome;
  /** Complete runs that end here. */
  runs: Count;
  /** Each metric's range on arrival. */
  metrics: Record<string, MetricRange>;
}

export interface Problem {
  scene: string;
  /** An example context on arrival (metrics and flags). */
  example: { metrics: Record<string, number>; flags: Record<string, boolean> };
}

export interface Analysis {
  graph: Graph;
  /** Explored states (scene × metrics × flags × history the guards read). */
  states: number;
  /** False when exploration stopped at its limit: the figures below are then partial. */
  complete: boolean;
  runs: Count;
  /** In decisions; undefined when no run can finish. */
  shortest?: number;
  longest?: number | 'unbounded';
  endings: EndingReport[];
  unreachableEndings: string[];
  unreachableScenes: string[];
  /** `scene#EVENT` of choices that no complete run takes. */
  untakenChoices: string[];
  /** Transition ids of `always` routes no run takes. */
  untakenRoutes: string[];
  /** Reachable places where a run has nothing to choose and nowhere to route. */
  stuck: Problem[];
  /** Reachable places from which no run can ever reach an ending without getting stuck first or going round forever. */
  endless: Problem[];
}

/** Every run of `scenario` — from its beginning, or from `start` (a scene and a context) when given. */
export function analyse(
  scenario: CompiledScenario,
  limit = DEFAULT_STATE_LIMIT,
  start?: Start,
): Analysis {
  const graph = explore(scenario, limit, start);
  const n = graph.nodeScene.length;
  const sceneOf = (id: number) => graph.model.scenes[graph.nodeScene[id] as number]?.scene;

  const canFinish = finishable(graph);
  const { order, sorted } = topologicalOrder(graph);

  // Paths from the start (complete runs = paths that end at an ending) and longest runs.
  const paths: bigint[] = new Array(n).fill(0n);
  const longestTo = new Int32Array(n).fill(-1);
  paths[graph.start] = 1n;
  longestTo[graph.start] = 0;
  for (const id of order) {
    for (const e of graph.edges[id] ?? []) {
      paths[e.to] = (paths[e.to] as bigint) + (paths[id] as bigint);
      if ((longestTo[id] as number) >= 0)
        longestTo[e.to] = Math.max(longestTo[e.to] as number, (longestTo[id] as number) + 1);
    }
  }

  // Shortest runs (breadth-first, one decision per edge).
  const distance = new Int32Array(n).fill(-1);
  distance[graph.start] = 0;
  const frontier = [graph.start];
  for (let i = 0; i < frontier.length; i++) {
    const id = frontier[i] as number;
    for (const e of graph.edges[id] ?? []) {
      if (distance[e.to] === -1) {
        distance[e.to] = (distance[id] as number) + 1;
        frontier.push(e.to);
      }
    }
  }

  const endingNodes = graph.nodeKind.flatMap((k, id) => (k === 'ending' ? [id] : []));
  const unbounded = endingNodes.some((id) => !sorted[id]);
  const endings = new Map<string, EndingReport>();
  for (const id of endingNodes) {
    const scene = sceneOf(id);
    if (!scene) continue;
    const report = endings.get(scene.id) ?? {
      id: scene.id,
      outcome: scene.outcome ?? 'mixed',
      runs: 0n,
      metrics: {},
    };
    report.runs =
      report.runs === 'unbounded' || !sorted[id]
        ? 'unbounded'
        : report.runs + (paths[id] as bigint);
    graph.model.metricIds.forEach((metric, i) => {
      const value = graph.nodeValues[id]?.[i] ?? 0;
      const range = report.metrics[metric];
      report.metrics[metric] = range
        ? { min: Math.min(range.min, value), max: Math.max(range.max, value) }
        : { min: value, max: value };
    });
    endings.set(scene.id, report);
  }
  const endingDistances = endingNodes.map((id) => distance[id] as number).filter((d) => d >= 0);

  const takenInCompleteRuns = new Set<string>();
  graph.edges.forEach((out) =>
    out.forEach((e) => canFinish[e.to] && takenInCompleteRuns.add(e.choice)),
  );
  const scenes = graph.model.scenes.map((s) => s.scene);
  const example = (id: number): Problem['example'] => {
    const values = graph.nodeValues[id] ?? [];
    const { metricIds, flagIds } = graph.model;
    return {
      metrics: Object.fromEntries(metricIds.map((m, i) => [m, values[i] ?? 0])),
      flags: Object.fromEntries(flagIds.map((f, i) => [f, values[metricIds.length + i] === 1])),
    };
  };
  const problems = (pick: (id: number) => boolean): Problem[] => {
    const seen = new Map<string, Problem>();
    for (let id = 0; id < n; id++) {
      const scene = sceneOf(id);
      if (scene && pick(id) && !seen.has(scene.id))
        seen.set(scene.id, { scene: scene.id, example: example(id) });
    }
    return [...seen.values()];
  };
  const isStuck = (id: number) =>
    graph.nodeKind[id] === 'stuck' ||
    (graph.nodeKind[id] === 'scene' &&
      graph.expanded[id] === 1 &&
      (graph.edges[id]?.length ?? 0) === 0);
  const explored = (id: number) => graph.nodeKind[id] !== 'scene' || graph.expanded[id] === 1;

  return {
    graph,
    states: n,
    complete: !graph.truncated,
    runs: unbounded
      ? 'unbounded'
      : endingNodes.reduce((sum, id) => sum + (paths[id] as bigint), 0n),
    ...(endingDistances.length > 0
      ? { shortest: endingDistances.reduce((a, b) => Math.min(a, b)) }
      : {}),
    ...(endingNodes.length > 0
      ? {
          longest: unbounded
            ? ('unbounded' as const)
            : endingNodes.reduce((a, id) => Math.max(a, longestTo[id] as number), 0),
        }
      : {}),
    endings: scenes.filter((s) => endings.has(s.id)).map((s) => endings.get(s.id) as EndingReport),
    unreachableEndings: scenes
      .filter((s, i) => s.kind === 'ending' && !graph.arrivals[i])
      .map((s) => s.id),
    unreachableScenes: scenes
      .filter((s, i) => s.kind !== 'ending' && !graph.arrivals[i])
      .map((s) => s.id),
    untakenChoices: scenes
      .flatMap((s) => s.choices.map((c) => `${s.id}#${c.event}`))
      .filter((id) => !takenInCompleteRuns.has(id)),
    untakenRoutes: scenes
      .flatMap((s) => s.routes.map((_, i) => `${s.id}#always#${i}`))
      .filter((id) => !graph.taken.has(id)),
    stuck: problems(isStuck),
    endless: graph.truncated
      ? []
      : problems(
          (id) =>
            !canFinish[id] &&
            !isStuck(id) &&
            explored(id) &&
            (graph.nodeKind[id] === 'loop' || !sorted[id]),
        ),
  };
}
