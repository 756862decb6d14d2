/**
 * The cycles of unguarded `always` routes. Each state has at most one unguarded route
 * (the first), so the routes form a graph where every node has at most one successor;
 * one walk from each state, stopping at any state an earlier walk reached, finds every
 * cycle in time linear in the states (a chain of thousands of routers included).
 */

/** Every cycle of `next`, each once, starting where the first walk that reached it entered it. */
export function cyclesOf(next: ReadonlyMap<string, string>): string[][] {
  /** The walk that first reached each state. */
  const walkOf = new Map<string, number>();
  const cycles: string[][] = [];
  let walk = 0;
  for (const start of next.keys()) {
    if (walkOf.has(start)) continue;
    walk += 1;
    let current: string | undefined = start;
    while (current !== undefined && !walkOf.has(current)) {
      walkOf.set(current, walk);
      current = next.get(current);
    }
    if (current === undefined || walkOf.get(current) !== walk) continue;
    const cycle = [current];
    for (let at = next.get(current); at !== undefined && at !== current; at = next.get(at))
      cycle.push(at);
    cycles.push(cycle);
  }
  return cycles;
}
