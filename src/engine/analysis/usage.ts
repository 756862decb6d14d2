/**
 * Path statistics per scene and per choice, for author mode's map and reader: how
 * many complete runs pass through a scene or take a choice, and what the metrics
 * and flags look like whenever a run arrives. Counted over the explored state graph
 * (paths from the start × paths on to an ending), so exact and never path by path;
 * a count is "unbounded" where a cycle lets runs go round as often as they like.
 */
import type { Analysis, Count, MetricRange } from './analyse';
import { finishable, topologicalOrder } from './order';

export type FlagOnArrival = 'always' | 'never' | 'sometimes';

export interface SceneUsage {
  /** Complete runs that pass through (a run that comes back is counted per visit); 0n when none do. */
  runs: Count;
  /** Distinct states (values of metrics, flags and history) in which runs arrive; 0 when unreachable. */
  arrivals: number;
  /** Each metric's range on arrival (absent when no run arrives). */
  metrics: Record<string, MetricRange>;
  flags: Record<string, FlagOnArrival>;
}

export interface Usage {
  scenes: Map<string, SceneUsage>;
  /** By `scene#EVENT`: complete runs that take the choice. */
  choices: Map<string, Count>;
}

const add = (a: Count, b: Count): Count =>
  a === 'unbounded' || b === 'unbounded' ? 'unbounded' : a + b;

export function usage(analysis: Analysis): Usage {
  const { graph } = analysis;
  const n = graph.nodeScene.length;
  const canFinish = finishable(graph);
  const { order, sorted } = topologicalOrder(graph);

  const from: bigint[] = new Array(n).fill(0n);
  from[graph.start] = 1n;
  for (const id of order) for (const e of graph.edges[id] ?? []) from[e.to]! += from[id]!;
  const onward: bigint[] = new Array(n).fill(0n);
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as number;
    let sum = graph.nodeKind[id] === 'ending' ? 1n : 0n;
    for (const e of graph.edges[id] ?? []) sum += onward[e.to]!;
    onward[id] = sum;
  }
  /** Complete runs through state `id`: unbounded when it lies on or after a cycle and can still finish. */
  const through = (id: number): Count =>
    !canFinish[id] ? 0n : sorted[id] ? from[id]! * onward[id]! : 'unbounded';

  const { model } = graph;
  const scenes = new Map<string, SceneUsage>();
  model.scenes.forEach((sm, index) => {
    const arrival = analysis.arrivals[index];
    const metrics: Record<string, MetricRange> = {};
    const flags: Record<string, FlagOnArrival> = {};
    if (arrival) {
      model.metricIds.forEach((m, i) => {
        metrics[m] = { min: arrival.min[i] ?? 0, max: arrival.max[i] ?? 0 };
      });
      model.flagIds.forEach((f, i) => {
        const slot = model.metricIds.length + i;
        flags[f] =
          arrival.min[slot] === 1 ? 'always' : arrival.max[slot] === 0 ? 'never' : 'sometimes';
      });
    }
    scenes.set(sm.scene.id, { runs: 0n, arrivals: arrival?.count ?? 0, metrics, flags });
  });
  for (let id = 0; id < n; id++) {
    const scene = model.scenes[graph.nodeScene[id] as number]?.scene.id;
    const entry = scene === undefined ? undefined : scenes.get(scene);
    if (entry) entry.runs = add(entry.runs, through(id));
  }

  const choices = new Map<string, Count>();
  for (const sm of model.scenes) for (const c of sm.choices) choices.set(c.id, 0n);
  graph.edges.forEach((out, id) =>
    out.forEach((e) => {
      const runs: Count = !canFinish[e.to]
        ? 0n
        : sorted[id] && sorted[e.to]
          ? from[id]! * onward[e.to]!
          : 'unbounded';
      choices.set(e.choice, add(choices.get(e.choice) ?? 0n, runs));
    }),
  );
  return { scenes, choices };
}
