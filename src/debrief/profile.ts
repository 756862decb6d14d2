/**
 * The learner's capability map across all completed runs: each domain, each quality,
 * the failure patterns seen most, a diagnosis over everything, the training path for
 * their role, and which scenarios to play next.
 */
import type { Pattern, Quality, ScenarioCard } from '../contract';
import { diagnose } from './diagnose';
import { recommend } from './recommend';
import type {
  Balance,
  Debrief,
  Diagnosis,
  LearnerProfileInput,
  PatternSeen,
  Recommendation,
} from './types';

export interface CapabilityMap {
  runs: number;
  balance: Balance;
  qualities: Partial<Record<Quality, number>>;
  /** Most frequent first; `count` is the number of decisions that showed it. */
  patterns: (PatternSeen & { count: number })[];
  diagnosis: Diagnosis;
  recommendation: Recommendation;
  suggestions: { id: string; title: string; why: string }[];
}

export function capabilityMap(
  debriefs: Debrief[],
  cards: ScenarioCard[],
  profile: LearnerProfileInput,
  completed: ReadonlySet<string>,
): CapabilityMap {
  const balance: Balance = {
    management: { effective: 0, counterproductive: 0 },
    leadership: { effective: 0, counterproductive: 0 },
  };
  const qualities: Partial<Record<Quality, number>> = {};
  const patterns = new Map<Pattern, PatternSeen & { count: number }>();
  for (const d of debriefs) {
    for (const domain of ['management', 'leadership'] as const) {
      balance[domain].effective += d.balance[domain].effective;
      balance[domain].counterproductive += d.balance[domain].counterproductive;
    }
    for (const [quality, n] of Object.entries(d.qualities) as [Quality, number][])
      qualities[quality] = (qualities[quality] ?? 0) + n;
    for (const p of d.patterns) {
      const seen = patterns.get(p.pattern) ?? { ...p, decisions: [], count: 0 };
      seen.count += p.decisions.length;
      patterns.set(p.pattern, seen);
    }
  }
  const sorted = [...patterns.values()].sort(
    (a, b) => b.count - a.count || (a.pattern < b.pattern ? -1 : 1),
  );
  const diagnosis = diagnose(balance);
  const recommendation = recommend(diagnosis, sorted, profile);
  return {
    runs: debriefs.length,
    balance,
    qualities,
    patterns: sorted,
    diagnosis,
    recommendation,
    suggestions: suggest(cards, recommendation, profile, completed),
  };
}

function suggest(
  cards: ScenarioCard[],
  recommendation: Recommendation,
  profile: LearnerProfileInput,
  completed: ReadonlySet<string>,
) {
  const wanted =
    recommendation.path === 'management-fundamentals'
      ? 'management'
      : recommendation.path === 'leadership-development'
        ? 'leadership'
        : 'both';
  const score = (card: ScenarioCard) =>
    (card.focus === wanted ? 2 : card.focus === 'both' ? 1 : 0) +
    (profile.stage && card.audience === profile.stage ? 2 : 0) +
    (completed.has(card.id) ? -3 : 0);
  return [...cards]
    .sort((a, b) => score(b) - score(a) || (a.title < b.title ? -1 : 1))
    .slice(0, 3)
    .map((card) => {
      const reasons = [
        card.focus === wanted
          ? 'it exercises the side your path works on'
          : card.focus === 'both'
            ? 'it asks for both execution and direction'
            : '',
        profile.stage && card.audience === profile.stage
          ? 'it is written for your career stage'
          : '',
        completed.has(card.id)
          ? 'you have played it before: try a different road'
          : 'you have not played it yet',
      ].filter(Boolean);
      return {
        id: card.id,
        title: card.title,
        why: `${reasons.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
      };
    });
}
