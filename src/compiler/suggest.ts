/**
 * What to tell an author about a name the compiler does not know: the nearest known
 * name within a small edit distance ("Did you mean …?"), or, when nothing is close,
 * the names they could have meant, so every "unknown name" message shows a way out.
 */
import { distance } from 'fastest-levenshtein';
import type { Wording, WordingValue } from '../contract';
import { names, phrase } from '../i18n/diagnostic-words';
import { invisibleHintPhrase, q } from './quote';

export function nearest(name: string, known: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    // The distance is at least the difference in length: skip what cannot be near
    // (a 10,000-character name is never compared with every short one).
    const lower = candidate.toLowerCase();
    if (Math.abs(lower.length - wanted.length) > Math.min(limit, bestDistance)) continue;
    const d = distance(wanted, lower);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== name && bestDistance <= limit ? best : undefined;
}

/** How many names a message lists before it says "…and N more". */
export const LISTED = 8;

/*
 * Parts of a message as data (src/i18n/diagnostic-words.ts), passed as its values, so
 * author mode words them in the author's language.
 */

/** ` Did you mean "x"?` (and the invisible-character hint), or an empty value. */
export function suggestion(name: string, known: Iterable<string>): WordingValue {
  const match = nearest(name, known);
  const hint = invisibleHintPhrase(name);
  return match === undefined ? hint : phrase('diagnostics.didYouMean', { name: q(match), hint });
}

/** Which names `knownNames` lists, by what they are. */
export type NameKind =
  | 'states'
  | 'metrics'
  | 'flags'
  | 'events'
  | 'conditions'
  | 'behaviours'
  | 'characters'
  | 'scenes'
  | 'choices';

/**
 * ` Did you mean "x"?` when a known name is close; otherwise ` Known <kind>: "a", "b", "c".`
 * (at most {@link LISTED}, then `…and N more`), or `none` (` There are no <kind> yet.`) when there are no names.
 */
export function knownNames(
  name: string,
  known: Iterable<string>,
  kind: NameKind,
  none?: Wording,
): WordingValue {
  const all = [...new Set(known)];
  const match = nearest(name, all);
  const hint = invisibleHintPhrase(name);
  if (match !== undefined) return phrase('diagnostics.didYouMean', { name: q(match), hint });
  if (all.length === 0)
    return none
      ? phrase('diagnostics.known.other', { none, hint })
      : phrase('diagnostics.known.none', { kind, hint });
  return phrase('diagnostics.known', { kind, names: listedNames(all), hint });
}

/** `"a", "b", "c"`, cut after {@link LISTED} names with `…and N more`. */
export function listedNames(all: readonly string[]): WordingValue {
  const shown = all.slice(0, LISTED).map((n) => q(n));
  const more = all.length - shown.length;
  return more > 0
    ? phrase('diagnostics.listed.more', { names: shown.join(', '), more: String(more) })
    : shown.join(', ');
}

/** `"a", "b" or "c"` in the reader's language, for messages that list the allowed names. */
export function oneOfNames(all: readonly string[]): WordingValue {
  return all.length <= 1
    ? all.map((n) => q(n)).join('')
    : names(
        all.map((n) => q(n)),
        'or',
      );
}
