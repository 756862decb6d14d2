/**
 * One xAPI statement, as an LRS hands it over (unknown JSON, possibly hostile), turned into
 * the normalized record the fold counts: a decision (`answered`), an ending (`completed`,
 * `passed`, `failed`) or a session mark (`initialized`, `terminated`) of a Casebook AU.
 * Every field is checked for its type and size and read by its own key only (never by
 * walking an object, so `__proto__` is just a name); anything else is `undefined`, never
 * an exception. The learner is an opaque key (`learnerKey`): names are never read.
 */
import {
  DOMAINS,
  PATTERN_DOMAINS,
  POLARITIES,
  type Domain,
  type Outcome,
  type Pattern,
  type Polarity,
} from '../contract';
import type { Tag } from '../debrief';
import { CASEBOOK_EXTENSIONS as CB, CMI5_EXTENSIONS, VERBS } from '../delivery/cmi5/iris';

/** The longest id (scene, event, run, ending, IRI) and the longest label a record keeps. */
const MAX_ID = 512;
const MAX_LABEL = 2000;
/** The most choices offered at a decision, and behaviours on one choice, a record keeps. */
const MAX_CHOICES = 100;
const MAX_BEHAVIOURS = 50;
/** The most context extensions a record keeps as groupings. */
const MAX_GROUPS = 20;

interface RecordBase {
  /** An opaque key of the actor's identifier (see `learnerKey`). */
  learner: string;
  /** The scenario id, from the AU's activity IRI. */
  scenario: string;
  /** The AU's activity IRI. */
  activity: string;
  /** The Casebook run (absent on session marks). */
  run?: string;
  /** The statement's time, in ms since 1970. */
  at: number;
  registration?: string;
  /** Context extensions with a short text or number value: the groupings a filter may pick. */
  groups: Map<string, string>;
  /** The scenario's title, when the source knows it (progress files do; statements do not). */
  scenarioTitle?: string;
}

export interface BehaviourRecord {
  id: string;
  label: string;
  domain: Domain;
  polarity: Polarity;
  pattern?: Pattern;
}

interface DecisionRecord extends RecordBase {
  kind: 'decision';
  run: string;
  scene: string;
  sceneTitle: string;
  event: string;
  label: string;
  /** The decision's number in the run, from 1. */
  number: number;
  offered: { event: string; label: string }[];
  tag: Tag;
  behaviours: BehaviourRecord[];
}

interface EndingRecord extends RecordBase {
  kind: 'ending';
  run: string;
  verb: 'completed' | 'passed' | 'failed';
  ending: string;
  outcome: Outcome;
  /** The time since `initialized`, from `result.duration`. */
  durationMs?: number;
}

interface SessionRecord extends RecordBase {
  kind: 'initialized' | 'terminated';
}

export type InsightRecord = DecisionRecord | EndingRecord | SessionRecord;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A property of the object itself (never one inherited, so `__proto__` reads as data or nothing). */
const own = (o: Json, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
const objectAt = (o: Json, key: string): Json | undefined => {
  const v = own(o, key);
  return isObject(v) ? v : undefined;
};
const text = (v: unknown, max = MAX_ID): string | undefined =>
  typeof v === 'string' && v.length > 0 && v.length <= max ? v : undefined;
const oneOf = <T extends string>(v: unknown, values: readonly T[]): T | undefined =>
  values.find((x) => x === v);

/** A language map's text: `en-US`, `en`, or its first entry. */
function langText(v: unknown): string | undefined {
  if (!isObject(v)) return undefined;
  const preferred = text(own(v, 'en-US'), MAX_LABEL) ?? text(own(v, 'en'), MAX_LABEL);
  if (preferred) return preferred;
  for (const key of Object.keys(v).slice(0, 20)) {
    const t = text(own(v, key), MAX_LABEL);
    if (t) return t;
  }
  return undefined;
}

/**
 * 32-bit FNV-1a of `input` with a given offset basis, over its UTF-16 code units.
 * Two lanes with different bases make a 64-bit key.
 */
function fnv1a(input: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The opaque key of an actor: a 64-bit FNV-1a hash (two 32-bit lanes) of its inverse
 * functional identifier (mbox, mbox_sha1sum, openid, or account homePage + name), never
 * its name. A hash is not a secret: someone holding a list of mailboxes could test one
 * against a key, which is why keys never leave the fold (no output holds one). Undefined
 * for an actor without an identifier.
 */
export function learnerKey(actor: unknown): string | undefined {
  if (!isObject(actor)) return undefined;
  const account = objectAt(actor, 'account');
  const ifi =
    (text(own(actor, 'mbox')) && `mbox:${String(own(actor, 'mbox')).toLowerCase()}`) ||
    (text(own(actor, 'mbox_sha1sum')) && `sha1:${String(own(actor, 'mbox_sha1sum'))}`) ||
    (text(own(actor, 'openid')) && `openid:${String(own(actor, 'openid'))}`) ||
    (account &&
      text(own(account, 'homePage')) &&
      text(own(account, 'name')) &&
      `account:${String(own(account, 'homePage'))}\u0000${String(own(account, 'name'))}`);
  if (!ifi) return undefined;
  const hi = fnv1a(ifi, 0x811c9dc5).toString(16).padStart(8, '0');
  const lo = fnv1a(ifi, 0x050c5d1f).toString(16).padStart(8, '0');
  return `${hi}${lo}`;
}

const AU = /^(urn:casebook:course:[^:/]+:au:([^:/]+))(?:\/decisions\/([^/]+))?$/;

function decode(part: string): string | undefined {
  try {
    return text(decodeURIComponent(part));
  } catch {
    return undefined;
  }
}

/** The AU and, for a decision's object, the scene of a Casebook activity IRI. */
function parseActivity(
  iri: string,
): { activity: string; scenario: string; scene?: string } | undefined {
  const m = AU.exec(iri);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  const scenario = decode(m[2]);
  if (!scenario) return undefined;
  const scene = m[3] === undefined ? undefined : decode(m[3]);
  if (m[3] !== undefined && !scene) return undefined;
  return { activity: m[1], scenario, ...(scene ? { scene } : {}) };
}

/** An ISO 8601 duration (`PT1H2M3.5S`, days allowed) in ms. */
export function durationMs(v: unknown): number | undefined {
  if (typeof v !== 'string' || v.length > 64) return undefined;
  const m =
    /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      v,
    );
  if (!m || v === 'P' || v === 'PT') return undefined;
  const [d = 0, h = 0, min = 0, s = 0] = [m[1], m[2], m[3], m[4]].map((x) => (x ? Number(x) : 0));
  return Math.round((((d * 24 + h) * 60 + min) * 60 + s) * 1000);
}

const EXTENSIONS_NOT_GROUPS = new Set<string>([
  CMI5_EXTENSIONS.sessionId,
  CMI5_EXTENSIONS.masteryScore,
]);

function groupsOf(context: Json | undefined): Map<string, string> {
  const groups = new Map<string, string>();
  const extensions = context && objectAt(context, 'extensions');
  if (!extensions) return groups;
  for (const key of Object.keys(extensions)) {
    if (groups.size >= MAX_GROUPS) break;
    if (key.length > MAX_ID || EXTENSIONS_NOT_GROUPS.has(key)) continue;
    const v = own(extensions, key);
    const value = typeof v === 'number' && Number.isFinite(v) ? String(v) : text(v, 200);
    if (value !== undefined) groups.set(key, value);
  }
  return groups;
}

function behaviourOf(v: unknown): BehaviourRecord | undefined {
  if (!isObject(v)) return undefined;
  const id = text(own(v, 'id'));
  const domain = oneOf(own(v, 'domain'), DOMAINS);
  const polarity = oneOf(own(v, 'polarity'), POLARITIES);
  if (!id || !domain || !polarity) return undefined;
  const pattern = oneOf(own(v, 'pattern'), Object.keys(PATTERN_DOMAINS) as Pattern[]);
  return {
    id,
    label: text(own(v, 'label'), MAX_LABEL) ?? id,
    domain,
    polarity,
    ...(pattern ? { pattern } : {}),
  };
}

const TAGS: readonly Tag[] = ['management', 'leadership', 'both', 'untagged'];

function offeredOf(definition: Json | undefined): { event: string; label: string }[] {
  const choices = definition && own(definition, 'choices');
  if (!Array.isArray(choices)) return [];
  const out: { event: string; label: string }[] = [];
  for (const c of choices.slice(0, MAX_CHOICES)) {
    if (!isObject(c)) continue;
    const event = text(own(c, 'id'));
    if (event) out.push({ event, label: langText(own(c, 'description')) ?? event });
  }
  return out;
}

type Verb = 'answered' | 'completed' | 'passed' | 'failed' | 'initialized' | 'terminated';
const VERB_OF = new Map<string, Verb>(
  (['answered', 'completed', 'passed', 'failed', 'initialized', 'terminated'] as const).map((v) => [
    VERBS[v],
    v,
  ]),
);

/** The record of one statement, or undefined when it is not a valid Casebook statement. */
export function readStatement(statement: unknown): InsightRecord | undefined {
  if (!isObject(statement)) return undefined;
  const verb = VERB_OF.get(String(objectAt(statement, 'verb')?.id ?? ''));
  const object = objectAt(statement, 'object');
  const iri = object && text(own(object, 'id'), MAX_ID * 2);
  const where = iri ? parseActivity(iri) : undefined;
  const learner = learnerKey(own(statement, 'actor'));
  const time = text(own(statement, 'timestamp'), 64) ?? text(own(statement, 'stored'), 64);
  const at = time ? Date.parse(time) : NaN;
  if (!verb || !where || !learner || !Number.isFinite(at)) return undefined;
  const context = objectAt(statement, 'context');
  const registration = context && text(own(context, 'registration'), 64);
  const base: RecordBase = {
    learner,
    scenario: where.scenario,
    activity: where.activity,
    at,
    groups: groupsOf(context),
    ...(registration ? { registration } : {}),
  };
  const result = objectAt(statement, 'result') ?? {};
  const extensions = objectAt(result, 'extensions');
  const run = extensions && text(own(extensions, CB.run));
  if (verb === 'answered') {
    if (!extensions || !run || !where.scene) return undefined;
    const scene = text(own(extensions, CB.scene));
    const event = text(own(extensions, CB.event)) ?? text(own(result, 'response'));
    const number = own(extensions, CB.decision);
    const tag = oneOf(own(extensions, CB.tag), TAGS) ?? 'untagged';
    const behaviours = own(extensions, CB.behaviours);
    if (scene !== where.scene || !event) return undefined;
    if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 10_000)
      return undefined;
    const definition = object && objectAt(object, 'definition');
    return {
      ...base,
      kind: 'decision',
      run,
      scene,
      sceneTitle: (definition && langText(own(definition, 'name'))) ?? scene,
      event,
      label: text(own(extensions, CB.label), MAX_LABEL) ?? event,
      number,
      offered: offeredOf(definition),
      tag,
      behaviours: Array.isArray(behaviours)
        ? behaviours
            .slice(0, MAX_BEHAVIOURS)
            .map(behaviourOf)
            .filter((b): b is BehaviourRecord => b !== undefined)
        : [],
    };
  }
  if (verb === 'completed' || verb === 'passed' || verb === 'failed') {
    if (where.scene) return undefined;
    const ending = extensions && objectAt(extensions, CB.ending);
    const id = ending && text(own(ending, 'id'));
    const outcome = ending && oneOf(own(ending, 'outcome'), ['strong', 'mixed', 'weak'] as const);
    if (!run || !id || !outcome) return undefined;
    const duration = durationMs(own(result, 'duration'));
    return {
      ...base,
      kind: 'ending',
      run,
      verb,
      ending: id,
      outcome,
      ...(duration !== undefined ? { durationMs: duration } : {}),
    };
  }
  if (where.scene) return undefined;
  return { ...base, kind: verb };
}
