/**
 * What the cohort fold keeps between statements (src/insight/fold.ts adds to it,
 * src/insight/summarize.ts reads it): counters and, per run, one slot per decision number.
 */
import type { Outcome } from '../contract';
import type { Tag } from '../debrief';
import type { BehaviourRecord } from './statements';
import type { InsightFilter } from './types';

/** One choice at one scene, with the wording of the latest statement that carried it. */
export interface ChoiceState {
  scene: SceneState;
  event: string;
  label: string;
  tag: Tag;
  behaviours: BehaviourRecord[];
  /** The time of the statement the wording is from (0: only offered, never taken). */
  at: number;
}

export interface SceneState {
  id: string;
  title: string;
  titleAt: number;
  /** The lowest decision number it was seen at: the order decisions are listed in. */
  first: number;
  choices: Map<string, ChoiceState>;
}

export interface EndingState {
  id: string;
  outcome: Outcome;
}

export interface RunState {
  /** The run's id (ties between a learner's runs are settled by it, never by arrival). */
  id: string;
  learner: number;
  /** The earliest time any of its statements carries. */
  firstAt: number;
  /** The choice taken by decision number − 1 (undefined: that decision's statement not seen). */
  taken: (ChoiceState | undefined)[];
  ending?: EndingState;
  endAt?: number;
  durationMs?: number;
}

export interface ScenarioState {
  id: string;
  activity: string;
  title?: string;
  scenes: Map<string, SceneState>;
  endings: Map<string, EndingState>;
  /** By learner and run id. */
  runs: Map<string, RunState>;
}

export interface FoldState {
  filter: InsightFilter;
  learners: Map<string, number>;
  scenarios: Map<string, ScenarioState>;
  statements: { read: number; used: number; skipped: number; filtered: number };
  /** Grouping keys seen, each with up to `MAX_GROUP_VALUES` values. */
  groupings: Map<string, Set<string>>;
}
