/**
 * Older saved shapes are lifted to the current one step by step, so a learner's
 * progress survives every release: step `n` turns a version-`n` document into a
 * version-`n + 1` one. Steps work on plain JSON and only ever add: a field the old
 * document already holds is left for validation to judge (and, if unusable, to back
 * up and report), never silently replaced. The result is validated afterwards like any
 * other input. Storage keeps a verbatim copy of the old document before it is replaced
 * (`storage.ts`); an import file is its own copy.
 */
import { t } from '../i18n';
import { PROGRESS_VERSION } from './types';

/** The first version that ever existed: anything below it is not ours. */
export const FIRST_VERSION = 1;

export type JsonObject = Record<string, unknown>;
export type MigrationStep = (doc: JsonObject) => JsonObject;

/** A JSON object: not null, not a list. */
export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `doc[key]` if the document has it, else `fallback`. */
const kept = (doc: JsonObject, key: string, fallback: unknown) =>
  Object.hasOwn(doc, key) ? doc[key] : fallback;

export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  /** v1 → v2, the debrief: an empty learner profile and no reflections yet. */
  1: (doc) => ({
    ...doc,
    profile: kept(doc, 'profile', {}),
    reflections: kept(doc, 'reflections', {}),
  }),
  /**
   * v2 → v3, the storage layout: runs and reflections under their own keys. The shape is
   * unchanged, so a v2 document (or export file) needs nothing added.
   */
  2: (doc) => doc,
};

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
    if (!step)
      return { ok: false, problem: t('notices.problem.noMigration', { version: String(version) }) };
    try {
      current = { ...step(current), version: version + 1 };
    } catch {
      return {
        ok: false,
        problem: t('notices.problem.migrationFailed', { version: String(version) }),
      };
    }
  }
  return { ok: true, doc: current };
}
