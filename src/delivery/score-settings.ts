/**
 * A course's delivery.json scores (any of them may be missing) over the defaults, as
 * the one ScoreRule a package reports by: vite.config.ts builds it into the package
 * (`__CASEBOOK_SCORE_RULE__`) from what `npm run package` passes in CASEBOOK_SCORE_RULE.
 */
import { DEFAULT_SCORE_RULE, type ScoreRule } from './score';

export interface ScoreSettings {
  scores?: Partial<ScoreRule['scores']>;
  endings?: Record<string, number>;
  passScore?: number;
}

export function scoreRuleOf(settings: ScoreSettings): ScoreRule {
  return {
    scores: { ...DEFAULT_SCORE_RULE.scores, ...settings.scores },
    passScore: settings.passScore ?? DEFAULT_SCORE_RULE.passScore,
    ...(settings.endings ? { endings: settings.endings } : {}),
  };
}
