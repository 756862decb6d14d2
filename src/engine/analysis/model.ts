/**
 * The analysis' compact model of a scenario: a context is one flat array of numbers
 * (metrics, then flags as 0/1, then only the history bits some guard reads), guards
 * and actions are closures over it. Same meaning as `../semantics.ts` — the tests
 * hold the two to the same results on every fixture — but fast to copy and to key.
 */
import type { Action, CompiledScenario, Guard, Scene, Transition } from '../../contract';
import type { Start } from '../machine';
import { choiceId, routeId, transitionId } from '../ids';
import { conditionGuard, textConditions } from './conditional-blocks';

export type Values = number[];

export interface StepModel {
  /** `scene#EVENT#i` or `scene#always#i`: the transition's id in usage counts. */
  id: string;
  /** Its place in `Model.steps`. */
  index: number;
  target: number;
  guard: (v: Values) => boolean;
  apply: (v: Values) => void;
  /** Net change of each metric slot it adjusts: `[slot, delta]`. */
  deltas: [number, number][];
  /** Flag slots it sets, with the value (0 or 1), in order: `[slot, value]`. */
  sets: [number, number][];
  /** The slots its guard reads, and the values it compares each metric slot with: `[slot, value]`. */
  reads: number[];
  thresholds: [number, number][];
}

interface ChoiceModel {
  /** `scene#EVENT` */
  id: string;
  /** Its place in `Model.choiceIds`. */
  index: number;
  event: string;
  steps: StepModel[];
  /** Index of this event in the context's `chose` bits, or -1 when no guard reads it. */
  choseBit: number;
}

interface SceneModel {
  index: number;
  scene: Scene;
  choices: ChoiceModel[];
  routes: StepModel[];
  /** Index of this state in the context's `visited` bits, or -1 when no guard reads it. */
  visitedBit: number;
  /**
   * Format v1.1: the slots read on arrival here by the conditions of its conditional text
   * (prose, and its choices' coaching), and the values metric slots are compared with —
   * to liveness, reads like a guard's. Empty when it has none.
   */
  textReads: number[];
  textThresholds: [number, number][];
}

export interface Model {
  scenario: CompiledScenario;
  scenes: SceneModel[];
  sceneIndex: Map<string, number>;
  metricIds: string[];
  flagIds: string[];
  /** States some `visited` guard reads, and events some `chose` guard reads. */
  visitedIds: string[];
  choseIds: string[];
  initial: Values;
  start: number;
  /** Slots in the context: metrics `[0, metricIds.length)`, then flags, `visited` and `chose` bits. */
  width: number;
  /** Every transition, numbered (`StepModel.index`), and every choice's id by `ChoiceModel.index`. */
  steps: StepModel[];
  choiceIds: string[];
  /** Format v1.1: each condition some conditional text reads, by name, over the context (empty without). */
  conditions: Map<string, (v: Values) => boolean>;
}

function collect(guard: Guard | undefined, visited: Set<string>, chose: Set<string>): void {
  if (!guard) return;
  if (guard.type === 'visited') visited.add(guard.params.state);
  else if (guard.type === 'chose') chose.add(guard.params.event);
  else if (guard.type === 'and' || guard.type === 'or')
    guard.guards.forEach((g) => collect(g, visited, chose));
  else if (guard.type === 'not') collect(guard.guard, visited, chose);
}

/**
 * The states some `visited` guard reads and the events some `chose` guard reads: the only
 * history that matters. The conditions that conditional text reads are guards too.
 */
export function historyRead(scenario: CompiledScenario): { visited: string[]; chose: string[] } {
  const visited = new Set<string>();
  const chose = new Set<string>();
  for (const scene of scenario.scenes) {
    for (const t of [...scene.routes, ...scene.choices.flatMap((c) => c.transitions)])
      collect(t.guard, visited, chose);
    for (const name of textConditions(scene))
      collect(conditionGuard(scenario, name), visited, chose);
  }
  return { visited: [...visited], chose: [...chose] };
}

/** The model of `scenario`; runs start at `start` when given (scene and context), else at the beginning. */
export function buildModel(scenario: CompiledScenario, start?: Start): Model {
  const read = historyRead(scenario);
  const metricIds = scenario.metrics.map((m) => m.id);
  const flagIds = scenario.flags.map((f) => f.id);
  const visitedIds = read.visited;
  const choseIds = read.chose;
  const historyBase = metricIds.length + flagIds.length;
  const slots: Record<'m' | 'f' | 'v' | 'c', Map<string, number>> = {
    m: new Map(metricIds.map((id, i) => [id, i])),
    f: new Map(flagIds.map((id, i) => [id, metricIds.length + i])),
    v: new Map(visitedIds.map((id, i) => [id, historyBase + i])),
    c: new Map(choseIds.map((id, i) => [id, historyBase + visitedIds.length + i])),
  };
  const slot = (kind: 'm' | 'f' | 'v' | 'c', id: string) => slots[kind].get(id) ?? -1;
  const sceneIndex = new Map(scenario.scenes.map((s, i) => [s.id, i]));

  const guardFn = (guard: Guard | undefined): ((v: Values) => boolean) => {
    if (!guard) return () => true;
    switch (guard.type) {
      case 'metric': {
        const i = slot('m', guard.params.name);
        const { atLeast, atMost, equals } = guard.params;
        return (v) => {
          const x = v[i] ?? 0;
          return (
            (atLeast === undefined || x >= atLeast) &&
            (atMost === undefined || x <= atMost) &&
            (equals === undefined || x === equals)
          );
        };
      }
      case 'flag': {
        const i = slot('f', guard.params.name);
        return (v) => v[i] === 1;
      }
      case 'visited': {
        const i = slot('v', guard.params.state);
        return (v) => v[i] === 1;
      }
      case 'chose': {
        const i = slot('c', guard.params.event);
        return (v) => v[i] === 1;
      }
      case 'and': {
        const parts = guard.guards.map(guardFn);
        return (v) => parts.every((p) => p(v));
      }
      case 'or': {
        const parts = guard.guards.map(guardFn);
        return (v) => parts.some((p) => p(v));
      }
      case 'not': {
        const inner = guardFn(guard.guard);
        return (v) => !inner(v);
      }
    }
  };

  /** What a guard reads: every slot, and the values metric slots are compared with. */
  const readsOf = (guard: Guard | undefined, reads: number[], thresholds: [number, number][]) => {
    if (!guard) return;
    switch (guard.type) {
      case 'metric': {
        const i = slot('m', guard.params.name);
        reads.push(i);
        for (const value of [guard.params.atLeast, guard.params.atMost, guard.params.equals])
          if (value !== undefined) thresholds.push([i, value]);
        return;
      }
      case 'flag':
        reads.push(slot('f', guard.params.name));
        return;
      case 'visited':
        reads.push(slot('v', guard.params.state));
        return;
      case 'chose':
        reads.push(slot('c', guard.params.event));
        return;
      case 'and':
      case 'or':
        guard.guards.forEach((g) => readsOf(g, reads, thresholds));
        return;
      case 'not':
        readsOf(guard.guard, reads, thresholds);
    }
  };

  const step = (id: string, t: Transition): StepModel => {
    const reads: number[] = [];
    const thresholds: [number, number][] = [];
    readsOf(t.guard, reads, thresholds);
    const deltas = new Map<number, number>();
    const sets: [number, number][] = [];
    for (const action of t.actions) {
      for (const [name, value] of Object.entries(action.params)) {
        if (action.type === 'adjust') {
          const i = slot('m', name);
          deltas.set(i, (deltas.get(i) ?? 0) + (value as number));
        } else sets.push([slot('f', name), value ? 1 : 0]);
      }
    }
    const made: StepModel = {
      id,
      index: steps.length,
      target: sceneIndex.get(t.target) ?? -1,
      guard: guardFn(t.guard),
      apply: applyFn(t.actions),
      deltas: [...deltas],
      sets,
      reads: [...new Set(reads)].filter((i) => i >= 0),
      thresholds: thresholds.filter(([i]) => i >= 0),
    };
    steps.push(made);
    return made;
  };
  const steps: StepModel[] = [];
  const choiceIds: string[] = [];

  const applyFn = (actions: readonly Action[]): ((v: Values) => void) => {
    const ops: [number, number, boolean][] = [];
    for (const action of actions) {
      for (const [name, value] of Object.entries(action.params)) {
        if (action.type === 'adjust') ops.push([slot('m', name), value as number, true]);
        else ops.push([slot('f', name), value ? 1 : 0, false]);
      }
    }
    return (v) => {
      for (const [i, value, add] of ops) v[i] = add ? (v[i] ?? 0) + value : value;
    };
  };

  const conditions = new Map<string, (v: Values) => boolean>();
  const noReads = { textReads: [], textThresholds: [] };
  const textReads = (scene: Scene): Pick<SceneModel, 'textReads' | 'textThresholds'> => {
    const names = textConditions(scene);
    // v1 scenes (no conditional text) cost nothing more.
    if (names.length === 0) return noReads;
    const reads: number[] = [];
    const thresholds: [number, number][] = [];
    for (const name of names) {
      const guard = conditionGuard(scenario, name);
      readsOf(guard, reads, thresholds);
      // A name the scenario does not declare never holds, as in play.
      if (!conditions.has(name)) conditions.set(name, guard ? guardFn(guard) : () => false);
    }
    return {
      textReads: [...new Set(reads)].filter((i) => i >= 0),
      textThresholds: thresholds.filter(([i]) => i >= 0),
    };
  };

  const scenes: SceneModel[] = scenario.scenes.map((scene, index) => ({
    index,
    scene,
    visitedBit: slot('v', scene.id),
    ...textReads(scene),
    routes: scene.routes.map((r, i) => step(routeId(scene.id, i), r)),
    choices: scene.choices.map((c) => ({
      id: choiceId(scene.id, c.event),
      index: choiceIds.push(choiceId(scene.id, c.event)) - 1,
      event: c.event,
      choseBit: slot('c', c.event),
      steps: c.transitions.map((t, i) => step(transitionId(scene.id, c.event, i), t)),
    })),
  }));

  const context = start?.context;
  const initial: Values = [
    ...scenario.metrics.map((m) => context?.metrics[m.id] ?? m.initial),
    ...scenario.flags.map((f) => ((context?.flags[f.id] ?? f.initial) ? 1 : 0)),
    ...visitedIds.map((id) => (context?.visited.includes(id) ? 1 : 0)),
    ...choseIds.map((id) => (context?.chose.includes(id) ? 1 : 0)),
  ];
  return {
    scenario,
    scenes,
    sceneIndex,
    metricIds,
    flagIds,
    visitedIds,
    choseIds,
    initial,
    start: sceneIndex.get(start?.scene ?? scenario.initial) ?? 0,
    width: initial.length,
    steps,
    choiceIds,
    conditions,
  };
}
