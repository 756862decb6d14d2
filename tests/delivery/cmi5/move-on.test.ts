/**
 * What an ending reports for each moveOn of LMS.LaunchData (cmi5 9.3 and 10): completed
 * always once, passed or failed when the LMS asks for a judgement, judged against the
 * LMS's masteryScore over the course's pass mark, nothing in Browse or Review, and
 * nothing twice in one registration.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORE_RULE, scoreRun } from '../../../src/delivery';
import { endingVerbs, passes } from '../../../src/delivery/cmi5/move-on';

const strong = scoreRun(DEFAULT_SCORE_RULE, 's', { id: 'a', outcome: 'strong' });
const mixed = scoreRun(DEFAULT_SCORE_RULE, 's', { id: 'b', outcome: 'mixed' });
const weak = scoreRun(DEFAULT_SCORE_RULE, 's', { id: 'c', outcome: 'weak' });
const none = { completed: false, judged: false };
const normal = { launchMode: 'Normal' as const };

describe('endingVerbs', () => {
  it('Completed and NotApplicable: completed only', () => {
    expect(endingVerbs({ ...normal, moveOn: 'Completed' }, weak, none)).toEqual(['completed']);
    expect(endingVerbs({ ...normal, moveOn: 'NotApplicable' }, strong, none)).toEqual([
      'completed',
    ]);
  });

  it('Passed, CompletedAndPassed, CompletedOrPassed: completed, then passed or failed by the score', () => {
    for (const moveOn of ['Passed', 'CompletedAndPassed', 'CompletedOrPassed'] as const) {
      expect(endingVerbs({ ...normal, moveOn }, strong, none)).toEqual(['completed', 'passed']);
      expect(endingVerbs({ ...normal, moveOn }, mixed, none)).toEqual(['completed', 'passed']);
      expect(endingVerbs({ ...normal, moveOn }, weak, none)).toEqual(['completed', 'failed']);
    }
  });

  it("judges against the LMS's masteryScore over the course's pass score, whatever the moveOn", () => {
    expect(endingVerbs({ ...normal, moveOn: 'Passed', masteryScore: 0.7 }, mixed, none)).toEqual([
      'completed',
      'failed',
    ]);
    expect(endingVerbs({ ...normal, moveOn: 'Passed', masteryScore: 0.2 }, weak, none)).toEqual([
      'completed',
      'passed',
    ]);
    expect(endingVerbs({ ...normal, moveOn: 'Completed', masteryScore: 0.6 }, mixed, none)).toEqual(
      ['completed', 'passed'],
    );
    expect(passes(mixed, undefined)).toBe(true);
    expect(passes(mixed, 0.61)).toBe(false);
    expect(passes(mixed, 0.6)).toBe(true);
  });

  it('sends nothing in Browse or Review mode', () => {
    for (const launchMode of ['Browse', 'Review'] as const)
      expect(
        endingVerbs({ launchMode, moveOn: 'CompletedAndPassed', masteryScore: 0.5 }, strong, none),
      ).toEqual([]);
  });

  it('never completes or judges a registration twice', () => {
    const l = { ...normal, moveOn: 'CompletedAndPassed' as const };
    expect(endingVerbs(l, strong, { completed: true, judged: false })).toEqual(['passed']);
    expect(endingVerbs(l, weak, { completed: false, judged: true })).toEqual(['completed']);
    expect(endingVerbs(l, strong, { completed: true, judged: true })).toEqual([]);
  });
});
