/**
 * Every distinct failure the fuzzer found, shrunk to a small named case. The fuzz test
 * runs each as a plain example beside the random cases (with both stack sizes), so a
 * fixed bug stays fixed whatever the random cases happen to be. Sizes are the brief's
 * extremes or well past where the failure starts, so a case fails on any machine while
 * the bug is there and passes on every machine once it is fixed.
 */
import type { FuzzCase } from './fuzz-case';
import type { Mutation } from './mutation';

export interface Regression extends FuzzCase {
  name: string;
}

const MACHINE = 'missed-deadline/machine.json';
const SCENARIO = 'missed-deadline/scenario.md';

const at = (name: string, ...mutations: Mutation[]): Regression => ({
  name,
  mutations,
  also: 'missed-deadline',
});

export const REGRESSIONS: Regression[] = [
  // The fuzzer's own JSON places: after nesting a file too deep for jsonc-parser, a later
  // mutation of the same file found its places with it and overflowed (the harness, not check).
  at(
    'a machine.json nested 6,166 deep, then a name renamed to __proto__',
    { kind: 'nest-json', file: MACHINE, value: 0, shape: 'array', depth: 6_166 },
    { kind: 'rename', file: MACHINE, name: 0, to: '__proto__', everywhere: false },
  ),
  // Deep JSON: jsonc-parser overflows, the error is swallowed, and nothing says why.
  at('a machine.json value nested in 100,000 arrays', {
    kind: 'nest-json',
    file: MACHINE,
    value: 1,
    shape: 'array',
    depth: 100_000,
  }),
  at('a machine.json value nested in 100,000 objects', {
    kind: 'nest-json',
    file: MACHINE,
    value: 1,
    shape: 'object',
    depth: 100_000,
  }),
  at('a behaviours.json value nested in 100,000 arrays', {
    kind: 'nest-json',
    file: 'behaviours.json',
    value: 1,
    shape: 'array',
    depth: 100_000,
  }),
  at('a guard nested in 100,000 nots', {
    kind: 'nest-guard',
    file: MACHINE,
    transition: 0,
    shape: 'not',
    depth: 100_000,
  }),
  // Shallower: the parser copes, then the compiler's own recursion overflows and throws.
  at('a guard nested in 10,000 ands', {
    kind: 'nest-guard',
    file: MACHINE,
    transition: 0,
    shape: 'and',
    depth: 10_000,
  }),
  at('a guard nested in 3,500 nots', {
    kind: 'nest-guard',
    file: MACHINE,
    transition: 0,
    shape: 'not',
    depth: 3_500,
  }),
  {
    name: 'a guard nested in 2,427 nots, where the analysis explains it',
    mutations: [
      {
        kind: 'nest-guard',
        file: 'ai-adoption-under-fear/machine.json',
        transition: 0,
        shape: 'not',
        depth: 2_427,
      },
    ],
    also: 'ai-adoption-under-fear',
  },
  at('front matter with 2,500 nested YAML mappings', {
    kind: 'nest-yaml',
    file: SCENARIO,
    shape: 'block',
    depth: 2_500,
  }),
  at('front matter with a YAML sequence nested 100,000 deep', {
    kind: 'nest-yaml',
    file: SCENARIO,
    shape: 'flow',
    depth: 100_000,
  }),
  // Pathological Markdown: marked takes minutes (or overflows and every section is "missing").
  at('a line of 100,000 > quote markers', {
    kind: 'nest-markdown',
    file: SCENARIO,
    line: 0,
    shape: 'quote',
    depth: 100_000,
  }),
  at('a line of 100,000 nested - list markers', {
    kind: 'nest-markdown',
    file: SCENARIO,
    line: 0,
    shape: 'list',
    depth: 100_000,
  }),
  at('a line of 100,000 nested 1. list markers', {
    kind: 'nest-markdown',
    file: SCENARIO,
    line: 0,
    shape: 'ordered-list',
    depth: 100_000,
  }),
  at('a line of 100,000 nested > - quoted lists', {
    kind: 'nest-markdown',
    file: SCENARIO,
    line: 0,
    shape: 'quoted-list',
    depth: 100_000,
  }),
  at('a list indented 1,500 levels deep', {
    kind: 'nest-markdown',
    file: SCENARIO,
    line: 0,
    shape: 'indented-list',
    depth: 1_500,
  }),
  at('a 100 KB paragraph of _a_a_a', {
    kind: 'long-line',
    file: SCENARIO,
    line: 3,
    shape: 'emphasis',
    size: 100_000,
  }),
  at('a 100 KB paragraph of **a**a**a', {
    kind: 'long-line',
    file: SCENARIO,
    line: 3,
    shape: 'strong',
    size: 100_000,
  }),
  // Many diagnostics: positions and printing are quadratic.
  at('20,000 transitions to a state that does not exist', {
    kind: 'many-transitions',
    file: MACHINE,
    state: 0,
    count: 20_000,
    to: 'nowhere',
  }),
  at('20,000 transitions without a choice section', {
    kind: 'many-transitions',
    file: MACHINE,
    state: 0,
    count: 20_000,
    to: 'start',
  }),
  at(
    '5,000 bad transitions with machine.json minified onto one line',
    { kind: 'many-transitions', file: MACHINE, state: 0, count: 5_000, to: 'nowhere' },
    { kind: 'minify', file: MACHINE },
  ),
  // Messages built from a prototype lookup, an infinite number or an invisible character.
  at('an unknown key named constructor at the top of machine.json', {
    kind: 'hostile-key',
    file: MACHINE,
    object: 0,
    key: 'constructor',
  }),
  at('an unknown key named toString in a state', {
    kind: 'hostile-key',
    file: MACHINE,
    object: 3,
    key: 'toString',
  }),
  at('a metric of 1e400', {
    kind: 'number',
    file: MACHINE,
    number: 0,
    value: '1e400',
    every: false,
  }),
  at('a metric of -1e400', {
    kind: 'number',
    file: MACHINE,
    number: 0,
    value: '-1e400',
    every: false,
  }),
  at('a state renamed with a zero-width space in it', {
    kind: 'rename',
    file: MACHINE,
    name: 1,
    to: '$\u200b',
    everywhere: true,
  }),
  at('the initial state named with a right-to-left override', {
    kind: 'rename',
    file: MACHINE,
    name: 1,
    to: '\u202e$',
    everywhere: false,
  }),
  at('a metric named with a byte-order mark in it, used by its old name', {
    kind: 'rename',
    file: MACHINE,
    name: 2,
    to: '$\ufeff',
    everywhere: false,
  }),
];
