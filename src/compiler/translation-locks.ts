/**
 * Issue 18: the staleness locks of a translation (Yarn Spinner's idea). Each translated
 * part records a short hash of the source text it was made from, as a line
 * `<!-- source: 1a2b3c4d -->` under its heading (for the briefing: its first line); when
 * the source's text changes, its hash does, and `check` can say which part is stale.
 * Lock lines are found here (outside fenced code) and blanked to spaces of the same
 * length before marked reads the file, as the `:::` markers are, so they never become
 * prose, a label or a CB411 warning, and every offset stays the translator's.
 */
import { contentHash } from './hash';
import { blankLines } from './blank-lines';
import type { Range } from '../contract';
import type { SourceFile } from './source';

/** One lock line: its hash as written (`valid` when it is 8 lower-case hex digits) and where. */
export interface Lock {
  hash: string;
  valid: boolean;
  line: number;
  range: Range;
}

const LOCK_LINE = /^ {0,3}<!--\s*source:\s*(.*?)\s*-->\s*$/;
const HASH = /^[0-9a-f]{8}$/;

/** The short hash a lock records: the last 8 hex digits of the compiler's content hash. */
export function lockOf(...parts: string[]): string {
  return contentHash(...parts).slice(-8);
}

/** Every lock line of the body (from `from` on), by line number, and the text with them blanked. */
export function findLocks(
  file: SourceFile,
  from: number,
): { masked: string; locks: Map<number, Lock> } {
  const text = file.text;
  const locks = new Map<number, Lock>();
  if (text.indexOf('<!--', from) < 0) return { masked: text, locks };
  const masked = blankLines(text, from, LOCK_LINE, (match, _line, start) => {
    const hash = match[1] ?? '';
    const number = file.position(start).line;
    locks.set(number, {
      hash,
      valid: HASH.test(hash),
      line: number,
      range: file.lineRange(number),
    });
  });
  return { masked, locks };
}

/** The lock on the first non-blank line after `line` (a heading's), if that line is one. */
export function lockAfter(
  file: SourceFile,
  locks: Map<number, Lock>,
  line: number,
): Lock | undefined {
  for (let n = line + 1; n <= file.lineCount; n++) {
    if (file.lineText(n).trim() === '') continue;
    return locks.get(n);
  }
  return undefined;
}
