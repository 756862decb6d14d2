/**
 * The fuzz test's verdicts: each kind of wrong answer from `check` is named, a right
 * one passes, and the fast position index agrees with the slow reference walk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/contract';
import { positionAt } from '../support/positions';
import type { Checked } from './check-protocol';
import { problemsWith } from './invariants';
import { PositionIndex } from './position-index';

const files = new Map([
  ['behaviours.json', Buffer.from('{\n  "behaviours": []\n}\n')],
  ['a/scenario.md', Buffer.from('---\ntitle: A\n---\n')],
  ['a/machine.json', Buffer.from('{\n  "id": "a"\n}')],
]);

const at = (line: number, col: number, offset: number) => ({ line, col, offset });
const diagnostic = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  code: 'CB205',
  severity: 'error',
  message: 'There is no state "b". Add it, or fix the target.',
  file: 'course/a/machine.json',
  range: { start: at(2, 3, 4), end: at(2, 7, 8) },
  ...over,
});
const checked = (over: Partial<Checked> = {}): Checked => ({
  id: 1,
  kind: 'checked',
  prefix: 'course/',
  taxonomy: true,
  diagnostics: [],
  scenarios: [{ folder: 'a', playable: false, diagnostics: [diagnostic()] }],
  printed: 1,
  ...over,
});
const withDiagnostic = (d: Diagnostic) =>
  problemsWith(files, checked({ scenarios: [{ folder: 'a', playable: false, diagnostics: [d] }] }));

describe('the fuzz verdicts', () => {
  it('pass a right answer', () => {
    expect(problemsWith(files, checked())).toEqual([]);
  });

  it('name a throw, a crash and a hang', () => {
    expect(problemsWith(files, { kind: 'threw', error: 'RangeError: x' })).toEqual([
      'check threw: RangeError: x',
    ]);
    expect(problemsWith(files, { kind: 'crashed', error: 'ERR_WORKER_OUT_OF_MEMORY' })).toEqual([
      'check crashed: ERR_WORKER_OUT_OF_MEMORY',
    ]);
    expect(problemsWith(files, { kind: 'hung', afterMs: 5000 })).toEqual([
      'check hung: no answer within 5000 ms',
    ]);
  });

  it('name a scenario that is not playable with no error, or missing from the result', () => {
    const warning = diagnostic({ severity: 'warning' });
    expect(
      problemsWith(
        files,
        checked({ scenarios: [{ folder: 'a', playable: false, diagnostics: [warning] }] }),
      ),
    ).toEqual(['silent drop: a is not playable, and no error says why']);
    expect(problemsWith(files, checked({ scenarios: [] }))).toEqual([
      'silent drop: a is missing from the result',
    ]);
  });

  it('name a taxonomy dropped without an error on behaviours.json', () => {
    expect(problemsWith(files, checked({ taxonomy: false }))).toEqual([
      'silent drop: behaviours.json gave no taxonomy, and no error on it says why',
    ]);
    const said = diagnostic({
      file: 'course/behaviours.json',
      range: { start: at(1, 1, 0), end: at(1, 2, 1) },
    });
    expect(problemsWith(files, checked({ taxonomy: false, diagnostics: [said] }))).toEqual([]);
  });

  it('name a file that is not the course’s, and accept a missing file the course should have', () => {
    expect(withDiagnostic(diagnostic({ file: 'course/b/machine.json' }))).toEqual([
      'CB205 "There is no state "b". Add it, or fix the target." names course/b/machine.json, which is not a file of the course',
    ]);
    const missing = new Map([...files].filter(([path]) => path !== 'a/machine.json'));
    const origin = { start: at(1, 1, 0), end: at(1, 1, 0) };
    const cb001 = diagnostic({ code: 'CB001', range: origin });
    expect(
      problemsWith(
        missing,
        checked({ scenarios: [{ folder: 'a', playable: false, diagnostics: [cb001] }] }),
      ),
    ).toEqual([]);
  });

  it('name a line past the end, a column below 1 and a position its offset contradicts', () => {
    const past = withDiagnostic(diagnostic({ range: { start: at(4, 1, 18), end: at(4, 1, 18) } }));
    expect(past.some((p) => p.includes('line outside 1..3'))).toBe(true);
    const zero = withDiagnostic(diagnostic({ range: { start: at(2, 0, 4), end: at(2, 7, 8) } }));
    expect(zero.some((p) => p.includes('column below 1'))).toBe(true);
    const wrong = withDiagnostic(diagnostic({ range: { start: at(2, 3, 0), end: at(2, 7, 8) } }));
    expect(wrong.some((p) => p.includes('offset 0 is 1:1'))).toBe(true);
    const outside = withDiagnostic(
      diagnostic({ range: { start: at(2, 3, 4), end: at(3, 2, 99) } }),
    );
    expect(outside.some((p) => p.includes('offset 99 outside 0..'))).toBe(true);
  });

  it.each(['[native code]', 'undefined', 'NaN', 'Infinity'])(
    'name a message with %s in it',
    (word) => {
      expect(withDiagnostic(diagnostic({ message: `The key is ${word}.` })).join()).toContain(
        `message contains ${word}`,
      );
      const note = {
        file: 'course/a/machine.json',
        range: diagnostic().range,
        message: `see ${word}`,
      };
      expect(withDiagnostic(diagnostic({ related: [note] })).join()).toContain(
        `message contains ${word}`,
      );
    },
  );

  it.each(['\u200b', '\u202e', '\u2066', '\ufeff'])(
    'name a message that prints %j raw',
    (character) => {
      const code = character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      expect(
        withDiagnostic(diagnostic({ message: `There is no state "next${character}-step".` })),
      ).toEqual([
        `CB205 "There is no state "next${character}-step".": message contains U+${code} raw`,
      ]);
      expect(
        withDiagnostic(diagnostic({ message: 'There is no state "next\\u200b-step".' })),
      ).toEqual([]);
    },
  );
});

describe('PositionIndex', () => {
  const pieces = fc.constantFrom(
    'a',
    'é',
    '\n',
    '\r',
    '\r\n',
    '\uFEFF',
    '👋',
    '\ud800',
    '\udc00',
    '\t',
    ' ',
  );
  it('gives every offset the line and column the reference walk gives', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.boolean(), (parts, bom) => {
        const text = (bom ? '\uFEFF' : '') + parts.join('');
        const index = new PositionIndex(text);
        for (let offset = 0; offset <= text.length; offset++)
          expect(index.position(offset), `offset ${offset} of ${JSON.stringify(text)}`).toEqual(
            positionAt(text, offset),
          );
        expect(index.lineCount).toBe(positionAt(text, text.length).line);
      }),
      { numRuns: 500 },
    );
  });
});
