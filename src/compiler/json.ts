/**
 * JSON with positions, for `machine.json` and `behaviours.json`. jsonc-parser (the
 * parser VS Code uses) keeps going after a syntax error and gives offsets, so an
 * author sees every slip at once, in plain words, at the right line; the tree it
 * returns keeps every node's offset for the later stages' messages.
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Diagnostic, Range, Wording, WordingValue } from '../contract';
import { phrase, words } from '../i18n/diagnostic-words';
import { diagnostic, type Code } from '../contract/catalogue';
import { failure } from './attempt';
import { syntaxDiagnostics } from './json-syntax';
import { scanJson, type Member } from './json-scan';
import { LIMITS, tooDeep, utf8Bytes } from './limits';
import { q, visible } from './quote';
import type { SourceFile } from './source';

export type JsonNode = Node;
export type { Member };

/** What each file calls its problems: syntax, nesting and size, and how to name the file. */
export interface JsonCodes {
  syntax: Extract<Code, 'CB201' | 'CB501' | 'CB901' | 'CB958'>;
  /** Nested deeper than {@link LIMITS.jsonDepth}. */
  depth: Extract<Code, 'CB212' | 'CB506' | 'CB901' | 'CB958'>;
  /** Larger than `maxBytes`. */
  size: Extract<Code, 'CB214' | 'CB506' | 'CB901' | 'CB958'>;
  maxBytes: number;
  /** For the size message: what such a file usually weighs (a `phrase(...)`). */
  typical: Wording;
  /** For the nesting message: how deep such a file usually goes (a `phrase(...)`). */
  needs: Wording;
}

/**
 * Parse `file` as strict JSON; syntax errors become diagnostics. A file larger or
 * nested deeper than the format allows is refused before the parser sees it (its
 * recursion would overflow the stack), and a parser that fails anyway is reported at
 * the file, never taken for "no problems".
 */
export function parseJson(
  file: SourceFile,
  codes: JsonCodes,
): { root?: JsonNode; diagnostics: Diagnostic[] } {
  if (file.text.trim() === '') {
    const range = file.range(0, 0);
    return {
      diagnostics: [
        diagnostic(
          codes.syntax,
          file.path,
          range,
          words('diagnostics.json.empty', { file: base(file) }),
        ),
      ],
    };
  }
  const bytes = utf8Bytes(file.text);
  if (bytes > codes.maxBytes)
    return {
      diagnostics: [
        diagnostic(
          codes.size,
          file.path,
          file.range(0, 1),
          words('diagnostics.json.tooLarge', {
            file: base(file),
            bytes,
            max: codes.maxBytes,
            typical: codes.typical,
          }),
        ),
      ],
    };
  const deep = tooDeep(file.text, LIMITS.jsonDepth);
  if (deep !== undefined)
    return {
      diagnostics: [
        diagnostic(
          codes.depth,
          file.path,
          file.range(deep, deep + 1),
          words('diagnostics.json.tooDeep', {
            file: base(file),
            depth: String(LIMITS.jsonDepth),
            needs: codes.needs,
          }),
        ),
      ],
    };
  const scanned = scanJson(file.text);
  if (scanned) {
    for (const [node, text] of scanned.numbers) written.set(node, text);
    for (const [node, list] of scanned.members) membersOf.set(node, list);
    duplicatesOf.set(scanned.root, scanned.duplicates);
    plain.set(scanned.root, {
      longestKey: scanned.longestKey,
      longestString: scanned.longestString,
      values: scanned.values,
    });
    return { root: scanned.root, diagnostics: [] };
  }
  const errors: ParseError[] = [];
  let root: JsonNode | undefined;
  try {
    root = parseTree(file.text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch (error) {
    return { diagnostics: [failure(file, error)] };
  }
  if (errors.length > 0) return { diagnostics: syntaxDiagnostics(file, codes.syntax, errors) };
  if (!root) return { diagnostics: [failure(file, 'no value')] };
  for (const node of nodesOf(root))
    if (node.type === 'number')
      written.set(node, file.text.slice(node.offset, node.offset + node.length));
  return { root, diagnostics: [] };
}

export function base(file: { path: string }): string {
  return file.path.split('/').pop() ?? file.path;
}

const membersOf = new WeakMap<JsonNode, Member[]>();
/** Each number as the author wrote it (`1e400`, not the `Infinity` it parses to). */
const written = new WeakMap<JsonNode, string>();

/** A number node's text as written in the file. */
export function numberText(node: JsonNode): string {
  return written.get(node) ?? String(node.value);
}
const lastOf = new WeakMap<JsonNode, Map<string, Member>>();

/** The members of an object node, in order, duplicates included (read once per node). */
export function members(node: JsonNode | undefined): Member[] {
  if (!node || node.type !== 'object') return [];
  const known = membersOf.get(node);
  if (known) return known;
  const out: Member[] = [];
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (keyNode && value) out.push({ key: String(keyNode.value), keyNode, value });
  }
  membersOf.set(node, out);
  return out;
}

/** The last member named `key` (as JSON.parse keeps it), through a `Map` built once per object. */
function lastMember(node: JsonNode | undefined, key: string): Member | undefined {
  if (!node || node.type !== 'object') return undefined;
  let index = lastOf.get(node);
  if (!index) {
    index = new Map();
    for (const m of members(node)) index.set(m.key, m);
    lastOf.set(node, index);
  }
  return index.get(key);
}

/** The value of `key` in an object node (the last one, as JSON.parse does). */
export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  return lastMember(node, key)?.value;
}

export function nodeRange(file: SourceFile, node: JsonNode): Range {
  return file.range(node.offset, node.offset + node.length);
}

/** Just the opening bracket of an object or list: for problems with the whole thing, so an editor does not underline the entire file. */
export function openingRange(file: SourceFile, node: JsonNode): Range {
  return node.type === 'object' || node.type === 'array'
    ? file.range(node.offset, node.offset + 1)
    : nodeRange(file, node);
}

/** "a number", "the text "x"", … for messages about wrong types: a part of a message (src/i18n/diagnostic-words.ts). */
export function describeNode(node: JsonNode): WordingValue {
  switch (node.type) {
    case 'string':
      return phrase('diagnostics.json.text', { value: q(String(node.value)) });
    case 'number':
      return phrase('diagnostics.json.number', { value: visible(numberText(node)) });
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'array':
      return phrase('diagnostics.json.list');
    default:
      return phrase('diagnostics.json.object');
  }
}

/** What the fast scanner found of a tree's values, so that a walk for what it rules out can be skipped. */
export interface ValueSummary {
  longestKey: number;
  longestString: number;
  values: number[];
}
const duplicatesOf = new WeakMap<JsonNode, Member[]>();
const plain = new WeakMap<JsonNode, ValueSummary>();

/** The fast scanner's summary of the tree under `root`, when it read the file. */
export function valueSummary(root: JsonNode): ValueSummary | undefined {
  return plain.get(root);
}

/** Every key that appears twice in one object, anywhere in the tree (walked without recursion). */
export function duplicateKeys(root: JsonNode): Member[] {
  const known = duplicatesOf.get(root);
  if (known) return known;
  const found: Member[] = [];
  for (const node of nodesOf(root)) {
    if (node.type !== 'object') continue;
    const seen = new Set<string>();
    for (const m of members(node)) {
      if (seen.has(m.key)) found.push(m);
      seen.add(m.key);
    }
  }
  return found;
}

/** Every node of the tree, in document order, from an explicit stack (no recursion to overflow). */
export function nodesOf(root: JsonNode): JsonNode[] {
  const out: JsonNode[] = [];
  const stack: JsonNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(node);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as JsonNode);
  }
  return out;
}
