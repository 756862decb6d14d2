/**
 * Deciding, record by record, what an import takes from the file: a record only in the
 * file is added; one in both is taken when the file's `updatedAt` is later (a tie keeps
 * the one here), or, when the file is a backup being restored, whenever it differs.
 * What a taken record replaces is listed, so it can be backed up first.
 */
import type { Tally } from './notices';
import type { LearnerProfile } from './types';

/** Equal as JSON, whatever the order of keys. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const bb = b as Record<string, unknown>;
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(bb, k) && same((a as Record<string, unknown>)[k], bb[k]))
  );
}

/** `a` is a time later than `b`; a missing time is never later, and anything is later than one. */
function later(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return false;
  return b === undefined || Date.parse(a) > Date.parse(b);
}

export interface Plan<T> {
  /** Records only in the file. */
  add: [string, T][];
  /** Records of the file that replace one here, with the one they replace. */
  replace: [string, T, T][];
  tally: Tally;
}

/** The records of `incoming` to take (new, or later than ours, or any differing on restore). */
export function plan<T extends { updatedAt: string }>(
  current: Record<string, T>,
  incoming: Record<string, T>,
  restore: boolean,
): Plan<T> {
  const result: Plan<T> = { add: [], replace: [], tally: { added: 0, updated: 0, kept: 0 } };
  for (const [key, record] of Object.entries(incoming)) {
    const here = Object.hasOwn(current, key) ? current[key] : undefined;
    if (!here) {
      result.add.push([key, record]);
      result.tally.added++;
    } else if (same(record, here)) continue;
    else if (restore || later(record.updatedAt, here.updatedAt)) {
      result.replace.push([key, record, here]);
      result.tally.updated++;
    } else result.tally.kept++;
  }
  return result;
}

export const takesProfile = (here: LearnerProfile, file: LearnerProfile, restore: boolean) =>
  !same(file, here) &&
  (restore ? file.updatedAt !== undefined : later(file.updatedAt, here.updatedAt));
