/**
 * What the format's guards and actions mean, once, as pure functions on a run's
 * context. The XState machine's guards and actions (machine.ts) call these. The
 * analysis keeps its own compact model of the same meanings (analysis/model.ts), held
 * to exhaustive play through this machine by the tests, and calls `guardPasses` only
 * to decide whether a router's guards cover every case (analysis/cover.ts).
 *
 * - `visited` passes once the run has entered that state (the current one included);
 * - `chose` passes once the run has made that choice (a choice's own guard runs
 *   before it is recorded; `always` routes after it see it);
 * - `adjust` adds to metrics, `set` sets flags; nothing else can change the context.
 */
import type { CompiledScenario, Guard } from '../contract';

export interface RunContext {
  metrics: Readonly<Record<string, number>>;
  flags: Readonly<Record<string, boolean>>;
  /** States entered, in the order first entered. */
  visited: readonly string[];
  /** Choices made, in the order first made. */
  chose: readonly string[];
}

export interface MetricParams {
  name: string;
  atLeast?: number;
  atMost?: number;
  equals?: number;
}

export function initialContext(scenario: CompiledScenario): RunContext {
  return {
    metrics: Object.fromEntries(scenario.metrics.map((m) => [m.id, m.initial])),
    flags: Object.fromEntries(scenario.flags.map((f) => [f.id, f.initial])),
    visited: [],
    chose: [],
  };
}

export function metricPasses(params: MetricParams, context: RunContext): boolean {
  const value = context.metrics[params.name] ?? 0;
  if (params.atLeast !== undefined && value < params.atLeast) return false;
  if (params.atMost !== undefined && value > params.atMost) return false;
  if (params.equals !== undefined && value !== params.equals) return false;
  return true;
}

export const flagPasses = (name: string, context: RunContext) => context.flags[name] === true;
export const visitedPasses = (state: string, context: RunContext) =>
  context.visited.includes(state);
export const chosePasses = (event: string, context: RunContext) => context.chose.includes(event);

export function guardPasses(guard: Guard | undefined, context: RunContext): boolean {
  if (!guard) return true;
  switch (guard.type) {
    case 'metric':
      return metricPasses(guard.params, context);
    case 'flag':
      return flagPasses(guard.params.name, context);
    case 'visited':
      return visitedPasses(guard.params.state, context);
    case 'chose':
      return chosePasses(guard.params.event, context);
    case 'and':
      return guard.guards.every((g) => guardPasses(g, context));
    case 'or':
      return guard.guards.some((g) => guardPasses(g, context));
    case 'not':
      return !guardPasses(guard.guard, context);
  }
}

export function adjustMetrics(
  metrics: RunContext['metrics'],
  deltas: Readonly<Record<string, number>>,
) {
  const next = { ...metrics };
  for (const [name, delta] of Object.entries(deltas)) next[name] = (next[name] ?? 0) + delta;
  return next;
}

export function setFlags(flags: RunContext['flags'], values: Readonly<Record<string, boolean>>) {
  return { ...flags, ...values };
}

export function remember(list: readonly string[], item: string): readonly string[] {
  return list.includes(item) ? list : [...list, item];
}
