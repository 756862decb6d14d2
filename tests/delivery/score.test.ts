import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORE_RULE, scoreRun, type ScoreRule } from '../../src/delivery';

describe('scoreRun', () => {
  it('scores an ending by its outcome by default: strong and mixed pass, weak does not', () => {
    const strong = scoreRun(DEFAULT_SCORE_RULE, 'missed-deadline', { id: 'a', outcome: 'strong' });
    const mixed = scoreRun(DEFAULT_SCORE_RULE, 'missed-deadline', { id: 'b', outcome: 'mixed' });
    const weak = scoreRun(DEFAULT_SCORE_RULE, 'missed-deadline', { id: 'c', outcome: 'weak' });
    expect([strong.raw, mixed.raw, weak.raw]).toEqual([100, 60, 30]);
    expect([strong.passed, mixed.passed, weak.passed]).toEqual([true, true, false]);
    expect(mixed).toMatchObject({ min: 0, max: 100, scaled: 0.6 });
  });

  it("takes the author's score for one ending over its outcome's, and the author's pass mark", () => {
    const rule: ScoreRule = {
      scores: { strong: 90, mixed: 50, weak: 10 },
      endings: { 'missed-deadline/rescued': 75 },
      passScore: 80,
    };
    expect(scoreRun(rule, 'missed-deadline', { id: 'rescued', outcome: 'mixed' })).toMatchObject({
      raw: 75,
      scaled: 0.75,
      passed: false,
    });
    expect(scoreRun(rule, 'other', { id: 'rescued', outcome: 'strong' })).toMatchObject({
      raw: 90,
      passed: true,
    });
  });
});
