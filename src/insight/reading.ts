/**
 * A group of learners read in the framework's terms with the debrief's own rules: each
 * learner's choices (across the runs in the group) are counted as the debrief counts a
 * run's, and `diagnose` reads them (the counts rule, as for a profile across runs); the
 * failure patterns that recur are those at least `MIN_LEARNERS` learners showed; the
 * programme is `recommend`'s path for the most common reading and those patterns, with the
 * reasons said of the cohort rather than of one learner (worded when they are read:
 * reasons.ts).
 */
import { PATTERN_DOMAINS, type Pattern } from '../contract';
import { diagnose, recommend, type Balance, type DiagnosisKind } from '../debrief';
import type { ChoiceState } from './state';
import { MIN_LEARNERS, type CohortBalance, type CohortReading, type Guarded } from './types';

const SUPPRESSED = { suppressed: true, reason: 'fewer-than-min-learners' } as const;

export const guarded = <T>(learners: number, value: () => T): Guarded<T> =>
  learners >= MIN_LEARNERS ? value() : SUPPRESSED;

export const emptyBalance = (): CohortBalance => ({
  management: { effective: 0, counterproductive: 0 },
  leadership: { effective: 0, counterproductive: 0 },
});

/** Adds one decision's behaviours to a balance, as the debrief counts a run's. */
export function addChoice(balance: CohortBalance, choice: ChoiceState) {
  for (const b of choice.behaviours) balance[b.domain][b.polarity] += 1;
}

/** One learner's decisions in the group. */
export interface LearnerChoices {
  learner: number;
  choices: ChoiceState[];
}

const ORDER: DiagnosisKind[] = [
  'balanced',
  'execution-without-direction',
  'direction-without-execution',
  'foundations-first',
];

export function readGroup(decisions: LearnerChoices[]): Guarded<CohortReading> {
  const byLearner = new Map<number, ChoiceState[]>();
  for (const d of decisions) {
    const list = byLearner.get(d.learner) ?? [];
    list.push(...d.choices);
    byLearner.set(d.learner, list);
  }
  return guarded(byLearner.size, () => read(byLearner));
}

function read(byLearner: Map<number, ChoiceState[]>): CohortReading {
  const balance = emptyBalance();
  const diagnoses: Partial<Record<DiagnosisKind, number>> = {};
  const patternLearners = new Map<Pattern, number>();
  let decisions = 0;
  for (const choices of byLearner.values()) {
    const own: Balance = emptyBalance();
    const shown = new Set<Pattern>();
    for (const c of choices) {
      decisions += 1;
      addChoice(own, c);
      for (const b of c.behaviours)
        if (b.polarity === 'counterproductive' && b.pattern) shown.add(b.pattern);
    }
    for (const side of ['management', 'leadership'] as const) {
      balance[side].effective += own[side].effective;
      balance[side].counterproductive += own[side].counterproductive;
    }
    const { kind } = diagnose(own);
    diagnoses[kind] = (diagnoses[kind] ?? 0) + 1;
    for (const p of shown) patternLearners.set(p, (patternLearners.get(p) ?? 0) + 1);
  }
  const patterns = [...patternLearners]
    .filter(([, n]) => n >= MIN_LEARNERS)
    .map(([pattern, learners]) => ({ pattern, side: PATTERN_DOMAINS[pattern], learners }))
    .sort((a, b) => b.learners - a.learners || a.pattern.localeCompare(b.pattern));
  const common = ORDER.reduce((top, k) => ((diagnoses[k] ?? 0) > (diagnoses[top] ?? 0) ? k : top));
  const recommendation = recommend(
    { kind: common },
    patterns.map((p) => ({ pattern: p.pattern, side: p.side, decisions: [], count: p.learners })),
    {},
    { scope: 'profile', runs: byLearner.size, decisions },
  );
  const learners = byLearner.size;
  return {
    balance,
    diagnoses,
    patterns,
    programme: { path: recommendation.path, common, learners },
  };
}
