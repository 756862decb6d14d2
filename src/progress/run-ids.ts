/**
 * Run ids appear in links (`#/s/<scenario>/runs/<run>`), so a run whose id the router
 * cannot read is listed but can never be opened. An import renames such runs before
 * anything else reads the file: each gets a fresh id that any link can hold, derived
 * from the old one, so importing the same file twice gives the same ids (and merges
 * instead of duplicating), and reflections on the run, which are keyed by its id,
 * follow it. The rule for a usable id is the router's (`src/ui/routing.ts`, which the
 * tests hold to this one), plus a length limit and no name an object lookup would
 * misread.
 */
import { isObject, type JsonObject } from './migrate';

/** The longest run id kept as it is (ids this app makes are about 20 characters). */
export const RUN_ID_LIMIT = 128;

const SEGMENT = /^[A-Za-z0-9_-]+$/;
const RESERVED = new Set(['__proto__', 'prototype', 'constructor']);

/** `id` can be a run's id in a link, and a key of a saved record. */
export const isUsableRunId = (id: string): boolean =>
  id.length <= RUN_ID_LIMIT && SEGMENT.test(id) && !RESERVED.has(id);

/** cyrb53: a fast 53-bit string hash, so that two different old ids practically never meet. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The new id of a run whose id was `old`: `r-imported-<hash>`. */
const renamedRunId = (old: string): string => `r-imported-${hash53(old).toString(36)}`;

/** An old id as the learner can read it: quoted, escaped, and cut short when long. */
export function shownId(id: string): string {
  const cut = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  return JSON.stringify(cut).replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export interface Renamed {
  /** The document with every unusable run id replaced (the input is not changed). */
  doc: JsonObject;
  /** Old id → new id, in the order the runs and reflections came. */
  names: Map<string, string>;
}

/** Re-key one group of records (`runs` or `reflections`), and the field that repeats the key. */
function rekey(
  records: JsonObject,
  field: 'id' | 'runId',
  names: Map<string, string>,
  taken: Set<string>,
): JsonObject {
  const out: JsonObject = Object.create(null) as JsonObject;
  for (const [key, value] of Object.entries(records)) {
    if (isUsableRunId(key)) {
      out[key] = value;
      continue;
    }
    let next = names.get(key);
    if (next === undefined) {
      next = renamedRunId(key);
      for (let n = 2; taken.has(next); n++) next = `${renamedRunId(key)}-${n}`;
      names.set(key, next);
      taken.add(next);
    }
    out[next] = isObject(value) && value[field] === key ? { ...value, [field]: next } : value;
  }
  return out;
}

/** Rename the unusable run ids of a progress document (any version), runs and reflections alike. */
export function renameRunIds(doc: JsonObject): Renamed {
  const names = new Map<string, string>();
  const runs = isObject(doc.runs) ? doc.runs : undefined;
  const reflections = isObject(doc.reflections) ? doc.reflections : undefined;
  const taken = new Set([...Object.keys(runs ?? {}), ...Object.keys(reflections ?? {})]);
  const renamed: JsonObject = { ...doc };
  if (runs) renamed.runs = rekey(runs, 'id', names, taken);
  if (reflections) renamed.reflections = rekey(reflections, 'runId', names, taken);
  return names.size === 0 ? { doc, names } : { doc: renamed, names };
}
