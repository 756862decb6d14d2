/**
 * The valibot schemas of the saved shape, and the checks one record at a time: a
 * damaged run or reflection costs that record only, never the rest. Problems come back
 * with the JSON path of the first thing wrong (`runs["r-1"].events[2]`,
 * `reflections["r-1"].plan.when`) and a plain-words reason. Schemas are strict: a
 * field this version does not know is reported, not dropped.
 */
import * as v from 'valibot';
import { formatNumber, t, type MessageId } from '../i18n';
import type { Audience, Outcome } from '../contract';
import { isObject } from './migrate';
import {
  EVENT_LIMIT,
  TEXT_LIMIT,
  type Demands,
  type LearnerProfile,
  type Reflection,
  type SavedRun,
  type Settings,
} from './types';

/** A rule's message: the id of its words (`notices.schema.…`), looked up when a record fails it. */
const m = (id: MessageId) => id;

/** Fails to compile unless `List` names every member of `Union`. */
type Covers<List extends readonly unknown[], Union> =
  Exclude<Union, List[number]> extends never ? true : never;

const OUTCOME_VALUES = ['strong', 'mixed', 'weak'] as const satisfies readonly Outcome[];
const STAGE_VALUES = [
  'new-manager',
  'experienced-manager',
  'senior-leader',
] as const satisfies readonly Audience[];
const DEMAND_VALUES = ['execution', 'direction', 'both'] as const satisfies readonly Demands[];
const allOutcomes: Covers<typeof OUTCOME_VALUES, Outcome> = true;
const allStages: Covers<typeof STAGE_VALUES, Audience> = true;
const allDemands: Covers<typeof DEMAND_VALUES, Demands> = true;
void [allOutcomes, allStages, allDemands];

/**
 * Names that cannot be used as keys of a saved record: JSON may hold them, but
 * assigning `__proto__` changes an object's prototype, and valibot's `record` skips all
 * three without a word, which would lose the text under them.
 */
const RESERVED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

const PROMPT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A prompt id: lowercase words joined by hyphens (`went-well`), and not a reserved name. */
export const isPromptId = (id: string) => PROMPT_ID.test(id) && !RESERVED_KEYS.has(id);

/** Text the learner wrote: at most `TEXT_LIMIT` characters. */
export const fitsLimit = (text: string) => text.length <= TEXT_LIMIT;

export const isStage = (value: unknown): value is Audience =>
  (STAGE_VALUES as readonly unknown[]).includes(value);

export const isDemands = (value: unknown): value is Demands =>
  (DEMAND_VALUES as readonly unknown[]).includes(value);

const time = v.pipe(v.string(), v.isoTimestamp(m('notices.schema.dateTime')));

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day written `2026-03-12` that exists (no 31 April). */
export function isIsoDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const calendarDay = v.pipe(v.string(), v.check(isIsoDay, m('notices.schema.day')));

const savedRunSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.nonEmpty(m('notices.schema.notEmpty'))),
    scenarioId: v.string(),
    contentHash: v.string(),
    seed: v.pipe(v.number(), v.finite(m('notices.schema.finite'))),
    events: v.pipe(
      v.array(v.string()),
      v.maxLength(EVENT_LIMIT, m('notices.schema.tooManyChoices')),
    ),
    startedAt: time,
    updatedAt: time,
    finishedAt: v.optional(time),
    status: v.picklist(['active', 'complete', 'stale']),
    ending: v.optional(v.strictObject({ id: v.string(), outcome: v.picklist(OUTCOME_VALUES) })),
    stale: v.optional(
      v.strictObject({
        step: v.pipe(
          v.number(),
          v.integer(m('notices.schema.whole')),
          v.minValue(0, m('notices.schema.negative')),
        ),
        event: v.string(),
        contentHash: v.string(),
      }),
    ),
  }),
  v.check(
    (r) => r.status !== 'complete' || (r.ending !== undefined && r.finishedAt !== undefined),
    m('notices.schema.completeWithoutEnding'),
  ),
  v.check(
    (r) => r.status !== 'stale' || r.stale !== undefined,
    m('notices.schema.staleWithoutWhy'),
  ),
  v.check(
    (r) => r.status === 'stale' || r.stale === undefined,
    m('notices.schema.whyWithoutStale'),
  ),
  v.check(
    (r) => r.status !== 'active' || (r.ending === undefined && r.finishedAt === undefined),
    m('notices.schema.activeWithEnding'),
  ),
);

const settingsSchema = v.strictObject({
  coaching: v.picklist(['practice', 'assessment']),
  // Timed decisions: an unreadable value falls back to the author's time and keeps the rest.
  timers: v.optional(v.fallback(v.picklist(['standard', 'double', 'off']), 'standard')),
  language: v.optional(
    v.pipe(
      v.string(),
      v.check((tag) => isLanguageTag(tag), m('notices.schema.notLanguageTag')),
    ),
  ),
});

/** A well-formed BCP 47 tag, in any case ('de', 'en-GB'); `Intl` knows the grammar. */
export function isLanguageTag(tag: string): boolean {
  if (tag.length === 0 || tag.length > 100) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const learnerText = v.pipe(v.string(), v.maxLength(TEXT_LIMIT, m('notices.schema.tooLong')));

/** valibot's object and record schemas take arrays too (as `{}`); a saved group never is one. */
const notList = v.custom<unknown>(
  (value) => !Array.isArray(value),
  m('notices.schema.listNotGroup'),
);

const reflectionSchema = v.strictObject({
  runId: v.pipe(v.string(), v.nonEmpty(m('notices.schema.notEmpty'))),
  answers: v.pipe(
    notList,
    v.record(v.pipe(v.string(), v.regex(PROMPT_ID, m('notices.schema.promptId'))), learnerText),
  ),
  plan: v.strictObject({
    what: learnerText,
    who: learnerText,
    when: learnerText,
    due: v.optional(calendarDay),
    review: v.optional(v.strictObject({ answer: learnerText, at: time })),
  }),
  updatedAt: time,
});

const profileSchema = v.pipe(
  notList,
  v.strictObject({
    stage: v.optional(v.picklist(STAGE_VALUES)),
    demands: v.optional(v.picklist(DEMAND_VALUES)),
    updatedAt: v.optional(time),
  }),
);

/** Fails to compile if the schemas drift from the hand-written types. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const runTypeMatches: Same<v.InferOutput<typeof savedRunSchema>, SavedRun> = true;
const settingsTypeMatches: Same<v.InferOutput<typeof settingsSchema>, Settings> = true;
const reflectionTypeMatches: Same<v.InferOutput<typeof reflectionSchema>, Reflection> = true;
const profileTypeMatches: Same<v.InferOutput<typeof profileSchema>, LearnerProfile> = true;
void [runTypeMatches, settingsTypeMatches, reflectionTypeMatches, profileTypeMatches];

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

/** Fields inside a record whose keys are data (prompt ids), so always bracketed and quoted. */
const KEYED_FIELDS = new Set(['answers']);

function pathOf(base: string, issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  return (
    base +
    path
      .map((item, i) => {
        const parent = path[i - 1]?.key;
        return typeof parent === 'string' && KEYED_FIELDS.has(parent)
          ? `[${JSON.stringify(String(item.key))}]`
          : stepText(item.key);
      })
      .join('')
  );
}

/** The thing at the end of an issue's path, in words: `"status"`, `item 3 of "events"`. */
function subject(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const last = path[path.length - 1]?.key;
  if (last === undefined) return t('notices.schema.subject.it');
  if (typeof last !== 'number') return t('notices.schema.subject.field', { name: String(last) });
  const parent = path[path.length - 2]?.key;
  const item = formatNumber(last + 1);
  return parent === undefined
    ? t('notices.schema.subject.itemOfList', { item })
    : t('notices.schema.subject.item', { item, list: String(parent) });
}

/** The words of a rule's message id, about `issue`'s subject; the limits it may name. */
function ruleText(issue: v.BaseIssue<unknown>, withSubject: boolean): string {
  return t(issue.message as MessageId, {
    ...(withSubject ? { subject: subject(issue) } : {}),
    choices: formatNumber(EVENT_LIMIT),
    characters: formatNumber(TEXT_LIMIT),
  });
}

function describe(issue: v.BaseIssue<unknown>): string {
  // Root checks (`v.check`) say "it …" themselves; every other message needs its subject.
  if (issue.type === 'custom' || (issue.kind !== 'schema' && issue.path?.length))
    return ruleText(issue, true);
  if (issue.kind !== 'schema') return ruleText(issue, false);
  const last = issue.path?.[issue.path.length - 1]?.key;
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return t('notices.schema.unknownField', { name: String(last) });
  if (issue.received === 'undefined' && last !== undefined)
    return t('notices.schema.missing', { subject: subject(issue) });
  return t('notices.schema.wrongType', {
    subject: subject(issue),
    expected: issue.expected ?? t('notices.schema.somethingElse'),
    received: issue.received,
  });
}

function check<T>(schema: v.GenericSchema<unknown, T>, value: unknown, base: string): Checked<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  const [first] = result.issues;
  return { ok: false, at: pathOf(base, first), problem: describe(first) };
}

/** Check one saved run stored under `key`; `base` is its path, e.g. `runs["r-1"]`. */
export function checkRun(key: string, value: unknown, base: string): Checked<SavedRun> {
  if (key === '__proto__') return { ok: false, at: base, problem: t('notices.schema.badKey') };
  const checked = check(savedRunSchema, value, base);
  if (checked.ok && checked.value.id !== key)
    return {
      ok: false,
      at: `${base}.id`,
      problem: t('notices.schema.idDiffers', { id: checked.value.id }),
    };
  return checked;
}

export function checkSettings(value: unknown, base: string): Checked<Settings> {
  return check(settingsSchema, value, base);
}

/** Check one reflection stored under `key`; `base` is its path, e.g. `reflections["r-1"]`. */
export function checkReflection(key: string, value: unknown, base: string): Checked<Reflection> {
  if (key === '__proto__') return { ok: false, at: base, problem: t('notices.schema.badKey') };
  const answers = isObject(value) ? value.answers : undefined;
  if (isObject(answers)) {
    const reserved = Object.keys(answers).find((id) => RESERVED_KEYS.has(id));
    if (reserved !== undefined)
      return {
        ok: false,
        at: recordPath(`${base}.answers`, reserved),
        problem: t('notices.schema.reservedPrompt', { id: reserved }),
      };
  }
  const checked = check(reflectionSchema, value, base);
  if (checked.ok && checked.value.runId !== key)
    return {
      ok: false,
      at: `${base}.runId`,
      problem: t('notices.schema.runIdDiffers', { id: checked.value.runId }),
    };
  return checked;
}

export function checkProfile(value: unknown, base: string): Checked<LearnerProfile> {
  return check(profileSchema, value, base);
}
