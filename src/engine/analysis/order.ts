/**
 * Two walks over the explored state graph that both the analysis and the per-scene
 * usage figures need: which states can still reach an ending, and a topological
 * order (states left out of it lie on or after a cycle, so their run counts are
 * unbounded).
 */
import type { Graph } from './explore';

/** 1 for each state from which some run reaches an ending (reverse reachability). */
export function finishable(graph: Graph): Uint8Array {
  const n = graph.nodeScene.length;
  const reverse: number[][] = Array.from({ length: n }, () => []);
  graph.edges.forEach((out, from) => out.forEach((e) => reverse[e.to]?.push(from)));
  const canFinish = new Uint8Array(n);
  const queue: number[] = [];
  graph.nodeKind.forEach((kind, id) => {
    if (kind === 'ending') {
      canFinish[id] = 1;
      queue.push(id);
    }
  });
  while (queue.length > 0) {
    for (const from of reverse[queue.pop() as number] ?? []) {
      if (!canFinish[from]) {
        canFinish[from] = 1;
        queue.push(from);
      }
    }
  }
  return canFinish;
}

/** Kahn's order of the states; `sorted[id]` is 0 for states on or after a cycle. */
export function topologicalOrder(graph: Graph): { order: number[]; sorted: Uint8Array } {
  const n = graph.nodeScene.length;
  const indegree = new Uint32Array(n);
  graph.edges.forEach((out) => out.forEach((e) => (indegree[e.to] = (indegree[e.to] ?? 0) + 1)));
  const order: number[] = [];
  for (let id = 0; id < n; id++) if (indegree[id] === 0) order.push(id);
  for (let i = 0; i < order.length; i++) {
    for (const e of graph.edges[order[i] as number] ?? []) {
      indegree[e.to] = (indegree[e.to] ?? 1) - 1;
      if (indegree[e.to] === 0) order.push(e.to);
    }
  }
  const sorted = new Uint8Array(n);
  order.forEach((id) => (sorted[id] = 1));
  return { order, sorted };
}
