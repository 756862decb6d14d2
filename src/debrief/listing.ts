/**
 * Lists and decision numbers inside the debrief's sentences, in the learner's language:
 * "A, B and C" / "A, B und C", "decisions 3 and 7" / "Entscheidungen 3 und 7". The joining
 * word is a catalog message rather than `Intl.ListFormat`, whose English puts a comma before
 * "and" ("A, B, and C"), which the debrief's English never wrote.
 */
import { t } from '../i18n';
import '../i18n/areas/reading';

/** `items` as one phrase: "A", "A and B", "A, B and C". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('reading.list.and', { head: items.slice(0, -1).join(', '), last: items.at(-1) });
}

/** `decision 3`, `decisions 3 and 7` (numbered from 1); `start`: as a sentence begins. */
export function numbered(indexes: readonly number[], start = false): string {
  const numbers = listed(indexes.map((i) => String(i + 1)));
  return t(start ? 'reading.evidence.decisionsStart' : 'reading.evidence.decisions', {
    count: Math.max(1, indexes.length),
    numbers,
  });
}
