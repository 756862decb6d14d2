/**
 * The line-splitting sourceFile as it was before its single-scan rewrite (2026-12-03):
 * kept as the oracle that tests/compiler/source-file.test.ts holds the fast one to.
 */
import type { Position, Range } from '../../src/contract';

interface SourceFile {
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

export function referenceSourceFile(path: string, raw: string): SourceFile {
  const bom = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = raw.slice(bom);
  const text = body.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  const rawLineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const breaks = /\r\n|\r|\n/g;
  rawLineStarts.push(bom);
  for (let m = breaks.exec(body); m; m = breaks.exec(body)) {
    rawLineStarts.push(bom + m.index + m[0].length);
  }

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
  for (let i = 0; i + 1 < text.length; i++) {
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
    return { line: index + 1, col, offset: (rawLineStarts[index] ?? bom) + units };
  }

  function lineRange(line: number): Range {
    const index = Math.max(0, Math.min(line - 1, lines.length - 1));
    const start = lineStarts[index] ?? 0;
    const content = lines[index] ?? '';
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
    lineText: (line) => lines[line - 1] ?? '',
    lineRange,
    lineCount: lines.length,
  };
}
