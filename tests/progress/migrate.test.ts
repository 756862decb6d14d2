/**
 * Older saved shapes are lifted step by step to the current one. v1 is the first, so
 * the real chain is empty; the mechanism is checked with steps made up for the test,
 * as the issue that adds reflections will add the first real one.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, PROGRESS_VERSION, migrate, type MigrationStep } from '../../src/progress';

describe('migrate', () => {
  it('has no steps yet: v1 is the first version and passes through as it is', () => {
    expect(PROGRESS_VERSION).toBe(1);
    expect(MIGRATIONS).toEqual({});
    const doc = { version: 1, runs: {} };
    expect(migrate(doc, 1)).toEqual({ ok: true, doc });
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
