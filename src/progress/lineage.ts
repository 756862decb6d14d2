/**
 * Why a choice costs the same with 3,000 saved runs as with none. A choice changes one
 * run, but `Progress.runs` holds every run ever played, so anything that walks the
 * record (the save comparing each run with what storage holds, the play page finding
 * the run to resume on every render) would cost more with every run kept.
 *
 * So an update that replaces one run records where its new `runs` record came from:
 * the record it was copied from and the id it changed. The save then writes the ids
 * along that line back to what storage holds, and the queries carry their answers
 * over from the record before, instead of walking all runs again. The note is kept in
 * a `WeakMap` on the record itself, so it is never saved, exported or compared, and it
 * goes with the record. A record without a note (a load, a reconcile, an import, a test
 * that builds one) is simply walked in full, as before.
 *
 * The copy itself stays: `runs` is a plain record that every reader may keep, so a new
 * one is made per choice. It is a shallow copy without Immer (Immer's `produce` also
 * walks and freezes the copied record when it finalises it), and it copies along the
 * record's key list, kept beside each record this module makes: a record of thousands
 * of keys is a hash table to the JavaScript engine, and `Object.assign` or a spread
 * re-reads its keys and hashes each one again, three times slower than a loop over a
 * list already in hand (measured in `docs/performance.md`).
 */
import type { SavedRun } from './types';

type Runs = Readonly<Record<string, SavedRun>>;

interface Edit {
  base: Runs;
  id: string;
}

const edits = new WeakMap<Runs, Edit>();

/** Each record's own keys, in order, for the records `withRun` made or copied. */
const keyLists = new WeakMap<Runs, readonly string[]>();

function keysOf(runs: Runs): readonly string[] {
  let keys = keyLists.get(runs);
  if (!keys) {
    keys = Object.keys(runs);
    keyLists.set(runs, keys);
  }
  return keys;
}

/** `runs` with `run` under its id, copied from `base`, with its origin noted. */
export function withRun(base: Runs, run: SavedRun): Record<string, SavedRun> {
  const keys = keysOf(base);
  const runs: Record<string, SavedRun> = {};
  // No run id is `__proto__` (see `startRun`), so each assignment makes an own property.
  for (const key of keys) runs[key] = base[key] as SavedRun;
  const added = !Object.hasOwn(base, run.id);
  runs[run.id] = run;
  keyLists.set(runs, added ? [...keys, run.id] : keys);
  edits.set(runs, { base, id: run.id });
  return runs;
}

/** How far back the save and the queries follow the line before walking in full. */
const LINE_LIMIT = 64;

/**
 * The ids changed between `ancestor` and `runs`, when `runs` was made from `ancestor`
 * by notes along the line; `undefined` when it was not (then compare everything).
 */
export function changedSince(runs: Runs, ancestor: Runs): Set<string> | undefined {
  const ids = new Set<string>();
  let at: Runs = runs;
  for (let step = 0; step < LINE_LIMIT; step++) {
    if (at === ancestor) return ids;
    const edit = edits.get(at);
    if (!edit) return undefined;
    ids.add(edit.id);
    at = edit.base;
  }
  return at === ancestor ? ids : undefined;
}

/** The record `runs` was copied from and the id it changed, if it was made by `withRun`. */
export const editOf = (runs: Runs): Edit | undefined => edits.get(runs);
