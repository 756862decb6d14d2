/**
 * The analysis of a scenario: over the explored state graph, how many distinct
 * complete runs there are (exact, BigInt), which endings runs reach and with what
 * metrics, the shortest and longest runs in decisions, and what no run can do —
 * choices no complete run takes, scenes and endings no run reaches, places a run
 * gets stuck or goes round forever. Linear in the number of explored states.
 *
 * When exploration stops at its limit, only what was seen is stated: an ending that
 * was reached, a place a run gets stuck, a loop whose every continuation was explored.
 * What needs the whole space ("no run reaches…") is listed as undecided instead, with
 * the loop that kept making new states (`growth.ts`).
 */
import type { CompiledScenario, Outcome } from '../../contract';
import type { Start } from '../machine';
import { DEFAULT_STATE_LIMIT, explore, type Graph } from './explore';
import { growth, type Growth } from './growth';
import { finishable, reachesUnexplored, topologicalOrder } from './order';
import { ranges, sceneArrivals, witness, type Arrival, type Ranges } from './ranges';
import { choiceId, routeId } from '../ids';

export type Count = bigint | 'unbounded';

export interface MetricRange {
  /** -Infinity / Infinity where a loop lets the metric fall / rise without limit. */
  min: number;
  max: number;
}

interface EndingReport {
  id: string;
  outcome: Outcome;
  /** Complete runs that end here. */
  runs: Count;
  /** Each metric's range on arrival. */
  metrics: Record<string, MetricRange>;
}

export interface Problem {
  scene: string;
  /** The context on arrival of the shortest run that gets there (metrics and flags). */
  example: { metrics: Record<string, number>; flags: Record<string, boolean> };
  /** That run's choices, `scene#EVENT`, from the start. */
  run: string[];
}

/** What an analysis stopped at its limit cannot tell yet: each might still be reached or taken. */
export interface Undecided {
  endings: string[];
  scenes: string[];
  /** `scene#EVENT` of choices no complete run was seen to take. */
  choices: string[];
  /** Transition ids of `always` routes no run was seen to take. */
  routes: string[];
}

export interface Analysis {
  graph: Graph;
  /** Explored states (scene × what the guards ahead can tell apart of metrics, flags and history). */
  states: number;
  /** False when exploration stopped at its limit: counts are then lower bounds, and `undecided` says what is unknown. */
  complete: boolean;
  /** Complete runs; when not `complete`, the runs found so far. */
  runs: Count;
  /** In decisions; undefined when no run can finish. */
  shortest?: number;
  longest?: number | 'unbounded';
  endings: EndingReport[];
  /** By scene index: the values runs arrive with (undefined where no run arrives). */
  arrivals: (Arrival | undefined)[];
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
  /** Only when not `complete`. */
  undecided?: Undecided;
  /** Only when not `complete`: the loop that kept making new states, when one was found. */
  growth?: Growth;
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
  const values = ranges(graph);
  const arrivals = sceneArrivals(graph, values);

  const canFinish = finishable(graph);
  const open = reachesUnexplored(graph);
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

  const endingNodes = graph.nodeKind.flatMap((k, id) => (k === 'ending' ? [id] : []));
  const unbounded = endingNodes.some((id) => !sorted[id]);
  const endings = endingReports(graph, values, endingNodes, paths, sorted);
  // Breadth-first search found every state by a shortest run.
  const endingDistances = endingNodes.map((id) => graph.depth[id] as number);

  const takenInCompleteRuns = new Set<string>();
  graph.edges.forEach((out) =>
    out.forEach((e) => canFinish[e.to] && takenInCompleteRuns.add(e.choice)),
  );
  const scenes = graph.model.scenes.map((s) => s.scene);
  const problem = (id: number, scene: string): Problem => {
    const { choices, values: context } = witness(graph, id);
    const { metricIds, flagIds } = graph.model;
    return {
      scene,
      example: {
        metrics: Object.fromEntries(metricIds.map((m, i) => [m, context[i] ?? 0])),
        flags: Object.fromEntries(flagIds.map((f, i) => [f, context[metricIds.length + i] === 1])),
      },
      run: choices,
    };
  };
  const problems = (pick: (id: number) => boolean): Problem[] => {
    const seen = new Map<string, Problem>();
    for (let id = 0; id < n; id++) {
      const scene = sceneOf(id);
      if (!scene || !pick(id)) continue;
      const known = seen.get(scene.id);
      // Of the states that show the problem, the one a run reaches soonest is the example.
      if (!known || known.run.length > (graph.depth[id] as number))
        seen.set(scene.id, problem(id, scene.id));
    }
    return [...seen.values()];
  };
  const isStuck = (id: number) =>
    graph.nodeKind[id] === 'stuck' ||
    (graph.nodeKind[id] === 'scene' &&
      graph.expanded[id] === 1 &&
      (graph.edges[id]?.length ?? 0) === 0);

  const candidates: Undecided = {
    endings: scenes.filter((s, i) => s.kind === 'ending' && !arrivals[i]).map((s) => s.id),
    scenes: scenes.filter((s, i) => s.kind !== 'ending' && !arrivals[i]).map((s) => s.id),
    choices: scenes
      .flatMap((s) => s.choices.map((c) => choiceId(s.id, c.event)))
      .filter((id) => !takenInCompleteRuns.has(id)),
    routes: scenes
      .flatMap((s) => s.routes.map((_, i) => routeId(s.id, i)))
      .filter((id) => !graph.taken.has(id)),
  };
  const complete = !graph.truncated;
  const none: Undecided = { endings: [], scenes: [], choices: [], routes: [] };
  const known = complete ? candidates : none;
  const found = growth(graph);
  return {
    graph,
    states: n,
    complete,
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
    endings,
    arrivals,
    unreachableEndings: known.endings,
    unreachableScenes: known.scenes,
    untakenChoices: known.choices,
    untakenRoutes: known.routes,
    stuck: problems(isStuck),
    // A state counts only when everything after it was explored, so this holds even when the search stopped early.
    endless: problems(
      (id) =>
        !open[id] &&
        !canFinish[id] &&
        !isStuck(id) &&
        (graph.nodeKind[id] === 'loop' || !sorted[id]),
    ),
    ...(complete ? {} : { undecided: candidates }),
    ...(!complete && found ? { growth: found } : {}),
  };
}

function endingReports(
  graph: Graph,
  values: Ranges,
  endingNodes: number[],
  paths: bigint[],
  sorted: Uint8Array,
): EndingReport[] {
  const reports = new Map<string, EndingReport>();
  const { metricIds } = graph.model;
  for (const id of endingNodes) {
    const scene = graph.model.scenes[graph.nodeScene[id] as number]?.scene;
    if (!scene) continue;
    const report = reports.get(scene.id) ?? {
      id: scene.id,
      outcome: scene.outcome ?? 'mixed',
      runs: 0n,
      metrics: {},
    };
    report.runs =
      report.runs === 'unbounded' || !sorted[id]
        ? 'unbounded'
        : report.runs + (paths[id] as bigint);
    metricIds.forEach((metric, i) => {
      const min = values.min[id * values.metrics + i] as number;
      const max = values.max[id * values.metrics + i] as number;
      // Own entries only: a metric may be named `constructor` or `toString`.
      const range = Object.hasOwn(report.metrics, metric) ? report.metrics[metric] : undefined;
      report.metrics[metric] = range
        ? { min: Math.min(range.min, min), max: Math.max(range.max, max) }
        : { min, max };
    });
    reports.set(scene.id, report);
  }
  return graph.model.scenes.flatMap((s) => {
    const report = reports.get(s.scene.id);
    return report ? [report] : [];
  });
}
