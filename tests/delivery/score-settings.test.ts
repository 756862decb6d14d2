// delivery.json's scores over the defaults: what is set wins, what is not keeps the default.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORE_RULE, scoreRun } from '../../src/delivery';
import { scoreRuleOf } from '../../src/delivery/score-settings';

describe('scoreRuleOf', () => {
  it('is the default rule when nothing is set', () => {
    expect(scoreRuleOf({})).toEqual(DEFAULT_SCORE_RULE);
  });

  it('puts each setting over its default, and scores a named ending by its own score', () => {
    const rule = scoreRuleOf({
      scores: { mixed: 70 },
      endings: { 'missed-deadline/outcome-owned-plan': 90 },
      passScore: 75,
    });
    expect(rule).toEqual({
      scores: { strong: 100, mixed: 70, weak: 30 },
      endings: { 'missed-deadline/outcome-owned-plan': 90 },
      passScore: 75,
    });
    expect(
      scoreRun(rule, 'missed-deadline', { id: 'outcome-owned-plan', outcome: 'mixed' }),
    ).toMatchObject({ raw: 90, passed: true });
    expect(scoreRun(rule, 'missed-deadline', { id: 'other', outcome: 'mixed' })).toMatchObject({
      raw: 70,
      passed: false,
    });
  });
});
