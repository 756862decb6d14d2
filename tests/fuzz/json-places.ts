/**
 * Places in a (possibly already broken) JSON file where the fuzzer puts things: the
 * values of properties, objects, numbers, transitions, states. Found with jsonc-parser's
 * tolerant tree, so a file an earlier mutation broke still has places, and a place is
 * picked by an index taken modulo their count (any number names one).
 */
import { parseTree, type Node } from 'jsonc-parser';

/** A span of the text: `text.slice(offset, offset + length)`. */
export interface Span {
  offset: number;
  length: number;
}

/**
 * jsonc-parser's tree, or none when an earlier mutation nested the file too deep for its
 * recursion: the fuzzer then finds no place there, and the checker still gets the file.
 */
function tree(text: string): Node | undefined {
  try {
    return parseTree(text, [], { allowTrailingComma: true });
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

function walk(node: Node | undefined, visit: (node: Node) => void): void {
  const stack = node ? [node] : [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    visit(next);
    for (const child of [...(next.children ?? [])].reverse()) stack.push(child);
  }
}

function nodes(text: string, keep: (node: Node) => boolean): Node[] {
  const found: Node[] = [];
  walk(tree(text), (node) => {
    if (keep(node)) found.push(node);
  });
  return found;
}

const span = (node: Node): Span => ({ offset: node.offset, length: node.length });

/** The value of every property, in document order. */
export const propertyValues = (text: string): Span[] =>
  nodes(text, (n) => n.parent?.type === 'property' && n.parent.children?.[1] === n).map(span);

export const objects = (text: string): Span[] => nodes(text, (n) => n.type === 'object').map(span);

export const numbers = (text: string): Span[] => nodes(text, (n) => n.type === 'number').map(span);

export const strings = (text: string): Span[] => nodes(text, (n) => n.type === 'string').map(span);

function property(object: Node, key: string): Node | undefined {
  return object.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === key);
}

/** A transition: an object with a `target`; where its `target` property starts, and its `guard` value if it has one. */
export interface TransitionPlace {
  target: Span;
  guard?: Span;
}

export function transitions(text: string): TransitionPlace[] {
  return nodes(text, (n) => n.type === 'object' && property(n, 'target') !== undefined).map(
    (object) => {
      const target = property(object, 'target') as Node;
      const guard = property(object, 'guard')?.children?.[1];
      return { target: span(target), ...(guard ? { guard: span(guard) } : {}) };
    },
  );
}

/** A state of the machine's top-level `states`: the state object and its `on` object, if any. */
export interface StatePlace {
  state: Span;
  on?: Span;
}

export function states(text: string): StatePlace[] {
  const root = tree(text);
  const map = root?.type === 'object' ? property(root, 'states')?.children?.[1] : undefined;
  if (map?.type !== 'object') return [];
  return (map.children ?? []).flatMap((p) => {
    const state = p.children?.[1];
    if (state?.type !== 'object') return [];
    const on = property(state, 'on')?.children?.[1];
    return [{ state: span(state), ...(on?.type === 'object' ? { on: span(on) } : {}) }];
  });
}

/** The machine's `initial` state id, when it has one. */
export function initialState(text: string): string | undefined {
  const root = tree(text);
  const value = root?.type === 'object' ? property(root, 'initial')?.children?.[1] : undefined;
  return typeof value?.value === 'string' ? value.value : undefined;
}

/** Put `insert` in place of `at` in `text`. */
export const replaceSpan = (text: string, at: Span, insert: string): string =>
  text.slice(0, at.offset) + insert + text.slice(at.offset + at.length);

/** The element `index` picks (modulo the count), or undefined when there is none. */
export function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}
