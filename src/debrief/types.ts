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
}

export interface DebriefDecision extends Option {
  index: number;
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

export interface Diagnosis {
  kind: DiagnosisKind;
  title: string;
  /** What the learner's choices showed, in plain words. */
  summary: string;
  /** The risk the imbalance carries, in the framework's terms. */
  risk?: string;
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
