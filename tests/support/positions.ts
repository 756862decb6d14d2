/**
 * An independent, slow reference for positions: walk the raw text (BOM, CRLF and all)
 * code point by code point. Tests compare the compiler's positions with it.
 */
import type { Diagnostic, Position } from '../../src/contract';

export function positionAt(raw: string, offset: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < offset && i < raw.length) {
    const ch = raw[i];
    if (ch === '\r' && raw[i + 1] === '\n') {
      i += 2;
      line += 1;
      col = 1;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      line += 1;
      col = 1;
      i += 1;
      continue;
    }
    const cp = raw.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    col += 1;
  }
  return { line, col };
}

/** Problems with a diagnostic's position in `raw` (empty when it is valid). */
export function positionProblems(d: Diagnostic, raw: string): string[] {
  const problems: string[] = [];
  const check = (name: string, p: Position) => {
    if (p.offset < 0 || p.offset > raw.length)
      problems.push(`${name} offset ${p.offset} outside 0..${raw.length}`);
    const expected = positionAt(raw, p.offset);
    if (expected.line !== p.line || expected.col !== p.col) {
      problems.push(
        `${name} ${p.line}:${p.col} but offset ${p.offset} is ${expected.line}:${expected.col}`,
      );
    }
  };
  check('start', d.range.start);
  check('end', d.range.end);
  if (d.range.end.offset < d.range.start.offset) problems.push('end before start');
  if (!d.message || !/^CB\d{3}$/.test(d.code)) problems.push('missing message or malformed code');
  return problems;
}
