/**
 * Weighing one decision: every behaviour counts on its own domain and polarity, so a
 * choice with both domains counts on both sides, and one that is effective and
 * counterproductive at once counts both ways and reads as a trade-off. The diagnosis and
 * the debrief's decision list read decisions through this one rule.
 */
import type { Domain } from '../contract';
import type { BehaviourView, DecisionReading, DomainBalance } from './types';

export function readingOf(behaviours: readonly Pick<BehaviourView, 'polarity'>[]): DecisionReading {
  const effective = behaviours.some((b) => b.polarity === 'effective');
  const counterproductive = behaviours.some((b) => b.polarity === 'counterproductive');
  if (effective && counterproductive) return 'trade-off';
  if (effective) return 'effective';
  if (counterproductive) return 'counterproductive';
  return 'neutral';
}

/** The effective and counterproductive behaviour one decision shows in one domain. */
export function weightIn(behaviours: readonly BehaviourView[], domain: Domain): DomainBalance {
  const inDomain = behaviours.filter((b) => b.domain === domain);
  return {
    effective: inDomain.filter((b) => b.polarity === 'effective').length,
    counterproductive: inDomain.filter((b) => b.polarity === 'counterproductive').length,
  };
}
