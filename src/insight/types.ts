/**
 * What cohort insight shows, as data: the value the fold of a cohort's xAPI statements
 * ends in, which the insight view, the CLI's table, `--json` and `--csv` all render.
 * Aggregates only: no field holds a learner's name, mailbox or account, and every
 * breakdown that rests on fewer than `MIN_LEARNERS` learners is a `Suppressed` value
 * that says so, never a count (issue 17's privacy rule).
 */
import type { Domain, Outcome, Pattern, Polarity } from '../contract';
import type { DiagnosisKind, Tag, TrainingPath } from '../debrief';

/** The fewest distinct learners a breakdown may rest on before it is shown. */
export const MIN_LEARNERS = 5;

/** A breakdown hidden because too few learners are in it (its size is not given either). */
export interface Suppressed {
  suppressed: true;
  reason: 'fewer-than-min-learners';
  /** What is hidden, where naming it reveals nobody: a suppressed scenario's id. */
  about?: string;
}

/** Either the breakdown, or the note that it is hidden to protect privacy. */
export type Guarded<T> = T | Suppressed;

/** Which statements count: by scenario, by period, and by a grouping the statements carry. */
export interface InsightFilter {
  /** A scenario id (the AU's `…:au:<id>` in its activity IRI); absent: every scenario. */
  scenario?: string;
  /** ISO times; statements with an earlier / later `timestamp` are left out. */
  since?: string;
  until?: string;
  /**
   * A grouping: `registration` (the cmi5 registration) or a context extension IRI (e.g. a
   * team), and the value to keep. Absent: the whole cohort.
   */
  group?: { key: string; value: string };
}

/** One choice offered at a decision, and how many learners took it. */
export interface ChoiceShare {
  event: string;
  /** The button's label as the learners read it (the latest statement's wording). */
  label: string;
  tag: Tag;
  /** Each behaviour the choice shows, as the statements carry it (ids, never names of people). */
  behaviours: {
    id: string;
    label: string;
    domain: Domain;
    polarity: Polarity;
    pattern?: Pattern;
  }[];
  /** Distinct learners who took it at least once, and their share of the decision's learners. */
  learners: number;
  share: number;
  /** Taken by under 10% of the decision's learners: a road almost nobody takes. */
  rare: boolean;
}

export interface DecisionInsight {
  scene: { id: string; title: string };
  /**
   * Distinct learners who reached this decision; 0 when `choices` is suppressed, since the
   * count is a breakdown of the cohort too (a listed decision was always reached by someone).
   */
  learners: number;
  /** Every choice offered here (from the statements' `choices`), taken or not, largest share first. */
  choices: Guarded<ChoiceShare[]>;
}

/** One step between two scenes (or a scene and an ending) and how many runs took it. */
export interface PathLink {
  /** A scene id, or `ending:<id>` for the end of a path. */
  from: string;
  to: string;
  runs: number;
}

export interface PathFlow {
  /** Every node of the flow: scenes by id and title, endings as `ending:<id>` with their outcome. */
  nodes: { id: string; title: string; outcome?: Outcome }[];
  /** Links taken by at least `MIN_LEARNERS` learners; the rest are summed into `hiddenRuns`. */
  links: PathLink[];
  hiddenRuns: number;
}

export interface DomainCounts {
  effective: number;
  counterproductive: number;
}

export interface CohortBalance {
  management: DomainCounts;
  leadership: DomainCounts;
}

/** The cohort's reading in the framework's terms, and what it suggests for the programme. */
export interface CohortReading {
  balance: CohortBalance;
  /** How many learners' runs read as each diagnosis (the debrief's rule, on each learner's choices). */
  diagnoses: Partial<Record<DiagnosisKind, number>>;
  /** Failure patterns that recur: shown by at least `MIN_LEARNERS` learners, most learners first. */
  patterns: { pattern: Pattern; side: Domain; learners: number }[];
  /**
   * The programme the cohort's reading suggests, and what it rests on: the most common
   * reading among the group's `learners` (its reasons are worded from these at call time,
   * in the reader's language: `programmeReasons`).
   */
  programme: { path: TrainingPath; common: DiagnosisKind; learners: number };
}

/** First attempts against later ones (a learner's first completed run of a scenario vs the rest). */
export interface AttemptComparison {
  first: Guarded<{ runs: number; outcomes: Record<Outcome, number>; balance: CohortBalance }>;
  later: Guarded<{ runs: number; outcomes: Record<Outcome, number>; balance: CohortBalance }>;
}

/** One calendar month (UTC, `2026-11`) of the cohort. */
export interface MonthInsight {
  month: string;
  summary: Guarded<{
    learners: number;
    starts: number;
    completions: number;
    outcomes: Record<Outcome, number>;
    balance: CohortBalance;
  }>;
}

export interface ScenarioInsight {
  /** The scenario's id, from its AU's activity IRI. */
  id: string;
  /** The AU's activity IRI the statements are about. */
  activity: string;
  title: string;
  learners: number;
  /** Runs started (first `answered` of a Casebook run) and completed (`completed`). */
  starts: number;
  completions: number;
  /** Endings reached, by outcome (strong / mixed / weak), and by ending. */
  outcomes: Record<Outcome, number>;
  endings: { id: string; outcome: Outcome; runs: number }[];
  /** Median time from a run's first statement to its completion, in ms; absent with no completion. */
  medianMs?: number;
  decisions: DecisionInsight[];
  paths: Guarded<PathFlow>;
  reading: Guarded<CohortReading>;
  attempts: AttemptComparison;
  months: MonthInsight[];
}

export interface CohortInsight {
  filter: InsightFilter;
  /**
   * Statements read; those counted; those that were not Casebook's (or not valid) and were
   * skipped; and those valid but outside the filter.
   */
  statements: { read: number; used: number; skipped: number; filtered: number };
  learners: number;
  /** Groupings seen (registrations are not listed: too many; extension keys and a few values). */
  groupings: { key: string; values: string[] }[];
  scenarios: Guarded<ScenarioInsight>[];
  /** The whole cohort across every scenario in the filter. */
  cohort: Guarded<CohortReading>;
}

/** How far a read of the LRS has got: statements so far; the total is unknown until the end. */
export interface ReadProgress {
  statements: number;
  pages: number;
  total: 'unknown';
  done: boolean;
}
