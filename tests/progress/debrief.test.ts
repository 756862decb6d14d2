/**
 * Reflections and the profile change through pure updates, one `produce` each: they
 * merge, move `updatedAt` only when something changed, return the same object when
 * nothing did, and refuse whatever a load would reject (over-long text above all).
 */
import { describe, expect, it } from 'vitest';
import {
  TEXT_LIMIT,
  allRuns,
  emptyProgress,
  reflectionOf,
  saveReflection,
  setProfile,
} from '../../src/progress';
import { at, clone, sampleProgress } from './sample';

const later = at(50);

describe('saveReflection', () => {
  it('creates a reflection with empty plan fields, keyed by run id', () => {
    const p = saveReflection(
      sampleProgress(),
      'r-now',
      { answers: { 'went-well': '  I listened.  ' } },
      later,
    );
    expect(reflectionOf(p, 'r-now')).toEqual({
      runId: 'r-now',
      answers: { 'went-well': '  I listened.  ' },
      plan: { what: '', who: '', when: '' },
      updatedAt: later.toISOString(),
    });
  });

  it('merges answers and plan fields into the existing reflection', () => {
    const before = sampleProgress();
    const p = saveReflection(
      before,
      'r-done',
      { answers: { 'do-differently': 'Ask sooner.', 'what-surprised': '' }, plan: { who: 'Ana' } },
      later,
    );
    expect(reflectionOf(p, 'r-done')).toEqual({
      runId: 'r-done',
      answers: {
        'went-well': 'I asked before I judged.',
        'do-differently': 'Ask sooner.',
        'what-surprised': '',
      },
      plan: { what: 'Agree the dates in writing', who: 'Ana', when: "Monday's one-to-one" },
      updatedAt: later.toISOString(),
    });
    expect(p.reflections['r-gone']).toBe(before.reflections['r-gone']);
    expect(allRuns(p)).toBe(allRuns(before));
  });

  it('returns the same object, and keeps updatedAt, when nothing changes', () => {
    const p = sampleProgress();
    const same = p.reflections['r-done'];
    expect(saveReflection(p, 'r-done', {}, later)).toBe(p);
    expect(
      saveReflection(
        p,
        'r-done',
        { answers: { 'went-well': same?.answers['went-well'] ?? '' }, plan: { who: 'Sam' } },
        later,
      ),
    ).toBe(p);
    expect(saveReflection(p, 'r-new', {}, later)).toBe(p);
    expect(saveReflection(p, 'r-new', { plan: { what: '' } }, later)).toBe(p);
  });

  it('saves a reflection for a run that does not exist: the words are kept', () => {
    const p = saveReflection(emptyProgress(), 'r-elsewhere', { plan: { when: 'Friday' } }, later);
    expect(reflectionOf(p, 'r-elsewhere')?.plan.when).toBe('Friday');
  });

  it(`takes text of exactly ${TEXT_LIMIT} characters, and refuses a patch with longer text`, () => {
    const p = sampleProgress();
    const full = 'é'.repeat(TEXT_LIMIT);
    expect(
      reflectionOf(saveReflection(p, 'r-now', { plan: { what: full } }, later), 'r-now')?.plan.what,
    ).toBe(full);
    const long = `${full}!`;
    expect(saveReflection(p, 'r-now', { answers: { 'went-well': long } }, later)).toBe(p);
    expect(
      saveReflection(p, 'r-done', { answers: { 'went-well': 'ok' }, plan: { when: long } }, later),
    ).toBe(p);
  });

  it.each([
    ['a prompt id that is not kebab-case', 'r-now', { answers: { 'Went well': 'x' } }],
    ['a reserved prompt id', 'r-now', { answers: { constructor: 'x' } }],
    ['__proto__ as a prompt id', 'r-now', { answers: JSON.parse('{"__proto__":"x"}') as never }],
    ['an empty run id', '', { answers: { 'went-well': 'x' } }],
    ['__proto__ as the run id', '__proto__', { answers: { 'went-well': 'x' } }],
  ])('refuses %s', (_what, runId, patch) => {
    const p = sampleProgress();
    expect(saveReflection(p, runId, patch, later)).toBe(p);
    expect(Object.getPrototypeOf(p.reflections)).toBe(Object.prototype);
  });

  it('never changes its input', () => {
    const before = sampleProgress();
    const copy = clone(before);
    saveReflection(
      before,
      'r-done',
      { answers: { 'went-well': 'New' }, plan: { who: 'X' } },
      later,
    );
    saveReflection(before, 'r-new', { answers: { 'went-well': 'New' } }, later);
    setProfile(before, { stage: 'senior-leader', demands: undefined }, later);
    expect(before).toEqual(copy);
  });
});

describe('reflectionOf', () => {
  it('finds the reflection on a run, and nothing for other ids', () => {
    const p = sampleProgress();
    expect(reflectionOf(p, 'r-done')?.plan.who).toBe('Sam');
    expect(reflectionOf(p, 'r-now')).toBeUndefined();
    expect(reflectionOf(p, 'toString')).toBeUndefined();
    expect(reflectionOf(p, '__proto__')).toBeUndefined();
  });
});

describe('setProfile', () => {
  it('starts empty, and records each answer with the time', () => {
    expect(emptyProgress().profile).toEqual({});
    let p = setProfile(emptyProgress(), { stage: 'experienced-manager' }, at(1));
    expect(p.profile).toEqual({ stage: 'experienced-manager', updatedAt: at(1).toISOString() });
    p = setProfile(p, { demands: 'direction' }, at(2));
    expect(p.profile).toEqual({
      stage: 'experienced-manager',
      demands: 'direction',
      updatedAt: at(2).toISOString(),
    });
  });

  it('clears an answer given as undefined, and keeps one left out', () => {
    const p = setProfile(sampleProgress(), { demands: undefined }, later);
    expect(p.profile).toEqual({ stage: 'new-manager', updatedAt: later.toISOString() });
    expect(Object.hasOwn(p.profile, 'demands')).toBe(false);
  });

  it('returns the same object when nothing changes', () => {
    const p = sampleProgress();
    expect(setProfile(p, {}, later)).toBe(p);
    expect(setProfile(p, { stage: 'new-manager', demands: 'both' }, later)).toBe(p);
    const empty = emptyProgress();
    expect(setProfile(empty, { stage: undefined }, later)).toBe(empty);
  });

  it('refuses an answer outside its list', () => {
    const p = sampleProgress();
    expect(setProfile(p, { stage: 'intern' as never }, later)).toBe(p);
    expect(setProfile(p, { stage: 'senior-leader', demands: 'neither' as never }, later)).toBe(p);
  });
});
