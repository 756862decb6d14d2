/**
 * What a debrief could not read, as data: each problem is a code from this one
 * catalogue with the facts it names (which decision, which tag, which choice), so tests
 * assert codes and values, and the page and the Markdown report say the same words,
 * produced here from the data (as src/contract/catalogue.ts does for diagnostics), in the
 * learner's language (catalog area `reading`).
 */
import { t } from '../i18n';
import '../i18n/areas/reading';

/** A decision by its index in the run (0-based) and its choice's label as plain text. */
interface AtDecision {
  decision: number;
  choice: string;
}

export const PROBLEMS = {
  /** A choice was tagged with a behaviour the course's taxonomy no longer has. */
  'unknown-behaviour': (p: AtDecision & { behaviour: string }) =>
    t('reading.problems.unknown-behaviour', {
      decision: String(p.decision + 1),
      choice: p.choice,
      behaviour: p.behaviour,
    }),
  /** A choice has no behaviour tags at all. */
  'untagged-choice': (p: AtDecision) =>
    t('reading.problems.untagged-choice', { decision: String(p.decision + 1), choice: p.choice }),
  /** The run's choice at `decision` is not in the scenario any more: the debrief stops before it. */
  'scenario-changed': (p: { decision: number; event: string }) =>
    t('reading.problems.scenario-changed', {
      readable: String(p.decision),
      decision: String(p.decision + 1),
      event: p.event,
    }),
} as const;

type ProblemCode = keyof typeof PROBLEMS;

/** One problem: its code and the facts its words are made from. */
export type DebriefProblem = {
  [C in ProblemCode]: { code: C } & Parameters<(typeof PROBLEMS)[C]>[0];
}[ProblemCode];

/** The plain words of a problem, for the learner. */
export function problemText(problem: DebriefProblem): string {
  const words = PROBLEMS[problem.code] as (p: DebriefProblem) => string;
  return words(problem);
}
