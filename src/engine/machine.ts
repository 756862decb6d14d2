/**
 * Builds the XState v5 machine that plays a `CompiledScenario`: the format's named
 * guards and actions through `setup({ guards, actions })`, nothing else. XState's
 * `and`/`or`/`not` combinators do not exist in plain JSON, so they are mapped here.
 * Two engine-only actions record the run's history: `visit` on entering a state and
 * `record` on taking a choice (authors cannot name them: the compiler only accepts
 * `adjust` and `set`).
 */
import { and, assign, not, or, setup } from 'xstate';
import type { Action, CompiledScenario, Guard, Scene, Transition } from '../contract';
import {
  adjustMetrics,
  chosePasses,
  flagPasses,
  initialContext,
  metricPasses,
  remember,
  setFlags,
  visitedPasses,
  type MetricParams,
  type RunContext,
} from './semantics';

interface ChoiceEvent {
  type: string;
}

const scenarioSetup = setup({
  types: { context: {} as RunContext, events: {} as ChoiceEvent },
  guards: {
    metric: ({ context }, params: MetricParams) => metricPasses(params, context),
    flag: ({ context }, params: { name: string }) => flagPasses(params.name, context),
    visited: ({ context }, params: { state: string }) => visitedPasses(params.state, context),
    chose: ({ context }, params: { event: string }) => chosePasses(params.event, context),
  },
  actions: {
    adjust: assign(({ context }, params: Record<string, number>) => ({
      metrics: adjustMetrics(context.metrics, params),
    })),
    set: assign(({ context }, params: Record<string, boolean>) => ({
      flags: setFlags(context.flags, params),
    })),
    visit: assign(({ context }, params: { state: string }) => ({
      visited: remember(context.visited, params.state),
    })),
    record: assign(({ context }, params: { event: string }) => ({
      chose: remember(context.chose, params.event),
    })),
  },
});

type XGuard = ReturnType<typeof and> | { type: string; params: object };

function toXGuard(guard: Guard): XGuard {
  switch (guard.type) {
    case 'and':
      return and(guard.guards.map(toXGuard) as never);
    case 'or':
      return or(guard.guards.map(toXGuard) as never);
    case 'not':
      return not(toXGuard(guard.guard) as never);
    default:
      return { type: guard.type, params: guard.params };
  }
}

function toXTransition(transition: Transition, record?: string) {
  const actions: { type: string; params: object }[] = transition.actions.map((a: Action) => ({
    type: a.type,
    params: a.params,
  }));
  if (record) actions.push({ type: 'record', params: { event: record } });
  return {
    target: transition.target,
    actions,
    ...(transition.guard ? { guard: toXGuard(transition.guard) } : {}),
  };
}

function toXState(scene: Scene) {
  const entry = [{ type: 'visit', params: { state: scene.id } }];
  if (scene.kind === 'ending') return { type: 'final' as const, entry };
  if (scene.kind === 'router') return { entry, always: scene.routes.map((r) => toXTransition(r)) };
  return {
    entry,
    ...(scene.routes.length > 0 ? { always: scene.routes.map((r) => toXTransition(r)) } : {}),
    on: Object.fromEntries(
      scene.choices.map((c) => [c.event, c.transitions.map((t) => toXTransition(t, c.event))]),
    ),
  };
}

/** Where a run starts when it does not start at the beginning (author mode's "play from here"). */
export interface Start {
  scene: string;
  context: RunContext;
}

export function buildMachine(scenario: CompiledScenario, start?: Start) {
  const config = {
    id: scenario.id,
    initial: start?.scene ?? scenario.initial,
    context: start?.context ?? initialContext(scenario),
    states: Object.fromEntries(scenario.scenes.map((s) => [s.id, toXState(s)])),
  };
  return scenarioSetup.createMachine(config as Parameters<typeof scenarioSetup.createMachine>[0]);
}

export type ScenarioMachine = ReturnType<typeof buildMachine>;
