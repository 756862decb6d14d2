/**
 * A source file as the author wrote it. Parsers work on `text` (BOM removed, CRLF and
 * CR turned into LF) so that every stage sees one kind of line break; positions are
 * mapped back here, so a BOM, CRLF line endings, tabs and non-ASCII characters never
 * shift the line and column an author is shown. Columns count code points.
 */
import type { Position, Range } from '../contract';

export interface SourceFile {
  /** Path shown to the author, relative to the course folder. */
  readonly path: string;
  /** Normalised text: no BOM, `\n` line breaks only. */
  readonly text: string;
  /** Position of an offset into `text`. */
  position(offset: number): Position;
  /** Range between two offsets into `text`. */
  range(start: number, end: number): Range;
  /** The author's line `line` (1-based), without its line break. */
  lineText(line: number): string;
  /** Range covering line `line` from its first non-blank character to its end. */
  lineRange(line: number): Range;
  readonly lineCount: number;
}

export function sourceFile(path: string, raw: string): SourceFile {
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? raw.slice(1) : raw;
  // One pass per question, each a native search: most files have no CR and no character
  // outside the Basic Multilingual Plane, and then need nothing more (docs/performance.md).
  const crlf = body.includes('\r');
  const text = crlf ? body.replace(/\r\n?/g, '\n') : body;
  const lineStarts: number[] = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
    lineStarts.push(at + 1);
  // Where each line starts in the author's own text (with its BOM and CR line breaks).
  let rawLineStarts: number[] | undefined;
  if (crlf) {
    rawLineStarts = [bom];
    const breaks = /\r\n|\r|\n/g;
    for (let m = breaks.exec(body); m; m = breaks.exec(body))
      rawLineStarts.push(bom + m.index + m[0].length);
  }
  const rawLineStart = (index: number) =>
    rawLineStarts ? (rawLineStarts[index] ?? bom) : bom + (lineStarts[index] ?? 0);
  const lineCount = lineStarts.length;
  /** Line `index` (0-based) of `text`, without its line break. */
  const lineAt = (index: number) =>
    index < 0 || index >= lineCount
      ? ''
      : text.slice(
          lineStarts[index],
          index + 1 < lineCount ? (lineStarts[index + 1] ?? 0) - 1 : text.length,
        );

  function lineIndexOf(at: number): number {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  // Where each surrogate pair starts, in order: a column is the UTF-16 units from the
  // line's start minus the pairs wholly before the offset, found by binary search, so a
  // position costs O(log n) even when the whole file is one line.
  const pairs: number[] = [];
  const firstHigh = text.search(/[\uD800-\uDBFF]/);
  for (let i = firstHigh < 0 ? text.length : firstHigh; i + 1 < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) pairs.push(i++);
    }
  }
  /** How many pairs start before `at`. */
  function pairsBefore(at: number): number {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function position(at: number): Position {
    const clamped = Math.max(0, Math.min(at, text.length));
    const index = lineIndexOf(clamped);
    const start = lineStarts[index] ?? 0;
    const units = clamped - start;
    // A pair counts as one code point once both its halves are before the offset.
    const whole = clamped > start ? pairsBefore(clamped - 1) - pairsBefore(start) : 0;
    const col = units - whole + 1;
    return { line: index + 1, col, offset: rawLineStart(index) + units };
  }

  function lineRange(line: number): Range {
    const index = Math.max(0, Math.min(line - 1, lineCount - 1));
    const start = lineStarts[index] ?? 0;
    const content = lineAt(index);
    const blank = content.trim() === '';
    const indent = blank ? 0 : content.length - content.trimStart().length;
    const end = blank ? content.length : content.trimEnd().length;
    return { start: position(start + indent), end: position(start + end) };
  }

  return {
    path,
    text,
    position,
    range: (start, end) => ({ start: position(start), end: position(Math.max(start, end)) }),
    lineText: (line) => lineAt(line - 1),
    lineRange,
    lineCount,
  };
}
