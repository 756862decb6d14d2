/**
 * The debrief of one run, as data: what each choice showed (management, leadership or
 * both), the roads not taken, the balance, the failure patterns, a diagnosis in the
 * framework's terms, and a recommended training path with its reasons. Pages, the
 * printed page and the Markdown report all render this one value.
 */
import type {
  Audience,
  Behaviour,
  Block,
  Domain,
  Inline,
  Outcome,
  Pattern,
  Quality,
} from '../contract';
import type { DebriefProblem } from './problems';
import type { WeighedReason } from './path-types';

/** How a choice reads: from the domains of its behaviours. */
export type Tag = 'management' | 'leadership' | 'both' | 'untagged';

/** A behaviour as the taxonomy defines it (a copy, so a debrief stands on its own). */
export type BehaviourView = Behaviour;

export interface Option {
  event: string;
  label: Inline[];
  tag: Tag;
  behaviours: BehaviourView[];
  /** Behaviour ids the taxonomy no longer has. */
  unknown: string[];
  /**
   * Format v1.1 (views15): a timed decision's `TIME_UP` road, letting the time run out
   * (chosen: "You let the time run out"; not taken: "Letting the time run out"). Absent
   * for every other choice.
   */
  timeUp?: true;
}

/**
 * How a decision weighs: only effective behaviour, only counterproductive, both at once (a
 * trade-off: it helped one thing and cost another), or no behaviour the taxonomy knows.
 */
export type DecisionReading = 'effective' | 'counterproductive' | 'trade-off' | 'neutral';

export interface DebriefDecision extends Option {
  index: number;
  /** Its behaviours' polarities weighed together (src/debrief/weigh.ts). */
  reading: DecisionReading;
  scene: { id: string; title: string };
  coaching: Block[];
  metricsBefore: Record<string, number>;
  metricsAfter: Record<string, number>;
  /** The other choices offered at this point: the road not taken. */
  alternatives: Option[];
}

export interface DomainBalance {
  effective: number;
  counterproductive: number;
}

export type Balance = Record<Domain, DomainBalance>;

export interface PatternSeen {
  pattern: Pattern;
  /** The side of the gap the pattern points to. */
  side: Domain;
  /** Decision indexes where it showed. */
  decisions: number[];
}

export type DiagnosisKind =
  'balanced' | 'execution-without-direction' | 'direction-without-execution' | 'foundations-first';

/** One line of the evidence behind a reading: the decisions that carried it, in the scenario's words. */
export interface Evidence {
  /** A side that worked, a side that slipped, a choice that did both, or what the ending turned on. */
  kind: 'strength' | 'gap' | 'trade-off' | 'ending';
  side: Domain | 'both';
  /** Decision indexes (0-based, as `DebriefDecision.index`) the line names; the text numbers them from 1. */
  decisions: number[];
  text: string;
}

/** What the reading rests on besides the counts: the ending and the decisions that decided it. */
export interface DiagnosisBasis {
  ending?: { id: string; title: string; outcome: Outcome };
  /** The metrics named by the guards on the routes into the ending (every metric when none is). */
  metrics: { id: string; label: string }[];
  /** The decisions that moved those metrics most, either way (indexes, in run order). */
  decisive: number[];
  /** Which rule of docs/debrief.md settled the reading, in plain words. */
  rule: string;
}

export interface Diagnosis {
  kind: DiagnosisKind;
  title: string;
  /** What the learner's choices showed, in plain words; for a run, built from `evidence`. */
  summary: string;
  /** The risk the imbalance carries, in the framework's terms. */
  risk?: string;
  /** For one run: the lines of evidence, each naming the decisions behind it. */
  evidence?: Evidence[];
  /** For one run: the ending, its deciding metrics and decisions, and the rule applied. */
  basis?: DiagnosisBasis;
}

export type TrainingPath = 'management-fundamentals' | 'leadership-development' | 'blended';

export interface Recommendation {
  path: TrainingPath;
  title: string;
  /** Each factor that led to the path, in order of weight. */
  reasons: string[];
  /** The one or two things to work on next. */
  focus: string[];
  /** The same reasons with the side each argues for and its weight (src/debrief/path-types.ts). */
  weighed: WeighedReason[];
}

export interface MetricTrajectory {
  id: string;
  label: string;
  /** The value before the first decision, then after each one. */
  values: number[];
}

export interface LearnerProfileInput {
  stage?: Audience;
  demands?: 'execution' | 'direction' | 'both';
}

export interface Debrief {
  scenarioId: string;
  title: string;
  finished: boolean;
  ending?: { id: string; title: string; outcome: Outcome };
  decisions: DebriefDecision[];
  balance: Balance;
  patterns: PatternSeen[];
  /** Qualities shown effectively, with how many decisions showed each. */
  qualities: Partial<Record<Quality, number>>;
  diagnosis: Diagnosis;
  recommendation: Recommendation;
  trajectory: MetricTrajectory[];
  /** What could not be tagged or replayed, as codes with data (words: `problemText`); empty when all is well. */
  problems: DebriefProblem[];
}
