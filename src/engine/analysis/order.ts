/**
 * Walks over the explored state graph that both the analysis and the per-scene
 * usage figures need: which states can still reach an ending (or a state the search
 * left unexplored), and a topological
 * order (states left out of it lie on or after a cycle, so their run counts are
 * unbounded).
 */
import type { Graph } from './explore';

/** 1 for each state from which some run reaches an ending (reverse reachability). */
export function finishable(graph: Graph): Uint8Array {
  return reaching(graph, (id) => graph.nodeKind[id] === 'ending');
}

/** 1 for each state from which some run reaches a state the search did not expand (so what follows it is unknown). */
export function reachesUnexplored(graph: Graph): Uint8Array {
  return reaching(graph, (id) => graph.nodeKind[id] === 'scene' && graph.expanded[id] !== 1);
}

/** 1 for each state from which some path leads to a state where `target` holds (itself included). */
function reaching(graph: Graph, target: (id: number) => boolean): Uint8Array {
  const n = graph.nodeScene.length;
  const reverse: number[][] = Array.from({ length: n }, () => []);
  graph.edges.forEach((out, from) => out.forEach((e) => reverse[e.to]?.push(from)));
  const marked = new Uint8Array(n);
  const queue: number[] = [];
  for (let id = 0; id < n; id++) {
    if (target(id)) {
      marked[id] = 1;
      queue.push(id);
    }
  }
  while (queue.length > 0) {
    for (const from of reverse[queue.pop() as number] ?? []) {
      if (!marked[from]) {
        marked[from] = 1;
        queue.push(from);
      }
    }
  }
  return marked;
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
