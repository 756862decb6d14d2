/**
 * Older saved shapes are lifted to the current one step by step, so a learner's
 * progress survives every release: step `n` turns a version-`n` document into a
 * version-`n + 1` one. v1 is the first version, so there are no steps yet; the issue
 * that adds reflections adds `1: (doc) => ({ ...doc, version: 2, reflections: {} })`
 * here and bumps `PROGRESS_VERSION`. Steps work on plain JSON; the result is validated
 * afterwards like any other input.
 */
import { PROGRESS_VERSION } from './types';

/** The first version that ever existed: anything below it is not ours. */
export const FIRST_VERSION = 1;

export type JsonObject = Record<string, unknown>;
export type MigrationStep = (doc: JsonObject) => JsonObject;

export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export type Migrated = { ok: true; doc: JsonObject } | { ok: false; problem: string };

/** Lift `doc` (of version `from`) to version `to`; never throws. */
export function migrate(
  doc: JsonObject,
  from: number,
  to: number = PROGRESS_VERSION,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
): Migrated {
  let current = doc;
  for (let version = from; version < to; version++) {
    const step = steps[version];
    if (!step) return { ok: false, problem: `there is no way to update format ${version}` };
    try {
      current = { ...step(current), version: version + 1 };
    } catch {
      return { ok: false, problem: `it could not be updated from format ${version}` };
    }
  }
  return { ok: true, doc: current };
}
