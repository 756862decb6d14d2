/**
 * The fast JSON scanner (src/compiler/json-scan.ts) against jsonc-parser, which it
 * stands in for on well-formed files: whenever it returns a tree, jsonc-parser reads
 * the same text without error into the same tree (nodes, offsets, lengths, values,
 * parents, colon offsets), and what it found on the way (numbers as written, duplicate
 * keys, the longest names and texts) is what walking that tree finds. Inputs: every
 * JSON file of the course and the fixtures, generated JSON laid out in many ways, and
 * hostile edits of both (stray brackets, quotes, escapes, comments, odd spaces).
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/compiler/json-scan';
import { ROOT } from '../support/paths';

const runs = Number(process.env.FUZZ_RUNS ?? 300);

interface Plain {
  type: string;
  offset: number;
  length: number;
  value?: unknown;
  colonOffset?: number;
  children?: Plain[];
}

/** A tree without its parent links, having checked each one points at its container. */
function plain(node: Node, parent: Node | undefined): Plain {
  expect(node.parent).toBe(parent);
  const out: Plain = { type: node.type, offset: node.offset, length: node.length };
  if ('value' in node) out.value = Object.is(node.value, -0) ? '-0' : node.value;
  if (node.colonOffset !== undefined) out.colonOffset = node.colonOffset;
  if (node.children) out.children = node.children.map((c) => plain(c, node));
  return out;
}

function nodes(root: Node): Node[] {
  return [root, ...(root.children ?? []).flatMap(nodes)];
}

/** Duplicate keys as a walk of jsonc-parser's tree finds them: objects in document order, each one's in member order. */
function duplicatesOf(root: Node): [string, number][] {
  const found: [string, number][] = [];
  for (const node of nodes(root)) {
    if (node.type !== 'object') continue;
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (!key) continue;
      const name = String(key.value);
      if (seen.has(name)) found.push([name, key.offset]);
      seen.add(name);
    }
  }
  return found;
}

/** Checks the scanner on `text`; returns whether it read it (rather than gave up). */
function agrees(text: string): boolean {
  const scanned = scanJson(text);
  if (!scanned) return false;
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  expect(errors).toEqual([]);
  if (!tree) throw new Error('jsonc-parser found no value where the scanner did');
  expect('parent' in scanned.root).toBe(false);
  expect(plain(scanned.root, undefined)).toEqual(plain(tree, undefined));
  const all = nodes(tree);
  expect(scanned.numbers.map(([n, written]) => [n.offset, written])).toEqual(
    all
      .filter((n) => n.type === 'number')
      .map((n) => [n.offset, text.slice(n.offset, n.offset + n.length)]),
  );
  expect(scanned.duplicates.map((m) => [m.key, m.keyNode.offset])).toEqual(duplicatesOf(tree));
  const keys = all.filter((n) => n.type === 'property').map((p) => p.children?.[0]);
  const keyLengths = keys.map((k) => String(k?.value).length);
  const strings = all.filter((n) => n.type === 'string' && !keys.includes(n));
  expect(scanned.longestKey).toBe(Math.max(0, ...keyLengths));
  expect(scanned.longestString).toBe(Math.max(0, ...strings.map((s) => String(s.value).length)));
  for (const [object, members] of scanned.members)
    expect(members.map((m) => [m.key, m.keyNode, m.value])).toEqual(
      (object.children ?? []).map((p) => [String(p.children?.[0]?.value), ...(p.children ?? [])]),
    );
  return true;
}

const files = ['scenarios', 'tests/fixtures'].flatMap((dir) =>
  readdirSync(`${ROOT}/${dir}`, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`),
);

/** Characters that make JSON hard to read, and the spaces jsonc-parser knows but the scanner does not. */
const HOSTILE = [
  ...'{}[],:"\\/*\'0123456789.-+eEtrufalsn \t\r\n',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\v',
  '\f',
  '\u0000',
  '\\u',
  '\\ud83d',
  '//',
  '/*',
  '00',
  '-0',
  '1e400',
  'true1',
  'nul',
  '\uD83D\uDE00',
];

const edit = (text: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: Math.max(0, text.length) }),
        remove: fc.nat({ max: 3 }),
        insert: fc.constantFrom('', ...HOSTILE),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) =>
      edits.reduce(
        (t, e) => t.slice(0, e.at) + e.insert + t.slice(Math.min(t.length, e.at + e.remove)),
        text,
      ),
    );

const laidOut = fc
  .tuple(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(undefined, 0, 1, 2, 4, '\t', ' \r\n'))
  .map(([value, indent]) =>
    typeof indent === 'string'
      ? JSON.stringify(value, null, 1).replace(/\n/g, indent)
      : JSON.stringify(value, null, indent),
  );

/** JSON with duplicate keys, escapes, surrogates and numbers in every written form. */
const tricky = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', 'b', 'a\\u0062', '\\"', '\\ud83d\\ude00', '😀', 'é', '\\/'),
      fc.constantFrom(
        '0',
        '-0',
        '1.5e-3',
        '1E+2',
        '1e400',
        '-12.50',
        'true',
        'false',
        'null',
        '"x\\ty"',
        '[]',
        '{}',
        '{"a":1,"a":2}',
        '[1,{"k":[],"k":{}}]',
      ),
    ),
    { maxLength: 20 },
  )
  .map((pairs) => `{${pairs.map(([k, v]) => `"${k}": ${v}`).join(',\n')}}`);

describe('the fast JSON scanner', () => {
  it('reads every JSON file of the course and the fixtures that jsonc-parser reads without error, into the same tree', () => {
    let read = 0;
    let clean = 0;
    for (const file of files) {
      const text = readFileSync(`${ROOT}/${file}`, 'utf8').replace(/^\uFEFF/, '');
      const errors: ParseError[] = [];
      parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
      if (errors.length === 0 && text.trim() !== '') clean++;
      if (agrees(text)) read++;
    }
    expect(files.length).toBeGreaterThan(100);
    // The few clean files it leaves to jsonc-parser use what it does not read (odd spaces).
    expect(read).toBeGreaterThan(clean * 0.95);
  });

  it('reads generated JSON in any layout, and agrees with jsonc-parser', () => {
    fc.assert(
      fc.property(fc.oneof(laidOut, tricky), (text) => {
        expect(agrees(text)).toBe(true);
      }),
      { numRuns: runs, seed: 19 },
    );
  });

  it('never returns a tree jsonc-parser would not build, on hostile edits of real and generated files', () => {
    const real = files.slice(0, 40).map((f) => readFileSync(`${ROOT}/${f}`, 'utf8'));
    const base = fc.oneof(fc.constantFrom(...real), laidOut, tricky);
    fc.assert(
      fc.property(
        base.chain((text) => edit(text)),
        (text) => {
          agrees(text);
        },
      ),
      { numRuns: runs * 3, seed: 1919 },
    );
  });
});
