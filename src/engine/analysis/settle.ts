/**
 * A metric's lowest (or highest) value round one strongly connected component of the
 * explored graph, each decision's change its weight: the whole component shares the
 * best entry when no edge changes the metric, falls without limit when a loop only
 * lowers it, and otherwise takes shortest paths — Dijkstra where no edge gains,
 * Bellman-Ford rounds where rises and falls mix (a loop that still gains after as many
 * rounds as there are states gains without limit). `ranges.ts` drives it.
 */

/** Relaxations allowed in loops of mixed rises and falls before their ranges are widened. */
export const RELAX_BUDGET = 20_000_000;

/**
 * Carry metric `m`'s extreme round one strongly connected component: `sign` 1 keeps
 * the lowest value (`best` is `min`), -1 the highest (`best` is `max`). Returns the
 * budget left.
 */
export function settle(
  scc: number[],
  inside: [number, number, number][],
  best: Float64Array,
  metrics: number,
  m: number,
  sign: 1 | -1,
  deltaOf: (hop: number, m: number) => number,
  budget: number,
): number {
  const at = (u: number) => u * metrics + m;
  let improving = false;
  let worsening = false;
  for (const [, , hop] of inside) {
    const d = sign * deltaOf(hop, m);
    if (d < 0) improving = true;
    if (d > 0) worsening = true;
  }
  const fill = (value: number) => scc.forEach((u) => (best[at(u)] = value));
  if (!improving && !worsening) {
    // Every member reaches every other at no cost: all share the best entry value.
    let entry = sign * Infinity;
    for (const u of scc)
      if (sign * (best[at(u)] as number) < sign * entry) entry = best[at(u)] as number;
    fill(entry);
    return budget;
  }
  if (improving && !worsening) {
    // Some loop goes through a gaining edge, and no edge gives it back: it gains without limit.
    fill(-sign * Infinity);
    return budget;
  }
  if (!improving)
    return cheapest(scc, inside, best, at, (hop) => sign * deltaOf(hop, m), sign, budget);
  // Mixed: Bellman-Ford rounds; still improving after |scc| rounds means a gaining loop.
  for (let round = 0; round <= scc.length; round++) {
    let changed = false;
    for (const [u, v, hop] of inside) {
      const candidate = (best[at(u)] as number) + deltaOf(hop, m);
      if (sign * candidate < sign * (best[at(v)] as number)) {
        best[at(v)] = candidate;
        changed = true;
      }
    }
    budget -= inside.length;
    if (!changed) return budget;
    if (round === scc.length || budget < 0) break;
  }
  fill(-sign * Infinity);
  return budget;
}

/** Dijkstra inside one component whose edges only cost (`cost` >= 0, in the signed sense). */
function cheapest(
  scc: number[],
  inside: [number, number, number][],
  best: Float64Array,
  at: (u: number) => number,
  cost: (hop: number) => number,
  sign: 1 | -1,
  budget: number,
): number {
  const out = new Map<number, [number, number][]>();
  for (const [u, v, hop] of inside) {
    const list = out.get(u) ?? [];
    list.push([v, cost(hop)]);
    out.set(u, list);
  }
  const distance = new Map<number, number>(scc.map((u) => [u, sign * (best[at(u)] as number)]));
  const heap = new MinHeap();
  for (const u of scc) heap.push(distance.get(u) as number, u);
  const done = new Set<number>();
  while (heap.size > 0) {
    const [d, u] = heap.pop();
    if (done.has(u) || d > (distance.get(u) as number)) continue;
    done.add(u);
    for (const [v, c] of out.get(u) ?? []) {
      budget -= 1;
      if (d + c < (distance.get(v) as number)) {
        distance.set(v, d + c);
        heap.push(d + c, v);
      }
    }
  }
  for (const [u, d] of distance) best[at(u)] = sign * d;
  return budget;
}

/** A binary heap of `[priority, value]`, lowest priority first. */
class MinHeap {
  private items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  push(priority: number, value: number): void {
    const items = this.items;
    items.push([priority, value]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as [number, number])[0] <= priority) break;
      [items[i], items[parent]] = [items[parent] as [number, number], items[i] as [number, number]];
      i = parent;
    }
  }
  pop(): [number, number] {
    const items = this.items;
    const top = items[0] as [number, number];
    const last = items.pop() as [number, number];
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (
          l < items.length &&
          (items[l] as [number, number])[0] < (items[smallest] as [number, number])[0]
        )
          smallest = l;
        if (
          r < items.length &&
          (items[r] as [number, number])[0] < (items[smallest] as [number, number])[0]
        )
          smallest = r;
        if (smallest === i) break;
        [items[i], items[smallest]] = [
          items[smallest] as [number, number],
          items[i] as [number, number],
        ];
        i = smallest;
      }
    }
    return top;
  }
}
