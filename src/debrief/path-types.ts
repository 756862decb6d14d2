/**
 * The types of a recommendation's reasoning: each reason says which path it argues for
 * and how much it weighs, so "a path never contradicts a reason printed under it" is a
 * property tests can check rather than a hope about wording.
 */
import type { Quality } from '../contract';

/** The path a reason argues for: one side, both (the blended path), or none (context only). */
export type ReasonSide = 'management' | 'leadership' | 'both' | 'none';

/** Where a reason comes from. */
export type ReasonSource = 'evidence' | 'stage' | 'demands' | 'diagnosis' | 'patterns';

export interface WeighedReason {
  source: ReasonSource;
  side: ReasonSide;
  /** How much it counts towards its side; 0 for context. */
  weight: number;
  /** The words printed; a reason that argues against the path starts with "But". */
  text: string;
  /** True when the reason argues for another path than the one chosen. */
  against: boolean;
}

/** How much the recommendation has to go on; without it, one whole run is assumed. */
export interface RecommendEvidence {
  /** `run`: the debrief of one run; `profile`: the learner's runs taken together. */
  scope: 'run' | 'profile';
  /** Completed runs behind the reading. */
  runs: number;
  /** Decisions across those runs. */
  decisions: number;
  /** Qualities shown effectively (for "work on next" when nothing else needs work). */
  qualities?: Partial<Record<Quality, number>>;
}
