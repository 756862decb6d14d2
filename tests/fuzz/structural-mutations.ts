/**
 * The hostile mutations: what a malicious or careless author writes that byte noise
 * rarely finds. Deep nesting (JSON values, `not` guards, Markdown quotes and lists,
 * YAML), names that collide with Object.prototype or hide zero-width and bidi
 * characters, numbers past what a double holds, megabyte lines, and tens of thousands
 * of bad transitions. Each expands from a few numbers into the text `check` reads.
 */
import {
  initialState,
  numbers,
  objects,
  pick,
  propertyValues,
  replaceSpan,
  states,
  strings,
  transitions,
} from './json-places';

export type StructuralMutation =
  | { kind: 'nest-json'; file: string; value: number; shape: 'array' | 'object'; depth: number }
  | { kind: 'nest-guard'; file: string; transition: number; shape: 'not' | 'and'; depth: number }
  | {
      kind: 'nest-markdown';
      file: string;
      line: number;
      shape: 'quote' | 'list' | 'ordered-list' | 'indented-list' | 'quoted-list';
      depth: number;
    }
  | { kind: 'nest-yaml'; file: string; shape: 'flow' | 'block'; depth: number }
  /** `to` is the new name, `$` in it standing for the old one. */
  | { kind: 'rename'; file: string; name: number; to: string; everywhere: boolean }
  | { kind: 'hostile-key'; file: string; object: number; key: string }
  | { kind: 'number'; file: string; number: number; value: string; every: boolean }
  | {
      kind: 'long-line';
      file: string;
      line: number;
      shape: 'plain' | 'emphasis' | 'strong' | 'brackets' | 'html';
      size: number;
    }
  | {
      kind: 'many-transitions';
      file: string;
      state: number;
      count: number;
      to: 'nowhere' | 'start';
    };

/** Names that are keys of every object, and names that look like others but are not. */
export const HOSTILE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  'isPrototypeOf',
  '__defineGetter__',
  '$\u200b',
  '\u200b$',
  '\u202e$',
  '$\u202e',
  '$\u200d-x',
  '\u2066$\u2069',
  '$\ufeff',
];

/** Numbers a double cannot hold, or only just. */
export const HUGE_NUMBERS = [
  '1e400',
  '-1e400',
  '1e308',
  '-1e308',
  '1.7976931348623157e308',
  '1e-400',
  '-0',
  '123456789012345678901234567890',
];

/** Words of the format itself: renaming them changes the format, not a name. */
const VOCABULARY = new Set(
  (
    '$schema id initial context states on always after target guard guards actions type params ' +
    'meta behaviours outcome final name state event atLeast atMost equals adjust set not and ' +
    'or metric flag visited chose strong mixed weak label description domain polarity quality ' +
    'pattern management leadership effective counterproductive'
  ).split(' '),
);

/** The author's names in a file: the JSON strings (or Markdown words) that are not format words. */
function namesIn(text: string): string[] {
  const found = text.trimStart().startsWith('{')
    ? strings(text).map((s) => text.slice(s.offset + 1, s.offset + s.length - 1))
    : [...text.matchAll(/^#{2,3} +([\w-]+)/gm)].map((m) => m[1] ?? '');
  return [...new Set(found.filter((n) => /^[A-Za-z][\w-]*$/.test(n) && !VOCABULARY.has(n)))];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rename(text: string, m: StructuralMutation & { kind: 'rename' }, from: string): string {
  const name = pick(namesIn(from), m.name);
  if (name === undefined) return text;
  const word = new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, m.everywhere ? 'g' : '');
  return text.replace(word, () => m.to.replace(/\$/g, name));
}

/** The Markdown lines after the front matter: where prose goes. */
function bodyStart(lines: readonly string[]): number {
  const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  return close === -1 ? 0 : close + 1;
}

function insertLines(text: string, line: number, added: string[]): string {
  const lines = text.split('\n');
  const start = bodyStart(lines);
  const at = start + (line % (lines.length - start + 1));
  return [...lines.slice(0, at), '', ...added, '', ...lines.slice(at)].join('\n');
}

function nestedMarkdown(shape: string, depth: number): string[] {
  switch (shape) {
    case 'quote':
      return [`${'>'.repeat(depth)} deep`];
    case 'list':
      return [`${'- '.repeat(depth)}deep`];
    case 'ordered-list':
      return [`${'1. '.repeat(depth)}deep`];
    case 'quoted-list':
      return [`${'> - '.repeat(depth)}deep`];
    default:
      return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`);
  }
}

function nestedYaml(shape: string, depth: number): string {
  if (shape === 'flow') return `deep: ${'['.repeat(depth)}${']'.repeat(depth)}`;
  return Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}deep:`).join('\n') + ' 1';
}

const LONG: Record<string, (size: number) => string> = {
  plain: (n) => 'a'.repeat(n),
  emphasis: (n) => '_a'.repeat(Math.ceil(n / 2)),
  strong: (n) => '**a'.repeat(Math.ceil(n / 3)),
  brackets: (n) => '[a'.repeat(Math.ceil(n / 2)),
  html: (n) => '<a '.repeat(Math.ceil(n / 3)),
};

function nestGuard(text: string, m: StructuralMutation & { kind: 'nest-guard' }): string {
  const place = pick(transitions(text), m.transition);
  if (!place) return text;
  const start = initialState(text) ?? 'opening';
  const inner = place.guard
    ? text.slice(place.guard.offset, place.guard.offset + place.guard.length)
    : `{"type":"visited","params":{"state":${JSON.stringify(start)}}}`;
  const open = m.shape === 'not' ? '{"type":"not","guard":' : '{"type":"and","guards":[';
  const close = m.shape === 'not' ? '}' : ']}';
  const nested = open.repeat(m.depth) + inner + close.repeat(m.depth);
  return place.guard
    ? replaceSpan(text, place.guard, nested)
    : replaceSpan(text, { offset: place.target.offset, length: 0 }, `"guard": ${nested}, `);
}

function manyTransitions(text: string, m: StructuralMutation & { kind: 'many-transitions' }) {
  const place = pick(states(text), m.state);
  if (!place) return text;
  const target = m.to === 'start' ? (initialState(text) ?? 'opening') : 'nowhere';
  const events = Array.from(
    { length: m.count },
    (_, i) => `"FUZZ_${i}": { "target": ${JSON.stringify(target)} }`,
  ).join(',\n');
  if (place.on) {
    const comma = text.slice(place.on.offset + 1, place.on.offset + place.on.length - 1).trim();
    return replaceSpan(
      text,
      { offset: place.on.offset + 1, length: 0 },
      events + (comma ? ',' : ''),
    );
  }
  const rest = text.slice(place.state.offset + 1, place.state.offset + place.state.length - 1);
  const on = `"on": {${events}}${rest.trim() ? ',' : ''}`;
  return replaceSpan(text, { offset: place.state.offset + 1, length: 0 }, on);
}

/** `text` after `m`; for a rename, `from` is the file the name is taken from. */
export function expandStructural(text: string, m: StructuralMutation, from = text): string {
  const json = text.trimStart().startsWith('{');
  switch (m.kind) {
    case 'nest-json': {
      const place = pick(propertyValues(text), m.value);
      if (!place) return text;
      const inner = text.slice(place.offset, place.offset + place.length);
      const [open, close] = m.shape === 'array' ? ['[', ']'] : ['{"a":', '}'];
      return replaceSpan(text, place, open.repeat(m.depth) + inner + close.repeat(m.depth));
    }
    case 'nest-guard':
      return nestGuard(text, m);
    case 'nest-markdown':
      return insertLines(text, m.line, nestedMarkdown(m.shape, m.depth));
    case 'nest-yaml':
      return text.replace(/^(\uFEFF?---\r?\n)/, `$1${nestedYaml(m.shape, m.depth)}\n`);
    case 'rename':
      return rename(text, m, from);
    case 'hostile-key': {
      const place = pick(objects(text), m.object);
      if (!place) return text;
      const empty = text.slice(place.offset + 1, place.offset + place.length - 1).trim() === '';
      const member = `${JSON.stringify(m.key)}: 1${empty ? '' : ', '}`;
      return replaceSpan(text, { offset: place.offset + 1, length: 0 }, member);
    }
    case 'number': {
      const all = numbers(text);
      const chosen = m.every ? all : [pick(all, m.number)].filter((s) => s !== undefined);
      return [...chosen].reverse().reduce((t, s) => replaceSpan(t, s, m.value), text);
    }
    case 'long-line': {
      const long = (LONG[m.shape] ?? LONG.plain!)(m.size);
      if (!json) return insertLines(text, m.line, [long]);
      const place = pick(strings(text), m.line);
      return place ? replaceSpan(text, place, JSON.stringify(long)) : text;
    }
    case 'many-transitions':
      return manyTransitions(text, m);
  }
}
