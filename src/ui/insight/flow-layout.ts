/**
 * The paths learners took, laid out for a Sankey diagram by d3-sankey (a library made for
 * it): nodes placed in columns, links as bands as wide as their runs. d3-sankey refuses a
 * graph with a cycle, and a scenario may loop back to a scene, so each link that would close
 * a cycle is left out of the drawing (it stays in the text table) and counted.
 */
import { sankey, sankeyLinkHorizontal } from 'd3-sankey';
import type { PathFlow } from '../../insight/types';

interface FlowNodeBox {
  id: string;
  title: string;
  outcome?: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

interface FlowBand {
  from: string;
  to: string;
  runs: number;
  path: string;
  width: number;
}

export interface FlowLayout {
  nodes: FlowNodeBox[];
  bands: FlowBand[];
  /** Links left out of the drawing because they loop back. */
  loops: number;
}

/** The links of `flow` in order, without those that would close a cycle (a depth-first walk). */
function acyclic(links: PathFlow['links']): { kept: PathFlow['links']; loops: number } {
  const out = new Map<string, PathFlow['links']>();
  for (const link of links) out.set(link.from, [...(out.get(link.from) ?? []), link]);
  const state = new Map<string, 'open' | 'done'>();
  const dropped = new Set<PathFlow['links'][number]>();
  const visit = (node: string) => {
    state.set(node, 'open');
    for (const link of out.get(node) ?? []) {
      const seen = state.get(link.to);
      if (seen === 'open' || link.to === node) dropped.add(link);
      else if (seen === undefined) visit(link.to);
    }
    state.set(node, 'done');
  };
  const targets = new Set(links.map((l) => l.to));
  for (const link of links) if (!targets.has(link.from) && !state.has(link.from)) visit(link.from);
  for (const link of links) if (!state.has(link.from)) visit(link.from);
  return { kept: links.filter((l) => !dropped.has(l)), loops: dropped.size };
}

export function layoutFlow(flow: PathFlow, width: number, height: number): FlowLayout {
  const { kept, loops } = acyclic(flow.links.filter((l) => l.runs > 0));
  const used = new Set(kept.flatMap((l) => [l.from, l.to]));
  const nodes = flow.nodes.filter((n) => used.has(n.id));
  if (kept.length === 0) return { nodes: [], bands: [], loops };
  const graph = sankey<
    { id: string; title: string; outcome?: string },
    { from: string; to: string }
  >()
    .nodeId((n) => n.id)
    .nodeWidth(14)
    .nodePadding(18)
    .extent([
      [1, 1],
      [width - 1, height - 1],
    ])({
    nodes: nodes.map((n) => ({ ...n })),
    links: kept.map((l) => ({
      source: l.from,
      target: l.to,
      value: l.runs,
      from: l.from,
      to: l.to,
    })),
  });
  const band = sankeyLinkHorizontal<{ id: string; title: string }, { from: string; to: string }>();
  return {
    nodes: graph.nodes.map((n) => ({
      id: n.id,
      title: n.title,
      ...(n.outcome ? { outcome: n.outcome } : {}),
      x0: n.x0 ?? 0,
      x1: n.x1 ?? 0,
      y0: n.y0 ?? 0,
      y1: n.y1 ?? 0,
    })),
    bands: graph.links.map((l) => ({
      from: l.from,
      to: l.to,
      runs: l.value,
      path: band(l) ?? '',
      width: Math.max(1, l.width ?? 1),
    })),
    loops,
  };
}
