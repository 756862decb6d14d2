/**
 * `sourceFile` finds lines, CR line breaks and surrogate pairs with native searches
 * instead of splitting and scanning every character. It must answer every question
 * exactly as the line-splitting version did (`source-file-reference.ts`), for any text:
 * a BOM, LF, CRLF and lone CR breaks, characters outside the BMP, lone surrogates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../src/compiler';
import { referenceSourceFile } from './source-file-reference';

const piece = fc.oneof(
  fc.constantFrom('\n', '\r\n', '\r', '\uFEFF', '😀', '\uD83D', '\uDE00', '\t', ' ', 'é'),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

function answers(file: ReturnType<typeof sourceFile>, length: number) {
  const out: unknown[] = [file.text, file.lineCount];
  for (let at = -1; at <= length + 1; at++) out.push(file.position(at));
  for (let line = 0; line <= file.lineCount + 1; line++)
    out.push(file.lineText(line), file.lineRange(line));
  out.push(file.range(3, 1), file.range(0, length));
  return out;
}

describe('sourceFile', () => {
  it('answers every position, line and range as the line-splitting version did', () => {
    fc.assert(
      fc.property(fc.boolean(), text, (bom, body) => {
        const raw = (bom ? '\uFEFF' : '') + body;
        const fast = sourceFile('scenario.md', raw);
        const reference = referenceSourceFile('scenario.md', raw);
        expect(answers(fast, raw.length)).toEqual(answers(reference, raw.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('maps offsets back to the author’s text across CRLF and a BOM', () => {
    const file = sourceFile('scenario.md', '\uFEFFa\r\nb😀c\rd');
    expect(file.text).toBe('a\nb😀c\nd');
    expect(file.position(file.text.indexOf('c'))).toEqual({ line: 2, col: 3, offset: 7 });
    expect(file.position(file.text.indexOf('d'))).toEqual({ line: 3, col: 1, offset: 9 });
    expect(file.lineText(2)).toBe('b😀c');
  });
});
