/**
 * The score and pass rule an LMS records for a finished run. By default the ending's
 * outcome decides it (strong 100, mixed 60, weak 30 out of 100; a run passes at 60,
 * so a mixed ending passes and a weak one does not); a course author may set other
 * scores per outcome, a score for one ending, and the pass mark (`package` reads them
 * from the course's `delivery.json` and builds them in, see docs/delivery.md).
 * SCORM 1.2 reads `raw` against `min`/`max`, SCORM 2004 and cmi5 read `scaled`.
 */
import type { Outcome } from '../contract';

export interface ScoreRule {
  /** The score of an ending by its outcome, 0–100. */
  scores: Record<Outcome, number>;
  /** Scores for single endings, by `scenarioId/endingId`, over the outcome's. */
  endings?: Record<string, number>;
  /** A run passes when its score is at least this, 0–100. */
  passScore: number;
}

export const DEFAULT_SCORE_RULE: ScoreRule = {
  scores: { strong: 100, mixed: 60, weak: 30 },
  passScore: 60,
};

export interface RunScore {
  raw: number;
  min: 0;
  max: 100;
  /** `raw / 100`, for SCORM 2004's `cmi.score.scaled` and xAPI's `result.score.scaled`. */
  scaled: number;
  passed: boolean;
}

export function scoreRun(
  rule: ScoreRule,
  scenarioId: string,
  ending: { id: string; outcome: Outcome },
): RunScore {
  const raw = rule.endings?.[`${scenarioId}/${ending.id}`] ?? rule.scores[ending.outcome];
  return { raw, min: 0, max: 100, scaled: raw / 100, passed: raw >= rule.passScore };
}
