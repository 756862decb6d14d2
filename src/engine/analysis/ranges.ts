/**
 * The real values runs arrive with, which the state key forgets where no guard ahead
 * reads them. Paths in the explored graph are exactly the scenario's runs, so a
 * metric's lowest value at a state is the initial value plus the cheapest path there,
 * with each decision's change as its weight: shortest paths per strongly connected
 * component, where a loop that keeps lowering a metric makes it fall without limit
 * (-Infinity), and the highest value likewise. Flags and history bits are carried as
 * "can be unset / can be set" to a fixpoint.
 *
 * Every figure is exact except where a loop of mixed rises and falls is too large to
 * settle within the work budget; there the range is widened to unbounded, which can
 * make a statement weaker, never false.
 */
import { components } from './components';
import { RELAX_BUDGET, settle } from './settle';
import type { Graph, Hop } from './explore';
import type { Values } from './model';

/** Per-slot lowest and highest value on arrival at a scene (flags and history as 0/1), and how often runs arrive. */
export interface Arrival {
  count: number;
  min: number[];
  max: number[];
}

export interface Ranges {
  metrics: number;
  width: number;
  /** Per state × metric (`state * metrics + m`): lowest and highest value on arrival. */
  min: Float64Array;
  max: Float64Array;
  /** Per state × slot (`state * width + slot`, flags and history only): 1 when it can be 0 / 1 on arrival. */
  can0: Uint8Array;
  can1: Uint8Array;
}

export function ranges(graph: Graph): Ranges {
  const n = graph.nodeScene.length;
  const { model } = graph;
  const metrics = model.metricIds.length;
  const width = model.width;
  const out: Ranges = {
    metrics,
    width,
    min: new Float64Array(n * metrics).fill(Infinity),
    max: new Float64Array(n * metrics).fill(-Infinity),
    can0: new Uint8Array(n * width),
    can1: new Uint8Array(n * width),
  };
  if (n === 0) return out;
  const start = startValues(graph);
  for (let m = 0; m < metrics; m++) {
    out.min[graph.start * metrics + m] = start[m] as number;
    out.max[graph.start * metrics + m] = start[m] as number;
  }
  for (let slot = metrics; slot < width; slot++)
    (start[slot] ? out.can1 : out.can0)[graph.start * width + slot] = 1;
  metricRanges(graph, out);
  bitRanges(graph, out);
  return out;
}

/** The real context a run starts with, after the routes it follows at the start. */
function startValues(graph: Graph): Values {
  const values = [...graph.model.initial];
  applyHop(graph.hops[graph.startHop] as Hop, values);
  return values;
}

export function applyHop(hop: Pick<Hop, 'deltas' | 'sets'>, values: Values): void {
  hop.deltas.forEach((d, m) => (values[m] = (values[m] as number) + d));
  for (const [slot, value] of hop.sets) values[slot] = value;
}

function metricRanges(graph: Graph, out: Ranges): void {
  const { metrics } = out;
  const n = graph.nodeScene.length;
  let budget = RELAX_BUDGET;
  const deltaOf = (hop: number, m: number) => graph.hops[hop]?.deltas[m] ?? 0;
  // Metrics no state pins (no guard reads them: most of a wide context) share one pass.
  const unpinned: number[] = [];
  const readSomewhere = new Uint8Array(metrics);
  for (const step of graph.model.steps) for (const slot of step.reads) readSomewhere[slot] = 1;
  for (let m = 0; m < metrics; m++) {
    if (!readSomewhere[m]) {
      // No guard reads it, so no key holds its real value.
      unpinned.push(m);
      continue;
    }
    // Where the key holds the metric's real value, that value is its whole range: pin it.
    const exact = new Uint8Array(n);
    let pinned = 0;
    graph.nodeValues.forEach((values, u) => {
      const scene = graph.nodeScene[u] as number;
      const v = values[m] as number;
      if (!graph.model.scenes[scene] || !graph.live.exact(scene, m, v)) return;
      exact[u] = 1;
      pinned += 1;
      out.min[u * metrics + m] = v;
      out.max[u * metrics + m] = v;
    });
    if (pinned === 0) {
      unpinned.push(m);
      continue;
    }
    // The other states ("loose") get theirs along the paths into them, component by component.
    const loose: number[] = [];
    const local = new Int32Array(n).fill(-1);
    for (let u = 0; u < n; u++) if (!exact[u]) local[u] = loose.push(u) - 1;
    if (loose.length === 0) continue;
    const relax = (u: number, v: number, hop: number) => {
      const d = deltaOf(hop, m);
      const lo = (out.min[u * metrics + m] as number) + d;
      const hi = (out.max[u * metrics + m] as number) + d;
      if (lo < (out.min[v * metrics + m] as number)) out.min[v * metrics + m] = lo;
      if (hi > (out.max[v * metrics + m] as number)) out.max[v * metrics + m] = hi;
    };
    graph.edges.forEach((edges, u) => {
      if (exact[u]) for (const e of edges) if (!exact[e.to]) relax(u, e.to, e.hop);
    });
    const { of, members } = components(loose.length, (i) =>
      (graph.edges[loose[i] as number] ?? []).flatMap((e) =>
        exact[e.to] ? [] : [local[e.to] as number],
      ),
    );
    for (let c = members.length - 1; c >= 0; c--) {
      const scc = (members[c] as number[]).map((i) => loose[i] as number);
      const inside: [number, number, number][] = [];
      for (const u of scc)
        for (const e of graph.edges[u] ?? [])
          if (!exact[e.to] && of[local[e.to] as number] === c) inside.push([u, e.to, e.hop]);
      if (inside.length > 0) {
        budget = settle(scc, inside, out.min, metrics, m, 1, deltaOf, budget);
        budget = settle(scc, inside, out.max, metrics, m, -1, deltaOf, budget);
      }
      for (const u of scc)
        for (const e of graph.edges[u] ?? [])
          if (!exact[e.to] && of[local[e.to] as number] !== c) relax(u, e.to, e.hop);
    }
  }
  unpinnedRanges(graph, out, unpinned, budget);
}

/**
 * The same, for every metric in `ms` at once: no state pins them, so they share the
 * whole graph's components, and each edge is relaxed for all of them in one tight loop
 * (2,000 unread metrics and a loop cost one pass, not 2,000).
 */
function unpinnedRanges(graph: Graph, out: Ranges, ms: number[], budget: number): void {
  if (ms.length === 0) return;
  const { metrics, min, max } = out;
  const { hops, edges } = graph;
  const deltaOf = (hop: number, m: number) => hops[hop]?.deltas[m] ?? 0;
  const { of, members } = components(graph.nodeScene.length, (u) =>
    (edges[u] ?? []).map((e) => e.to),
  );
  for (let c = members.length - 1; c >= 0; c--) {
    const scc = members[c] as number[];
    const inside: [number, number, number][] = [];
    for (const u of scc)
      for (const e of edges[u] ?? []) if (of[e.to] === c) inside.push([u, e.to, e.hop]);
    if (inside.length > 0 && scc.length === 1) {
      // Only loops back to the one state: one that lowers a metric lowers it without limit.
      const at = (scc[0] as number) * metrics;
      for (const [, , hop] of inside) {
        const deltas = (hops[hop] as Hop).deltas;
        for (const m of ms) {
          const d = deltas[m] as number;
          if (d < 0) min[at + m] = -Infinity;
          else if (d > 0) max[at + m] = Infinity;
        }
      }
    } else if (inside.length > 0) {
      for (const m of ms) {
        budget = settle(scc, inside, min, metrics, m, 1, deltaOf, budget);
        budget = settle(scc, inside, max, metrics, m, -1, deltaOf, budget);
      }
    }
    for (const u of scc)
      for (const e of edges[u] ?? []) {
        if (of[e.to] === c) continue;
        const deltas = (hops[e.hop] as Hop).deltas;
        const U = u * metrics;
        const V = e.to * metrics;
        for (const m of ms) {
          const d = deltas[m] as number;
          const lo = (min[U + m] as number) + d;
          const hi = (max[U + m] as number) + d;
          if (lo < (min[V + m] as number)) min[V + m] = lo;
          if (hi > (max[V + m] as number)) max[V + m] = hi;
        }
      }
  }
}

function bitRanges(graph: Graph, out: Ranges): void {
  const { metrics, width, can0, can1 } = out;
  if (width === metrics) return;
  const queue = [graph.start];
  const queued = new Uint8Array(graph.nodeScene.length);
  queued[graph.start] = 1;
  const overrides = overridesOf(
    graph.hops.map((hop) => hop.sets),
    width,
  );
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i] as number;
    queued[u] = 0;
    for (const e of graph.edges[u] ?? []) {
      const base = e.hop * width;
      let grew = false;
      for (let slot = metrics; slot < width; slot++) {
        const set = overrides[base + slot] as number;
        const zero = set < 0 ? can0[u * width + slot] : set === 0 ? 1 : 0;
        const one = set < 0 ? can1[u * width + slot] : set === 1 ? 1 : 0;
        if (zero && !can0[e.to * width + slot]) {
          can0[e.to * width + slot] = 1;
          grew = true;
        }
        if (one && !can1[e.to * width + slot]) {
          can1[e.to * width + slot] = 1;
          grew = true;
        }
      }
      if (grew && !queued[e.to]) {
        queued[e.to] = 1;
        queue.push(e.to);
      }
    }
  }
}

/** For each list of `[slot, value]` sets, flat (`i * width + slot`): the value set, or -1 where the slot is left as it was. */
function overridesOf(lists: [number, number][][], width: number): Int8Array {
  const out = new Int8Array(lists.length * width).fill(-1);
  lists.forEach((sets, i) => {
    for (const [slot, value] of sets) out[i * width + slot] = value;
  });
  return out;
}

/** Per scene: the real ranges runs arrive with (undefined for a scene no run enters). */
export function sceneArrivals(graph: Graph, r: Ranges): (Arrival | undefined)[] {
  const { metrics, width } = r;
  const result: (Arrival | undefined)[] = graph.model.scenes.map(() => undefined);
  const widen = (scene: number, min: Float64Array, max: Float64Array) => {
    if (scene < 0 || scene >= result.length) return;
    const seen = result[scene];
    if (!seen) {
      result[scene] = {
        count: graph.arrivalCounts[scene] ?? 0,
        min: Array.from(min),
        max: Array.from(max),
      };
      return;
    }
    for (let i = 0; i < width; i++) {
      if ((min[i] as number) < (seen.min[i] as number)) seen.min[i] = min[i] as number;
      if ((max[i] as number) > (seen.max[i] as number)) seen.max[i] = max[i] as number;
    }
  };
  const lo = new Float64Array(width);
  const hi = new Float64Array(width);
  // Every scene routed through, over all hops, numbered; with what the hop set by then.
  const passes = graph.hops.map(() => [] as number[]);
  const passed: Hop['through'] = [];
  graph.hops.forEach((hop, h) => {
    for (const t of hop.through) (passes[h] as number[]).push(passed.push(t) - 1);
  });
  const fixedAt = overridesOf(
    passed.map((t) => t.sets),
    width,
  );
  /** Load state `u`'s ranges into lo/hi, shifted by pass `p`'s changes (none when -1). */
  const load = (u: number, p: number) => {
    const deltas = p >= 0 ? passed[p]?.deltas : undefined;
    for (let m = 0; m < metrics; m++) {
      const d = deltas?.[m] ?? 0;
      lo[m] = (r.min[u * metrics + m] as number) + d;
      hi[m] = (r.max[u * metrics + m] as number) + d;
    }
    for (let slot = metrics; slot < width; slot++) {
      const set = p >= 0 ? (fixedAt[p * width + slot] as number) : -1;
      lo[slot] = set >= 0 ? set : r.can0[u * width + slot] ? 0 : 1;
      hi[slot] = set >= 0 ? set : r.can1[u * width + slot] ? 1 : 0;
    }
  };
  graph.nodeScene.forEach((scene, u) => {
    load(u, -1);
    widen(scene, lo, hi);
    for (const e of graph.edges[u] ?? []) {
      for (const p of passes[e.hop] ?? []) {
        load(u, p);
        widen((passed[p] as Hop['through'][number]).scene, lo, hi);
      }
    }
  });
  // Routes followed at the start, from the initial values.
  const initial = graph.model.initial;
  for (const t of (graph.hops[graph.startHop] as Hop).through) {
    const values = [...initial];
    applyHop(t, values);
    widen(t.scene, Float64Array.from(values), Float64Array.from(values));
  }
  return result;
}

/** The shortest run to state `u`: its choices (`scene#EVENT`) and the real context on arrival. */
export function witness(graph: Graph, u: number): { choices: string[]; values: Values } {
  const path: number[] = [];
  for (let v = u; v >= 0; v = graph.parentNode[v] as number) path.push(v);
  path.reverse();
  const values = startValues(graph);
  const choices: string[] = [];
  for (let i = 1; i < path.length; i++) {
    const from = graph.parentNode[path[i] as number] as number;
    const index = graph.parentEdge[path[i] as number] as number;
    const edge = graph.edges[from]?.[index];
    if (!edge) break;
    choices.push(edge.choice);
    applyHop(graph.hops[edge.hop] as Hop, values);
  }
  return { choices, values };
}
