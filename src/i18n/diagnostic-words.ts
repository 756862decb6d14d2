/**
 * How the check writes a message: by id of the diagnostics catalog and values, never as an
 * English sentence in code. `words()` gives a diagnostic both its English `message` and its
 * `wording` (the data author mode words in the author's language); `phrase()` is a part of a
 * message (a "Did you mean …?") passed as another's value; `names()` lists names the way the
 * reader's language joins them.
 */
import './areas/diagnostics';
import type { Worded, Wording, WordingList, WordingValue } from '../contract';
import type english from './catalogs/en/diagnostics.json';
import { englishOf } from './wording';

export type DiagnosticId = keyof typeof english;

export type PhraseValues = Record<string, WordingValue>;

/** A part of a message, to pass as another's value. */
export function phrase(id: DiagnosticId, values?: PhraseValues): Wording {
  return values ? { id, values } : { id };
}

/** A whole message: its English and its data. */
export function words(id: DiagnosticId, values?: PhraseValues): Worded {
  const wording = phrase(id, values);
  return { message: englishOf(wording), wording };
}

/** `"a", "b" or "c"` (join `or`) or `"a", "b" and "c"` (join `and`) in the reader's language; the names as given (quote them first). */
export function names(list: readonly string[], join: 'and' | 'or'): WordingList {
  return { list, join };
}
