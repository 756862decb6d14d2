/** Each of the fuzzer's mutations does to the course what its name says. */
import { describe, expect, it } from 'vitest';
import { BUNDLED, courseFor } from './fuzz-case';
import { applyMutations, linesOf, type Mutation } from './mutation';
import { REGRESSIONS } from './regressions';

const MD = 'missed-deadline/scenario.md';
const JSON_FILE = 'missed-deadline/machine.json';
const text = (files: ReadonlyMap<string, Buffer>, path: string) =>
  files.get(path)?.toString('utf8') ?? '';
const after = (m: Mutation) => applyMutations(BUNDLED, [m]);
const original = (path: string) => text(BUNDLED, path);

interface Machine {
  id: unknown;
  initial: string;
  context: Record<string, unknown>;
  states: Record<string, { on?: Record<string, { target: string; guard?: unknown }> }>;
}
const machine = (files: ReadonlyMap<string, Buffer>) =>
  JSON.parse(text(files, JSON_FILE)) as Machine;

/** How many `{"type":"not","guard": …}` wrap each other at the top of `guard`. */
function notDepth(guard: unknown): number {
  let depth = 0;
  for (let g = guard as { type?: string; guard?: unknown }; g?.type === 'not'; depth++)
    g = g.guard as typeof g;
  return depth;
}

describe('the fuzzer mutations', () => {
  it('flip one bit of one byte, and truncate at a byte', () => {
    const bytes = BUNDLED.get(JSON_FILE)!;
    const flipped = after({ kind: 'flip-bit', file: JSON_FILE, at: bytes.length + 5, bit: 3 });
    const diff = [...flipped.get(JSON_FILE)!].flatMap((b, i) =>
      b === bytes[i] ? [] : [[i, b ^ bytes[i]!]],
    );
    expect(diff).toEqual([[5, 8]]);
    const cut = after({ kind: 'truncate', file: JSON_FILE, at: 10 });
    expect(cut.get(JSON_FILE)).toEqual(bytes.subarray(0, 10));
  });

  it('swap, duplicate and delete lines', () => {
    const lines = linesOf(original(MD));
    const swapped = linesOf(text(after({ kind: 'swap-lines', file: MD, a: 1, b: 2 }), MD));
    expect(swapped.slice(0, 3)).toEqual([lines[0], lines[2], lines[1]]);
    const doubled = linesOf(
      text(after({ kind: 'duplicate-line', file: MD, line: 1, times: 2 }), MD),
    );
    expect(doubled.slice(0, 4)).toEqual([lines[0], lines[1], lines[1], lines[1]]);
    const deleted = linesOf(text(after({ kind: 'delete-lines', file: MD, line: 0, count: 2 }), MD));
    expect(deleted).toEqual(lines.slice(2));
  });

  it('nest a guard in `not`s as deep as asked, around the guard it had', () => {
    const nested = machine(
      after({ kind: 'nest-guard', file: JSON_FILE, transition: 0, shape: 'not', depth: 7 }),
    );
    const first = Object.values(nested.states).flatMap((s) => Object.values(s.on ?? {}))[0];
    expect(notDepth(first?.guard)).toBe(7);
  });

  it('nest a JSON value in arrays or objects as deep as asked', () => {
    const m: Mutation = { kind: 'nest-json', file: JSON_FILE, value: 1, shape: 'array', depth: 4 };
    expect(machine(after(m)).id).toEqual([[[['missed-deadline']]]]);
    const o: Mutation = { ...m, shape: 'object', depth: 2 };
    expect(machine(after(o)).id).toEqual({ a: { a: 'missed-deadline' } });
  });

  it('put deep Markdown quotes, lists and YAML after the front matter', () => {
    const quote = text(
      after({ kind: 'nest-markdown', file: MD, line: 0, shape: 'quote', depth: 5 }),
      MD,
    );
    expect(quote).toContain('\n---\n\n>>>>> deep\n');
    const list = text(
      after({ kind: 'nest-markdown', file: MD, line: 0, shape: 'indented-list', depth: 3 }),
      MD,
    );
    expect(list).toContain('\n- level 1\n  - level 2\n    - level 3\n');
    const yaml = text(after({ kind: 'nest-yaml', file: MD, shape: 'flow', depth: 3 }), MD);
    expect(yaml.startsWith('---\ndeep: [[[]]]\ntitle:')).toBe(true);
  });

  it('rename a name everywhere in its scenario, or once', () => {
    const everywhere = after({
      kind: 'rename',
      file: JSON_FILE,
      name: 1,
      to: 'constructor',
      everywhere: true,
    });
    const renamed = machine(everywhere);
    expect(renamed.initial).toBe('constructor');
    expect(Object.keys(renamed.states)).toContain('constructor');
    expect(text(everywhere, MD)).toMatch(/^## constructor: /m);
    const once = after({
      kind: 'rename',
      file: JSON_FILE,
      name: 1,
      to: '$\u200b',
      everywhere: false,
    });
    expect(text(once, JSON_FILE).split('opening\u200b').length).toBe(2);
    expect(text(once, MD)).toBe(original(MD));
  });

  it('add a hostile key to an object, and put huge numbers in place of numbers', () => {
    const key = machine(
      after({ kind: 'hostile-key', file: JSON_FILE, object: 0, key: '__proto__' }),
    );
    expect(Object.hasOwn(key, '__proto__')).toBe(true);
    const huge = text(
      after({ kind: 'number', file: JSON_FILE, number: 0, value: '1e400', every: true }),
      JSON_FILE,
    );
    expect(huge).not.toMatch(/[:\s[](-?\d+)\s*[,}\]]/);
    expect(
      machine(after({ kind: 'number', file: JSON_FILE, number: 0, value: '1e400', every: false }))
        .context.trust,
    ).toBe(Infinity);
  });

  it('put a megabyte line in prose, and a megabyte string in JSON', () => {
    const size = 1 << 20;
    const md = text(after({ kind: 'long-line', file: MD, line: 3, shape: 'plain', size }), MD);
    expect(linesOf(md).some((l) => l === `${'a'.repeat(size)}\n`)).toBe(true);
    const json = text(
      after({ kind: 'long-line', file: JSON_FILE, line: 1, shape: 'plain', size }),
      JSON_FILE,
    );
    expect(json).toContain(`"$schema": "${'a'.repeat(size)}"`);
  });

  it('add 20,000 transitions to a state', () => {
    const before = Object.keys(machine(BUNDLED).states.opening?.on ?? {}).length;
    const more = machine(
      after({ kind: 'many-transitions', file: JSON_FILE, state: 0, count: 20_000, to: 'nowhere' }),
    );
    expect(Object.keys(more.states.opening?.on ?? {}).length).toBe(before + 20_000);
    expect(more.states.opening?.on?.FUZZ_19999?.target).toBe('nowhere');
  });

  it('remove a file, and minify JSON onto one line', () => {
    expect(after({ kind: 'remove-file', file: MD }).has(MD)).toBe(false);
    const minified = text(after({ kind: 'minify', file: JSON_FILE }), JSON_FILE);
    expect(minified).not.toContain('\n');
    expect(JSON.parse(minified)).toEqual(machine(BUNDLED));
  });

  it('check behaviours.json, the mutated scenarios and one more, nothing else', () => {
    const files = courseFor({
      mutations: [{ kind: 'truncate', file: JSON_FILE, at: 0 }],
      also: 'project-slipping',
    });
    // The portraits under assets/ come along with their scenario (format v1.1).
    expect([...files.keys()].filter((path) => !path.includes('/assets/'))).toEqual([
      'behaviours.json',
      'missed-deadline/machine.json',
      'missed-deadline/scenario.md',
      'project-slipping/machine.json',
      'project-slipping/scenario.md',
    ]);
    expect(files.get(JSON_FILE)?.length).toBe(0);
    const folders = new Set([...files.keys()].map((path) => path.split('/')[0]));
    expect([...folders]).toEqual(['behaviours.json', 'missed-deadline', 'project-slipping']);
  });
});

describe('the regression cases', () => {
  it('have names of their own, and each changes the files it names', () => {
    const names = REGRESSIONS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of REGRESSIONS) {
      const files = courseFor(r);
      for (const m of r.mutations)
        expect(files.get(m.file)?.equals(BUNDLED.get(m.file)!), `${r.name}: ${m.kind}`).toBe(false);
    }
  });
});
