/**
 * Action plans seen again: a plan may carry a day it is due, the learner's review of it
 * is kept with it, old plans (free text only) still load, and which plans to ask about
 * follows a fixed "today", never the machine's date.
 */
import { describe, expect, it } from 'vitest';
import {
  TEXT_LIMIT,
  actionPlans,
  loadProgress,
  localDay,
  plansToReview,
  reflectionOf,
  reviewIsDue,
  reviewPlan,
  saveReflection,
  type ActionPlan,
} from '../../src/progress';
import { layoutStorage } from './memory-storage';
import { at, clone, sampleProgress } from './sample';

const later = at(50);

describe('saving a plan with a day', () => {
  it('keeps the day beside the free-text "when", and clears it when the date input is emptied', () => {
    const dated = saveReflection(
      sampleProgress(),
      'r-done',
      { plan: { due: '2025-03-12' } },
      later,
    );
    expect(reflectionOf(dated, 'r-done')?.plan).toEqual({
      what: 'Agree the dates in writing',
      who: 'Sam',
      when: "Monday's one-to-one",
      due: '2025-03-12',
    });
    const cleared = saveReflection(dated, 'r-done', { plan: { due: '' } }, at(51));
    expect(reflectionOf(cleared, 'r-done')?.plan).not.toHaveProperty('due');
    expect(reflectionOf(cleared, 'r-done')?.updatedAt).toBe(at(51).toISOString());
    expect(saveReflection(cleared, 'r-done', { plan: { due: '' } }, at(52))).toBe(cleared);
  });

  it.each([['2025-02-30'], ['12/03/2025'], ['2025-3-12'], ['tomorrow']])(
    'refuses a day that is not a real calendar day (%s)',
    (due) => {
      const p = sampleProgress();
      expect(saveReflection(p, 'r-done', { plan: { due } }, later)).toBe(p);
    },
  );
});

describe('reviewing a plan', () => {
  it('keeps the answer and its time with the plan', () => {
    const p = reviewPlan(sampleProgress(), 'r-done', 'Done on Monday; Sam set the dates.', later);
    expect(reflectionOf(p, 'r-done')?.plan.review).toEqual({
      answer: 'Done on Monday; Sam set the dates.',
      at: later.toISOString(),
    });
    expect(reflectionOf(p, 'r-done')?.updatedAt).toBe(later.toISOString());
    expect(reflectionOf(p, 'r-done')?.answers['went-well']).toBe('I asked before I judged.');
  });

  it('changes nothing for a run without a reflection, an over-long answer, or the same answer', () => {
    const p = sampleProgress();
    expect(reviewPlan(p, 'r-nothing', 'Went well.', later)).toBe(p);
    expect(reviewPlan(p, 'r-done', 'x'.repeat(TEXT_LIMIT + 1), later)).toBe(p);
    const once = reviewPlan(p, 'r-done', 'Went well.', later);
    expect(reviewPlan(once, 'r-done', 'Went well.', at(51))).toBe(once);
  });
});

describe('saved plans load, old and new', () => {
  const load = (plan: Record<string, unknown>) => {
    const doc = clone(sampleProgress()) as unknown as {
      reflections: Record<string, { plan: unknown }>;
    };
    (doc.reflections['r-done'] as { plan: unknown }).plan = plan;
    return loadProgress(layoutStorage(doc as unknown as Record<string, unknown>), later);
  };
  const old = { what: 'Agree the dates', who: 'Sam', when: 'Friday' };

  it.each([
    ['a plan saved before dates existed', old],
    ['a plan with a day', { ...old, due: '2025-03-12' }],
    [
      'a reviewed plan',
      { ...old, due: '2025-03-12', review: { answer: 'It went well.', at: later.toISOString() } },
    ],
  ])('accepts %s', (_, plan) => {
    const loaded = load(plan);
    expect(loaded.notices).toEqual([]);
    expect(reflectionOf(loaded.progress, 'r-done')?.plan).toEqual(plan);
  });

  it.each([
    ['a day that does not exist', { ...old, due: '2025-02-30' }, 'plan.due'],
    ['a review without its time', { ...old, review: { answer: 'Fine.' } }, 'plan.review.at'],
    [
      'an over-long review',
      { ...old, review: { answer: 'x'.repeat(TEXT_LIMIT + 1), at: later.toISOString() } },
      'plan.review.answer',
    ],
  ])('reports %s at its path, and keeps the other records', (_, plan, path) => {
    const loaded = load(plan);
    expect(JSON.stringify(loaded.notices)).toContain(`reflections[\\"r-done\\"].${path}`);
    expect(reflectionOf(loaded.progress, 'r-gone')).toBeDefined();
  });
});

describe('which plans to ask about', () => {
  const plan = (extra: Partial<ActionPlan>): ActionPlan => ({
    what: 'Agree the dates',
    who: 'Sam',
    when: 'Friday',
    ...extra,
  });

  it.each([
    ['the day after it was due', plan({ due: '2025-03-12' }), '2025-03-13', true],
    ['weeks after', plan({ due: '2025-03-12' }), '2025-04-30', true],
    ['on the day it is due', plan({ due: '2025-03-12' }), '2025-03-12', false],
    ['before it is due', plan({ due: '2025-03-12' }), '2025-03-01', false],
    ['with no day, only free text', plan({}), '2030-01-01', false],
    [
      'once reviewed',
      plan({ due: '2025-03-12', review: { answer: 'Done.', at: '2025-03-14T09:00:00.000Z' } }),
      '2025-03-20',
      false,
    ],
    ['with nothing written to do', plan({ what: '  ', due: '2025-03-12' }), '2025-03-20', false],
  ])('%s: %s', (_, p, today, due) => {
    expect(reviewIsDue(p, today)).toBe(due);
  });

  it('reads today as the learner’s calendar day, not the UTC one', () => {
    expect(localDay(new Date(2025, 2, 12, 0, 30))).toBe('2025-03-12');
    expect(localDay(new Date(2025, 2, 12, 23, 30))).toBe('2025-03-12');
    expect(localDay(new Date(2025, 11, 31, 12))).toBe('2025-12-31');
  });

  it('lists every written plan, dated ones soonest first, with its scenario; asks only about the overdue', () => {
    let p = sampleProgress();
    p = saveReflection(p, 'r-now', { plan: { what: 'Ask Ana first', due: '2025-03-20' } }, at(40));
    p = saveReflection(p, 'r-done', { plan: { due: '2025-03-10' } }, at(41));
    p = saveReflection(p, 'r-gone', { plan: { what: 'Check in weekly' } }, at(42));
    expect(actionPlans(p).map((x) => [x.runId, x.scenarioId, x.plan.due])).toEqual([
      ['r-done', 'missed-deadline', '2025-03-10'],
      ['r-now', 'missed-deadline', '2025-03-20'],
      ['r-gone', undefined, undefined],
    ]);
    expect(plansToReview(p, '2025-03-15').map((x) => x.runId)).toEqual(['r-done']);
    expect(plansToReview(p, '2025-03-21').map((x) => x.runId)).toEqual(['r-done', 'r-now']);
    p = reviewPlan(p, 'r-done', 'Done.', at(43));
    expect(plansToReview(p, '2025-03-21').map((x) => x.runId)).toEqual(['r-now']);
  });
});
