/**
 * What decided a run's ending, read from the compiled scenario and the trace: the metrics
 * named by the guards on every route into the ending the run reached (a router's `always`
 * routes, taken in order, so the routes that failed decided it as much as the one taken;
 * routers reached through other routers count too), and the decisions whose moves on
 * those metrics were largest, either way. When no guard on the way names a metric, every
 * metric counts: the ending still followed from where the choices took the numbers.
 */
import type { CompiledScenario, Guard, Transition } from '../contract';
import type { DebriefDecision } from './types';

/** At most this many decisions are called decisive. */
const DECISIVE_MAX = 3;

function metricNames(guard: Guard | undefined, into: Set<string>): void {
  if (!guard) return;
  if (guard.type === 'metric') into.add(guard.params.name);
  else if (guard.type === 'and' || guard.type === 'or')
    for (const g of guard.guards) metricNames(g, into);
  else if (guard.type === 'not') metricNames(guard.guard, into);
}

/** The metric ids that decided arrival at `endingId`, in the scenario's metric order. */
export function decidingMetrics(scenario: CompiledScenario, endingId: string): string[] {
  const names = new Set<string>();
  const targets = new Set([endingId]);
  const seen = new Set<Transition[]>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const scene of scenario.scenes) {
      const groups = [scene.routes, ...scene.choices.map((c) => c.transitions)];
      for (const group of groups) {
        if (seen.has(group) || !group.some((t) => targets.has(t.target))) continue;
        seen.add(group);
        grew = true;
        for (const t of group) metricNames(t.guard, names);
        if (scene.kind === 'router' && group === scene.routes) targets.add(scene.id);
      }
    }
  }
  const all = scenario.metrics.map((m) => m.id);
  const named = all.filter((id) => names.has(id));
  return named.length > 0 ? named : all;
}

/** How far a decision moved the given metrics, either way. */
export function movement(decision: DebriefDecision, metrics: readonly string[]): number {
  return metrics.reduce(
    (sum, id) =>
      sum + Math.abs((decision.metricsAfter[id] ?? 0) - (decision.metricsBefore[id] ?? 0)),
    0,
  );
}

/** The decisions that moved the deciding metrics most (ties: the later decision), in run order. */
export function decisiveDecisions(
  decisions: readonly DebriefDecision[],
  metrics: readonly string[],
): number[] {
  return decisions
    .map((d) => ({ index: d.index, moved: movement(d, metrics) }))
    .filter((m) => m.moved > 0)
    .sort((a, b) => b.moved - a.moved || b.index - a.index)
    .slice(0, DECISIVE_MAX)
    .map((m) => m.index)
    .sort((a, b) => a - b);
}
