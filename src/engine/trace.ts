/**
 * The trace of a run, derived from its log: for each decision, the scene, the choice,
 * its behaviours, and the metrics before and after (routing included). The debrief
 * reads traces; nothing is stored that the log cannot give back.
 */
import { conditionValues, sceneHasConditions, type ConditionValues } from './conditions';
import type { Outcome } from '../contract';
import { currentScene, isFinished, replay, type Player } from './run';

export interface TraceStep {
  /** 0-based decision number. */
  index: number;
  scene: string;
  event: string;
  label: string;
  behaviours: string[];
  /** Every choice offered at this decision (the chosen one included), in section order. */
  offered: string[];
  metricsBefore: Record<string, number>;
  metricsAfter: Record<string, number>;
  flagsAfter: Record<string, boolean>;
  /** Where the choice led, after any routing: a scene or an ending. */
  next: string;
  /** Format v1.1 (cond15): condition values on arrival in `scene`, when it has conditional text. */
  conditions?: ConditionValues;
}

export interface Trace {
  steps: TraceStep[];
  /** The scene the run is in now (an ending when finished). */
  scene: string;
  finished: boolean;
  ending?: { id: string; outcome: Outcome };
  metrics: Record<string, number>;
  /** When the log stopped replaying (see `replay`). */
  failure?: { step: number; event: string; scene: string };
  /** Format v1.1 (cond15): condition values on arrival in the ending, when it has conditional text. */
  endingConditions?: ConditionValues;
}

export function traceRun(player: Player, events: readonly string[]): Trace {
  const result = replay(player, events);
  const steps: TraceStep[] = [];
  for (let index = 0; index < result.applied; index++) {
    const before = result.snapshots[index];
    const after = result.snapshots[index + 1];
    const event = events[index];
    if (!before || !after || event === undefined) break;
    const scene = currentScene(player, before);
    const choice = scene.choices.find((c) => c.event === event);
    const step: TraceStep = {
      index,
      scene: scene.id,
      event,
      label: choice?.label ?? event,
      behaviours: choice?.behaviours ?? [],
      offered: scene.choices.filter((c) => before.can({ type: c.event })).map((c) => c.event),
      metricsBefore: { ...before.context.metrics },
      metricsAfter: { ...after.context.metrics },
      flagsAfter: { ...after.context.flags },
      next: String(after.value),
    };
    if (sceneHasConditions(scene))
      step.conditions = conditionValues(player.scenario, before.context);
    steps.push(step);
  }
  const scene = currentScene(player, result.snapshot);
  const trace: Trace = {
    steps,
    scene: scene.id,
    finished: isFinished(result.snapshot),
    metrics: { ...result.snapshot.context.metrics },
  };
  if (trace.finished && scene.outcome) trace.ending = { id: scene.id, outcome: scene.outcome };
  if (result.failure) trace.failure = result.failure;
  if (trace.finished && sceneHasConditions(scene))
    trace.endingConditions = conditionValues(player.scenario, result.snapshot.context);
  return trace;
}
