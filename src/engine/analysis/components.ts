/**
 * Strongly connected components of a directed graph (Tarjan's algorithm, iterative so
 * that a long chain of scenes or states cannot overflow the stack). The analysis needs
 * them twice: over scenes, to know what can still happen after a scene (a loop makes
 * every scene in it see the same future), and over explored states, to carry metric
 * ranges round loops.
 */

export interface Components {
  /** Component index of each vertex. */
  of: Int32Array;
  /** Vertices of each component; components come sinks first (reverse topological order). */
  members: number[][];
}

/** `next(v)` lists the successors of vertex `v` (out-of-range targets are ignored). */
export function components(count: number, next: (v: number) => readonly number[]): Components {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const of = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const members: number[][] = [];
  let counter = 0;
  const work: { v: number; out: readonly number[]; i: number }[] = [];
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const open = (v: number) => {
      index[v] = low[v] = counter++;
      stack.push(v);
      onStack[v] = 1;
      work.push({ v, out: next(v), i: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as (typeof work)[number];
      if (frame.i < frame.out.length) {
        const w = frame.out[frame.i++] as number;
        if (w < 0 || w >= count) continue;
        if (index[w] === -1) open(w);
        else if (onStack[w]) low[frame.v] = Math.min(low[frame.v] as number, index[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v] as number, low[frame.v] as number);
      if (low[frame.v] === index[frame.v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          of[w] = members.length;
          component.push(w);
        } while (w !== frame.v);
        members.push(component);
      }
    }
  }
  return { of, members };
}
