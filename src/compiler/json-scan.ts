/**
 * The fast path for JSON with positions: one tight pass over strict, well-formed JSON
 * that builds exactly the tree jsonc-parser's `parseTree` builds (the same nodes,
 * offsets, lengths, values, parents and colon offsets) and, on the way, what three
 * later walks of the tree used to find (each number's written text, the keys that
 * appear twice in one object, whether any name, text or number needs a closer look).
 *
 * It gives up — returns undefined — at the first thing it does not expect: a syntax
 * error, a comment, an unusual space, a leading zero. The caller then parses with
 * jsonc-parser, whose errors become the diagnostics, so every message and position is
 * jsonc-parser's; this scanner only ever accepts text jsonc-parser reads without error
 * (tests/compiler/json-scan.test.ts fuzzes the two against each other). Nesting is
 * bounded before it runs (`tooDeep`), so its recursion is too.
 */
import type { Node as JsonNode } from 'jsonc-parser';

/** One `"key": value` of an object: its name, the key's node and the value's. */
export interface Member {
  key: string;
  keyNode: JsonNode;
  value: JsonNode;
}

export interface Scanned {
  root: JsonNode;
  /** Each number node with its text as written. */
  numbers: [JsonNode, string][];
  /** The members of each object node. */
  members: [JsonNode, Member[]][];
  /** Every key that appears twice in one object, as `duplicateKeys` lists them (objects in document order). */
  duplicates: Member[];
  /** The longest key and the longest other string (UTF-16 units). */
  longestKey: number;
  longestString: number;
  /** Every number, as parsed. */
  values: number[];
}

/** A node while it is built (jsonc-parser's `Node` is read-only to its users). */
type Building = { -readonly [K in keyof JsonNode]: JsonNode[K] };

let text = '';
let at = 0;
let out: Scanned;

class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

/** The tree of `source` when it is strict JSON this scanner reads; otherwise undefined. */
export function scanJson(source: string): Scanned | undefined {
  text = source;
  at = 0;
  const scanned: Scanned = {
    root: undefined as unknown as JsonNode,
    numbers: [],
    members: [],
    duplicates: [],
    longestKey: 0,
    longestString: 0,
    values: [],
  };
  out = scanned;
  try {
    space();
    const root: Building = value(undefined);
    space();
    if (at !== text.length) return undefined;
    delete root.parent;
    scanned.root = root;
    return scanned;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  } finally {
    text = '';
  }
}

function space(): void {
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) at++;
    else return;
  }
}

function value(parent: JsonNode | undefined): JsonNode {
  const c = text.charCodeAt(at);
  if (c === 0x7b /* { */) return object(parent);
  if (c === 0x5b /* [ */) return array(parent);
  if (c === 0x22 /* " */) {
    const start = at;
    const v = string();
    if (v.length > out.longestString) out.longestString = v.length;
    return { type: 'string', offset: start, length: at - start, parent, value: v } as JsonNode;
  }
  if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) return number(parent);
  if (c === 0x74 /* t */) return keyword('true', true, 'boolean', parent);
  if (c === 0x66 /* f */) return keyword('false', false, 'boolean', parent);
  if (c === 0x6e /* n */) return keyword('null', null, 'null', parent);
  throw GIVE_UP;
}

/** After a number or keyword: what may follow one in strict JSON. */
function delimited(): void {
  const c = text.charCodeAt(at);
  if (
    at === text.length ||
    c === 0x2c ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0x20 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x09
  )
    return;
  throw GIVE_UP;
}

function keyword(
  word: string,
  v: boolean | null,
  type: 'boolean' | 'null',
  parent: JsonNode | undefined,
): JsonNode {
  if (!text.startsWith(word, at)) throw GIVE_UP;
  const start = at;
  at += word.length;
  delimited();
  return { type, offset: start, length: word.length, parent, value: v } as JsonNode;
}

function digits(): number {
  const start = at;
  for (let c = text.charCodeAt(at); c >= 0x30 && c <= 0x39; c = text.charCodeAt(at)) at++;
  return at - start;
}

function number(parent: JsonNode | undefined): JsonNode {
  const start = at;
  if (text.charCodeAt(at) === 0x2d) at++;
  const first = text.charCodeAt(at);
  if (first === 0x30) at++;
  else if (first >= 0x31 && first <= 0x39) digits();
  else throw GIVE_UP;
  if (text.charCodeAt(at) === 0x2e /* . */) {
    at++;
    if (digits() === 0) throw GIVE_UP;
  }
  const e = text.charCodeAt(at);
  if (e === 0x65 || e === 0x45) {
    at++;
    const sign = text.charCodeAt(at);
    if (sign === 0x2b || sign === 0x2d) at++;
    if (digits() === 0) throw GIVE_UP;
  }
  delimited();
  const written = text.slice(start, at);
  const v = Number(written);
  const node = { type: 'number', offset: start, length: at - start, parent, value: v } as JsonNode;
  out.numbers.push([node, written]);
  out.values.push(v);
  return node;
}

/** A string token from its opening quote, decoded; `at` ends after the closing quote. */
function string(): string {
  at++;
  const start = at;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 0x22) {
      const v = text.slice(start, at);
      at++;
      return v;
    }
    if (c === 0x5c /* \ */) return escaped(start);
    if (c < 0x20 || at >= text.length) throw GIVE_UP;
    at++;
  }
}

const ESCAPES: Record<number, string> = {
  0x22: '"',
  0x5c: '\\',
  0x2f: '/',
  0x62: '\b',
  0x66: '\f',
  0x6e: '\n',
  0x72: '\r',
  0x74: '\t',
};

/** The rest of a string that has escapes, from `start` (after the opening quote). */
function escaped(start: number): string {
  let v = text.slice(start, at);
  for (;;) {
    const c = text.charCodeAt(at);
    if (c === 0x22) {
      at++;
      return v;
    }
    if (c < 0x20 || at >= text.length) throw GIVE_UP;
    if (c !== 0x5c) {
      const run = at;
      while (at < text.length) {
        const d = text.charCodeAt(at);
        if (d === 0x22 || d === 0x5c || d < 0x20) break;
        at++;
      }
      v += text.slice(run, at);
      continue;
    }
    const e = text.charCodeAt(at + 1);
    if (e === 0x75 /* u */) {
      const hex = text.slice(at + 2, at + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw GIVE_UP;
      v += String.fromCharCode(parseInt(hex, 16));
      at += 6;
    } else {
      const plain = ESCAPES[e];
      if (plain === undefined) throw GIVE_UP;
      v += plain;
      at += 2;
    }
  }
}

function array(parent: JsonNode | undefined): JsonNode {
  const node: Building = {
    type: 'array',
    offset: at,
    length: -1,
    parent,
    children: [],
  };
  const children = node.children as JsonNode[];
  at++;
  space();
  if (text.charCodeAt(at) !== 0x5d) {
    for (;;) {
      children.push(value(node));
      space();
      const c = text.charCodeAt(at);
      if (c === 0x5d) break;
      if (c !== 0x2c) throw GIVE_UP;
      at++;
      space();
    }
  }
  at++;
  node.length = at - node.offset;
  return node;
}

function object(parent: JsonNode | undefined): JsonNode {
  const node: Building = {
    type: 'object',
    offset: at,
    length: -1,
    parent,
    children: [],
  };
  const children = node.children as JsonNode[];
  const list: Member[] = [];
  // Objects in document order (where each begins), so duplicates list as `duplicateKeys` walks.
  out.members.push([node, list]);
  const dupesAt = out.duplicates.length;
  const own: Member[] = [];
  at++;
  space();
  if (text.charCodeAt(at) !== 0x7d) {
    for (;;) {
      if (text.charCodeAt(at) !== 0x22) throw GIVE_UP;
      const keyStart = at;
      const key = string();
      if (key.length > out.longestKey) out.longestKey = key.length;
      const property: Building = {
        type: 'property',
        offset: keyStart,
        length: -1,
        parent: node,
        children: [],
      };
      const keyNode = {
        type: 'string',
        value: key,
        offset: keyStart,
        length: at - keyStart,
        parent: property,
      } as JsonNode;
      space();
      if (text.charCodeAt(at) !== 0x3a /* : */) throw GIVE_UP;
      property.colonOffset = at;
      at++;
      space();
      const v = value(property);
      (property.children as JsonNode[]).push(keyNode, v);
      property.length = v.offset + v.length - keyStart;
      children.push(property);
      const member = { key, keyNode, value: v };
      if (list.length < 16 ? list.some((m) => m.key === key) : seenIn(list, key)) own.push(member);
      list.push(member);
      space();
      const c = text.charCodeAt(at);
      if (c === 0x7d) break;
      if (c !== 0x2c) throw GIVE_UP;
      at++;
      space();
    }
  }
  at++;
  node.length = at - node.offset;
  // This object's duplicates come before those of the objects inside it.
  if (own.length > 0) out.duplicates.splice(dupesAt, 0, ...own);
  return node;
}

const keySets = new WeakMap<Member[], Set<string>>();

/** Has `list` (of 16 or more members) a member named `key`? One `Set` per large object. */
function seenIn(list: Member[], key: string): boolean {
  let keys = keySets.get(list);
  if (!keys) {
    keys = new Set(list.map((m) => m.key));
    keySets.set(list, keys);
  }
  const seen = keys.has(key);
  keys.add(key);
  return seen;
}
