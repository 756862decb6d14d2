/**
 * The valibot schemas of the saved shape, and the checks one record at a time: a
 * damaged run costs that run only, never the rest. Problems come back with the JSON
 * path of the first thing wrong (`runs["r-1"].events[2]`) and a plain-words reason.
 * Schemas are strict: a field this version does not know is reported, not dropped.
 */
import * as v from 'valibot';
import type { Outcome } from '../contract';
import type { SavedRun, Settings } from './types';

const OUTCOME_VALUES = ['strong', 'mixed', 'weak'] as const satisfies readonly Outcome[];
/** Fails to compile if the contract gains an outcome this list does not have. */
const allOutcomes: Exclude<Outcome, (typeof OUTCOME_VALUES)[number]> extends never ? true : never =
  true;
void allOutcomes;

const time = v.pipe(v.string(), v.isoTimestamp('should be a date and time'));

const savedRunSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.nonEmpty('should not be empty')),
    scenarioId: v.string(),
    contentHash: v.string(),
    seed: v.number(),
    events: v.array(v.string()),
    startedAt: time,
    updatedAt: time,
    finishedAt: v.optional(time),
    status: v.picklist(['active', 'complete', 'stale']),
    ending: v.optional(v.strictObject({ id: v.string(), outcome: v.picklist(OUTCOME_VALUES) })),
    stale: v.optional(
      v.strictObject({
        step: v.pipe(
          v.number(),
          v.integer('should be a whole number'),
          v.minValue(0, 'should not be negative'),
        ),
        event: v.string(),
        contentHash: v.string(),
      }),
    ),
  }),
  v.check(
    (r) => r.status !== 'complete' || (r.ending !== undefined && r.finishedAt !== undefined),
    'it is marked complete but does not say how and when it ended',
  ),
  v.check(
    (r) => r.status !== 'stale' || r.stale !== undefined,
    'it is marked out of date but does not say why',
  ),
  v.check(
    (r) => r.status === 'stale' || r.stale === undefined,
    'it says why it is out of date but is not marked so',
  ),
  v.check(
    (r) => r.status !== 'active' || (r.ending === undefined && r.finishedAt === undefined),
    'it is still in progress but has an ending',
  ),
);

const settingsSchema = v.strictObject({ coaching: v.picklist(['practice', 'assessment']) });

/** Fails to compile if the schemas drift from the hand-written types. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const runTypeMatches: Same<v.InferOutput<typeof savedRunSchema>, SavedRun> = true;
const settingsTypeMatches: Same<v.InferOutput<typeof settingsSchema>, Settings> = true;
void runTypeMatches;
void settingsTypeMatches;

export type Checked<T> = { ok: true; value: T } | { ok: false; at: string; problem: string };

/** `runs["r-1"]`: record keys are data, so always bracketed and quoted. */
export const recordPath = (field: string, key: string) => `${field}[${JSON.stringify(key)}]`;

/** A field name as a path step: `.name` when it is an identifier, else `["odd name"]`. */
function stepText(key: unknown): string {
  if (typeof key === 'number') return `[${key}]`;
  const name = String(key);
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** A top-level field's path: `settings`, or `["odd name"]`. */
export const fieldPath = (key: string) => stepText(key).replace(/^\./, '');

function pathOf(base: string, issue: v.BaseIssue<unknown>): string {
  return base + (issue.path ?? []).map((item) => stepText(item.key)).join('');
}

const WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  Array: 'a list',
  Object: 'a group of named fields',
};

/** The thing at the end of an issue's path, in words: `"status"`, `item 3 of "events"`. */
function subject(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const last = path[path.length - 1]?.key;
  if (last === undefined) return 'it';
  if (typeof last !== 'number') return `"${String(last)}"`;
  const parent = path[path.length - 2]?.key;
  return `item ${last + 1} of ${parent === undefined ? 'the list' : `"${String(parent)}"`}`;
}

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema') return issue.message;
  const last = issue.path?.[issue.path.length - 1]?.key;
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return `it has a field this version of Casebook does not know (${String(last)})`;
  if (issue.received === 'undefined' && last !== undefined) return `${subject(issue)} is missing`;
  const expected = issue.expected ?? 'something else';
  return `${subject(issue)} should be ${WORDS[expected] ?? expected} but is ${issue.received}`;
}

function check<T>(schema: v.GenericSchema<unknown, T>, value: unknown, base: string): Checked<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  const [first] = result.issues;
  return { ok: false, at: pathOf(base, first), problem: describe(first) };
}

/** Check one saved run stored under `key`; `base` is its path, e.g. `runs["r-1"]`. */
export function checkRun(key: string, value: unknown, base: string): Checked<SavedRun> {
  if (key === '__proto__')
    return { ok: false, at: base, problem: 'it is saved under a name that cannot be used' };
  const checked = check(savedRunSchema, value, base);
  if (checked.ok && checked.value.id !== key)
    return {
      ok: false,
      at: `${base}.id`,
      problem: `its id "${checked.value.id}" differs from the key it is saved under`,
    };
  return checked;
}

export function checkSettings(value: unknown, base: string): Checked<Settings> {
  return check(settingsSchema, value, base);
}
