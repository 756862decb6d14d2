/**
 * Why a choice costs the same with 3,000 saved runs as with none. A choice changes one
 * run, but a learner keeps every run ever played, so an update that copied the record of
 * all runs (even a shallow copy, ~400 µs at 3,000 runs) would make each click slower
 * with every run kept.
 *
 * So in memory the runs are held in two tiers: `Progress.runs`, a large record copied
 * rarely, and `Progress.recentRuns`, a small record of the runs changed since, which
 * take the place of the runs of their ids. A choice copies the small record only; once
 * it holds `FOLD_AT` runs, the next choice folds it into a new large record, so the
 * copy of every run is made once in `FOLD_AT` choices. Readers never look at either
 * tier alone: they ask `runById`, `allRuns` (one plain record of every run, made once
 * per state and kept) or `runCount`. What is saved and exported is every run, one key
 * per run, as before: `recentRuns` is never written (see `plainRuns`).
 *
 * Each state the one-run updates make also notes the state it was made from and the id
 * it changed, in a `WeakMap` (never saved, exported or compared), so the save writes
 * only the ids along that line (`changedRunIds`) and the queries carry their answers
 * over (`editOf`). A state without a note (a load, a reconcile, an import, a test that
 * builds one) is simply walked in full.
 *
 * The updates that work on the whole document with Immer (reconcile, import, a write
 * from another tab) are not made per click: they first fold the tiers (`produceRuns`).
 */
import { produce, type Draft } from 'immer';
import type { Progress, SavedRun } from './types';

type Runs = Readonly<Record<string, SavedRun>>;

/** The part of `Progress` that holds the runs. */
type Held = Pick<Progress, 'runs' | 'recentRuns'>;

/** How many changed runs the small record holds before they are folded into the large one. */
const FOLD_AT = 64;

/** The run of `id`, wherever it is held. */
export function runById(progress: Held, id: string): SavedRun | undefined {
  const recent = progress.recentRuns;
  if (recent && Object.hasOwn(recent, id)) return recent[id];
  return Object.hasOwn(progress.runs, id) ? progress.runs[id] : undefined;
}

/** Stands for the runs a state holds: a new object whenever any run changes. */
const stateOf = (progress: Held): object => progress.recentRuns ?? progress.runs;

/** Each record's own keys, in order, for the records made or copied here. */
const keyLists = new WeakMap<Runs, readonly string[]>();

function keysOf(runs: Runs): readonly string[] {
  let keys = keyLists.get(runs);
  if (!keys) {
    keys = Object.keys(runs);
    keyLists.set(runs, keys);
  }
  return keys;
}

/**
 * `base` with the runs of `recent` in place of (or after) its own, copied along the key
 * lists: a record of thousands of keys is a hash table to the JavaScript engine, and a
 * spread or `Object.assign` re-reads and hashes every key again, three times slower
 * than a loop over a list already in hand (measured in `docs/performance.md`).
 */
function folded(base: Runs, recent: Runs): Record<string, SavedRun> {
  const keys = keysOf(base);
  const runs: Record<string, SavedRun> = {};
  // No run id is `__proto__` (see `startRun`), so each assignment makes an own property.
  for (const key of keys) runs[key] = base[key] as SavedRun;
  const added: string[] = [];
  for (const key of keysOf(recent)) {
    if (!Object.hasOwn(base, key)) added.push(key);
    runs[key] = recent[key] as SavedRun;
  }
  keyLists.set(runs, added.length > 0 ? [...keys, ...added] : keys);
  return runs;
}

/** `recent` (when there is one) with `run` in place of (or after) the run of its id, copied along its key list. */
function placed(recent: Runs | undefined, run: SavedRun): Record<string, SavedRun> {
  const keys = recent ? keysOf(recent) : [];
  const runs: Record<string, SavedRun> = {};
  for (const key of keys) runs[key] = (recent as Runs)[key] as SavedRun;
  const added = !(recent && Object.hasOwn(recent, run.id));
  runs[run.id] = run;
  keyLists.set(runs, added ? [...keys, run.id] : keys);
  return runs;
}

/** Every run as one plain record, made once per state (the large record itself when nothing is recent). */
const merged = new WeakMap<Runs, { base: Runs; all: Runs }>();

export function allRuns(progress: Held): Runs {
  const recent = progress.recentRuns;
  if (!recent) return progress.runs;
  const known = merged.get(recent);
  if (known?.base === progress.runs) return known.all;
  const all = folded(progress.runs, recent);
  merged.set(recent, { base: progress.runs, all });
  return all;
}

/** How many runs there are, without making the record of them all. */
export function runCount(progress: Held): number {
  const recent = progress.recentRuns;
  let count = keysOf(progress.runs).length;
  if (recent) for (const id of keysOf(recent)) if (!Object.hasOwn(progress.runs, id)) count++;
  return count;
}

/** `progress` with every run in `runs` and none recent: what is saved, exported and drafted. */
export function plainRuns<P extends Progress>(progress: P): P {
  return progress.recentRuns ? holding(progress, allRuns(progress)) : progress;
}

/** `progress` with `runs` as every run and none recent. */
function holding<P extends Progress>(progress: P, runs: Record<string, SavedRun>): P {
  // The spread keeps `runs` where it was among the fields, so an export reads as before.
  const next = { ...progress, runs };
  delete next.recentRuns;
  return next;
}

/**
 * One Immer `produce` over the whole of `progress`, its runs first folded into one
 * record; `progress` itself when the recipe changes nothing, so callers can still test
 * `next === progress`.
 */
export function produceRuns(
  progress: Progress,
  recipe: (draft: Draft<Progress>) => void,
): Progress {
  const plain = plainRuns(progress);
  const next = produce(plain, recipe);
  return next === plain ? progress : next;
}

interface Edit {
  /** The state this one was made from (see `stateOf`). */
  base: object;
  id: string;
  /** The run of `id` in that state. */
  was: SavedRun | undefined;
  /** The large record of this state, so a note is never read for a state it was not made for. */
  runs: Runs;
}

const edits = new WeakMap<object, Edit>();

const noteOf = (progress: Held): Edit | undefined => {
  const edit = edits.get(stateOf(progress));
  return edit?.runs === progress.runs ? edit : undefined;
};

/** `progress` with `run` in place of (or beside) the run of its id, every other run kept, and its origin noted. */
export function withRun(progress: Progress, run: SavedRun): Progress {
  const base = stateOf(progress);
  const was = runById(progress, run.id);
  const recent = progress.recentRuns;
  let next: Progress;
  if (recent && keysOf(recent).length >= FOLD_AT) {
    next = holding(progress, folded(progress.runs, placed(recent, run)));
  } else {
    next = { ...progress, recentRuns: placed(recent, run) };
  }
  edits.set(stateOf(next), { base, id: run.id, was, runs: next.runs });
  return next;
}

/** How far back the save follows the line before walking in full. */
const LINE_LIMIT = 64;

/**
 * The ids of the runs changed between `ancestor` and `progress`, when `progress` was
 * made from `ancestor` by notes along the line; `undefined` when it was not (then
 * compare every run).
 */
export function changedRunIds(progress: Held, ancestor: Held): Set<string> | undefined {
  const target = stateOf(ancestor);
  let at: object = stateOf(progress);
  if (at === target) return progress.runs === ancestor.runs ? new Set() : undefined;
  const ids = new Set<string>();
  let note = noteOf(progress);
  for (let step = 0; note && step < LINE_LIMIT; step++) {
    ids.add(note.id);
    at = note.base;
    if (at === target) return ids;
    note = edits.get(at);
  }
  return undefined;
}

/** How a one-run update made a state: from which state, the id it changed, and that run before. */
export type RunEdit = Pick<Edit, 'base' | 'id' | 'was'>;

export const editOf = (progress: Held): RunEdit | undefined => noteOf(progress);

/** Stands for the runs `progress` holds, for answers kept per state (see `queries.ts`). */
export const runsState = stateOf;
