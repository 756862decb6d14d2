/**
 * Older saved shapes are lifted step by step to the current one: the real v1 → v2 step
 * (the debrief) only adds, v2 → v3 (the storage layout) changes nothing in the shape,
 * and the mechanism is checked with steps made up for the test.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, PROGRESS_VERSION, migrate, type MigrationStep } from '../../src/progress';

describe('migrate', () => {
  it('lifts a v1 document to v2 by adding an empty profile and no reflections', () => {
    expect(PROGRESS_VERSION).toBe(3);
    expect(Object.keys(MIGRATIONS)).toEqual(['1', '2']);
    const run = { id: 'r-1', events: ['A'] };
    const doc = { version: 1, runs: { 'r-1': run }, settings: { coaching: 'practice' } };
    expect(migrate(doc, 1, 2)).toEqual({
      ok: true,
      doc: { ...doc, version: 2, profile: {}, reflections: {} },
    });
    expect(doc).toEqual({ version: 1, runs: { 'r-1': run }, settings: { coaching: 'practice' } });
    expect(migrate({ version: 3, runs: {} }, 3)).toEqual({
      ok: true,
      doc: { version: 3, runs: {} },
    });
  });

  it('lifts a v2 document to v3 with nothing added: only the storage layout changed', () => {
    const doc = { version: 2, runs: {}, settings: { coaching: 'practice' }, profile: {} };
    expect(migrate({ ...doc, reflections: {} }, 2)).toEqual({
      ok: true,
      doc: { ...doc, reflections: {}, version: 3 },
    });
    expect(migrate({ version: 1, runs: {} }, 1)).toEqual({
      ok: true,
      doc: { version: 3, runs: {}, profile: {}, reflections: {} },
    });
  });

  it('never replaces a field the v1 document already holds: validation judges it', () => {
    const doc = { version: 1, runs: {}, profile: 'odd', reflections: [1] };
    expect(migrate(doc, 1)).toEqual({ ok: true, doc: { ...doc, version: 3 } });
  });

  it('applies each step in order, setting the version as it goes', () => {
    const steps: Record<number, MigrationStep> = {
      1: (doc) => ({ ...doc, reflections: {} }),
      2: (doc) => ({ ...doc, profile: { seen: doc.version } }),
    };
    expect(migrate({ version: 1, runs: {} }, 1, 3, steps)).toEqual({
      ok: true,
      doc: { version: 3, runs: {}, reflections: {}, profile: { seen: 2 } },
    });
  });

  it('reports a missing or failing step instead of throwing', () => {
    expect(migrate({ version: 1 }, 1, 3, { 1: (d) => d })).toEqual({
      ok: false,
      problem: 'there is no way to update format 2',
    });
    const failing = {
      1: () => {
        throw new Error('boom');
      },
    };
    expect(migrate({ version: 1 }, 1, 2, failing)).toMatchObject({ ok: false });
  });
});
