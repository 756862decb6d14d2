/**
 * Why an exploration ran out of room: the loop that kept making new states. The
 * deepest state explored was reached by the run that went round most often; on that
 * run, the last time it came back to a scene with a metric changed is the loop, and
 * that metric (read by some guard ahead, or it would have left the key) is what grows.
 */
import type { Graph, Hop } from './explore';
import { applyHop } from './ranges';

export interface Growth {
  /** The scene a run keeps coming back to. */
  scene: string;
  /** The choices that go round once, in order, `scene#EVENT`. */
  choices: string[];
  /** What changes each time round. */
  metrics: { name: string; change: number }[];
  /** A transition ahead whose guard reads the first of those metrics (`scene#EVENT#i` or `scene#always#i`). */
  readBy?: string;
}

export function growth(graph: Graph): Growth | undefined {
  const n = graph.nodeScene.length;
  if (n === 0) return undefined;
  let deepest = 0;
  for (let id = 1; id < n; id++)
    if ((graph.depth[id] as number) > (graph.depth[deepest] as number)) deepest = id;

  // The deepest state's shortest run: its states, the choices between them, and the real values at each.
  const states: number[] = [];
  for (let v = deepest; v >= 0; v = graph.parentNode[v] as number) states.push(v);
  states.reverse();
  const { model } = graph;
  const metrics = model.metricIds.length;
  const values = [...model.initial];
  applyHop(graph.hops[graph.startHop] as Hop, values);
  const seen: number[][] = [values.slice(0, metrics)];
  const choices: string[] = [];
  for (let i = 1; i < states.length; i++) {
    const from = graph.parentNode[states[i] as number] as number;
    const index = graph.parentEdge[states[i] as number] as number;
    const edge = graph.edges[from]?.[index];
    if (!edge) return undefined;
    choices.push(edge.choice);
    applyHop(graph.hops[edge.hop] as Hop, values);
    seen.push(values.slice(0, metrics));
  }

  const lastAt = new Map<number, number>();
  let loop: { from: number; to: number } | undefined;
  states.forEach((state, i) => {
    const scene = graph.nodeScene[state] as number;
    const before = lastAt.get(scene);
    if (before !== undefined && changed(seen[before] as number[], seen[i] as number[]).length > 0)
      loop = { from: before, to: i };
    lastAt.set(scene, i);
  });
  if (!loop) return undefined;
  const scene = model.scenes[graph.nodeScene[states[loop.from] as number] as number];
  if (!scene) return undefined;
  // The metrics a guard ahead reads are what makes new states; the others only ride along.
  const changes = changed(seen[loop.from] as number[], seen[loop.to] as number[]);
  const read = changes.filter((m) => graph.live.reads(scene.index, m));
  const moved = read.length > 0 ? read : changes;
  const grown = moved.map((m) => ({
    name: model.metricIds[m] as string,
    change: (seen[loop!.to]?.[m] as number) - (seen[loop!.from]?.[m] as number),
  }));
  const readBy = firstReader(graph, scene.index, moved[0] as number);
  return {
    scene: scene.scene.id,
    choices: choices.slice(loop.from, loop.to),
    metrics: grown,
    ...(readBy ? { readBy } : {}),
  };
}

function changed(a: number[], b: number[]): number[] {
  return a.flatMap((x, m) => (x !== b[m] ? [m] : []));
}

/** The first transition, breadth first from `scene`, whose guard reads metric slot `slot`. */
function firstReader(graph: Graph, scene: number, slot: number): string | undefined {
  const { scenes } = graph.model;
  const queue = [scene];
  const queued = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const sm = scenes[queue[i] as number];
    if (!sm) continue;
    for (const step of [...sm.choices.flatMap((c) => c.steps), ...sm.routes]) {
      if (step.reads.includes(slot)) return step.id;
      if (step.target >= 0 && !queued.has(step.target)) {
        queued.add(step.target);
        queue.push(step.target);
      }
    }
  }
  return undefined;
}
