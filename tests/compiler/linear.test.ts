/**
 * Issue 12, linear work: what once made `check` take minutes on small valid files is
 * held here by counting work, never by a clock. A position costs a binary search, not
 * a walk from the line's start (a minified machine.json is one line); printing splits
 * each file once and shows a window of a long line; the CB603 check visits each state
 * a bounded number of times.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDiagnostic, EXCERPT_WIDTH } from '../../src/check/format';
import { cyclesOf } from '../../src/compiler/always-cycles';
import { sourceFile } from '../../src/compiler/source';
import type { Diagnostic } from '../../src/contract';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Characters the string methods a position could be computed with read, while `run` runs. */
function charactersRead(run: () => void): number {
  let read = 0;
  const proto = String.prototype;
  const slice = proto.slice;
  const iterator = proto[Symbol.iterator];
  const charCodeAt = proto.charCodeAt;
  vi.spyOn(proto, 'slice').mockImplementation(function (this: string, ...args) {
    const out = slice.apply(this, args);
    read += out.length;
    return out;
  });
  vi.spyOn(proto, Symbol.iterator).mockImplementation(function (this: string) {
    read += this.length;
    return iterator.call(this);
  });
  vi.spyOn(proto, 'charCodeAt').mockImplementation(function (this: string, at) {
    read += 1;
    return charCodeAt.call(this, at);
  });
  run();
  vi.restoreAllMocks();
  return read;
}

describe('positions', () => {
  const line = 'ab😀cd\u00e9'.repeat(50_000);
  const file = sourceFile('one-line.json', `${line}\n${line}`);

  it('match a count of code points from the line start', () => {
    for (const at of [
      0,
      1,
      2,
      3,
      4,
      5,
      7,
      8,
      1_000,
      123_457,
      line.length,
      line.length + 1,
      line.length + 9,
    ]) {
      const start = at > line.length ? line.length + 1 : 0;
      const expected = [...`${line}\n${line}`.slice(start, at)].length + 1;
      expect(file.position(at).col, String(at)).toBe(expected);
    }
  });

  it('count a surrogate pair split by the offset as one code point, as the naive count does', () => {
    const small = sourceFile('x', 'a😀b');
    expect([1, 2, 3, 4].map((at) => small.position(at).col)).toEqual([2, 3, 3, 4]);
  });

  it('cost a bounded amount of reading each, however long the line', () => {
    const offsets = Array.from({ length: 1_000 }, (_, i) => (i * 349) % (2 * line.length));
    const read = charactersRead(() => {
      for (const at of offsets) file.position(at);
    });
    expect(read).toBeLessThan(offsets.length * 10);
  });
});

describe('printing', () => {
  const lines = Array.from({ length: 5_000 }, (_, i) => `  "key-${i}": ${i},`);
  const text = ['{', ...lines, '}'].join('\n');
  const diagnostics: Diagnostic[] = lines.map((_, i) => ({
    code: 'CB210',
    severity: 'error',
    message: 'Unknown key.',
    file: 'x/machine.json',
    range: {
      start: { line: i + 2, col: 3, offset: 0 },
      end: { line: i + 2, col: 9, offset: 0 },
    },
  }));

  it('splits each file into lines once, not once per diagnostic', () => {
    const sources = new Map([['x/machine.json', text]]);
    const split = vi.spyOn(String.prototype, 'split');
    const out = diagnostics.map((d) => formatDiagnostic(d, sources));
    const splitsOfTheFile = split.mock.contexts.filter((c) => String(c) === text).length;
    expect(splitsOfTheFile).toBe(1);
    expect(out[4_999]).toContain(' 5001 |   "key-4999": 4999,');
  });

  it('shows a window of a long line around the spot, with the caret under it', () => {
    const long = `${'x'.repeat(100_000)}"target"${'y'.repeat(100_000)}`;
    const at = 100_000;
    const d: Diagnostic = {
      code: 'CB205',
      severity: 'error',
      message: 'Unknown target.',
      file: 'x/machine.json',
      range: {
        start: { line: 1, col: at + 1, offset: at },
        end: { line: 1, col: at + 9, offset: at + 8 },
      },
    };
    const [, shown, caret] = formatDiagnostic(d, new Map([['x/machine.json', long]])).split('\n');
    expect(shown?.length).toBeLessThan(EXCERPT_WIDTH + 20);
    expect(shown).toMatch(/^ 1 \| …x+"target"y+…$/);
    const column = (caret ?? '').indexOf('^');
    expect(shown?.slice(column, column + 8)).toBe('"target"');
    expect(caret?.trimEnd().endsWith('^^^^^^^^')).toBe(true);
  });
});

describe('the CB603 cycle check', () => {
  /** A Map that counts its lookups. */
  class Counted extends Map<string, string> {
    lookups = 0;
    override get(key: string) {
      this.lookups += 1;
      return super.get(key);
    }
  }

  it('finds each cycle once, entered where the first walk met it', () => {
    const next = new Map([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'e'],
      ['f', 'g'],
    ]);
    expect(cyclesOf(next)).toEqual([['b', 'c'], ['e']]);
  });

  it('looks each state up a bounded number of times on a chain of 4,500 routers', () => {
    const next = new Counted();
    for (let i = 0; i < 4_500; i++) next.set(`r-${i}`, i + 1 < 4_500 ? `r-${i + 1}` : 'r-0');
    const cycles = cyclesOf(next);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(4_500);
    expect(next.lookups).toBeLessThanOrEqual(3 * 4_500);
  });
});
