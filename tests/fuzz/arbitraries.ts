/**
 * fast-check generators of fuzz cases. Sizes and depths are spread evenly on a log
 * scale up to the brief's extremes (nesting 100,000 deep, 1 MB lines, 20,000 bad
 * transitions), so small and huge values are both common, and shrink towards 1.
 */
import fc from 'fast-check';
import { textEdits } from '../support/text-edits';
import {
  FOLDERS,
  JSON_PATHS,
  MACHINE_PATHS,
  MARKDOWN_PATHS,
  PATHS,
  type FuzzCase,
} from './fuzz-case';
import type { Mutation } from './mutation';
import { HOSTILE_NAMES, HUGE_NUMBERS } from './structural-mutations';

/** An integer from 1 to `max`, uniform in its logarithm; shrinks towards 1. */
const logInt = (max: number) =>
  fc.integer({ min: 0, max: 1000 }).map((e) => Math.max(1, Math.round(max ** (e / 1000))));

const MAX_DEPTH = 100_000;
const MAX_LINE = 1 << 20;
const MAX_TRANSITIONS = 20_000;
/** Indented lists and block YAML grow as depth squared: 2,500 levels is already 6 MB. */
const MAX_SQUARE_DEPTH = 2_500;

const any = fc.constantFrom(...PATHS);
const json = fc.constantFrom(...JSON_PATHS);
const machine = fc.constantFrom(...MACHINE_PATHS);
const markdown = fc.constantFrom(...MARKDOWN_PATHS);
const place = fc.nat({ max: 1 << 20 });

const noise: fc.Arbitrary<Mutation>[] = [
  fc.record({ kind: fc.constant('flip-bit'), file: any, at: place, bit: fc.nat({ max: 7 }) }),
  fc.record({ kind: fc.constant('swap-lines'), file: any, a: place, b: place }),
  fc.record({
    kind: fc.constant('duplicate-line'),
    file: any,
    line: place,
    times: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('delete-lines'),
    file: any,
    line: place,
    count: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant('truncate'), file: any, at: place }),
  fc.record({ kind: fc.constant('edit'), file: any, edits: textEdits(30_000) }),
  fc.record({ kind: fc.constant('minify'), file: json }),
  fc.record({ kind: fc.constant('remove-file'), file: any }),
];

const hostile: fc.Arbitrary<Mutation>[] = [
  fc.record({
    kind: fc.constant('nest-json'),
    file: json,
    value: place,
    shape: fc.constantFrom('array', 'object'),
    depth: logInt(MAX_DEPTH),
  }),
  fc.record({
    kind: fc.constant('nest-guard'),
    file: machine,
    transition: place,
    shape: fc.constantFrom('not', 'and'),
    depth: logInt(MAX_DEPTH),
  }),
  fc.oneof(
    fc.record({
      kind: fc.constant('nest-markdown'),
      file: markdown,
      line: place,
      shape: fc.constantFrom('quote', 'list', 'ordered-list', 'quoted-list'),
      depth: logInt(MAX_DEPTH),
    }),
    fc.record({
      kind: fc.constant('nest-markdown'),
      file: markdown,
      line: place,
      shape: fc.constant('indented-list'),
      depth: logInt(MAX_SQUARE_DEPTH),
    }),
  ),
  fc.oneof(
    fc.record({
      kind: fc.constant('nest-yaml'),
      file: markdown,
      shape: fc.constant('flow'),
      depth: logInt(MAX_DEPTH),
    }),
    fc.record({
      kind: fc.constant('nest-yaml'),
      file: markdown,
      shape: fc.constant('block'),
      depth: logInt(MAX_SQUARE_DEPTH),
    }),
  ),
  fc.record({
    kind: fc.constant('rename'),
    file: any,
    name: place,
    to: fc.constantFrom(...HOSTILE_NAMES),
    everywhere: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('hostile-key'),
    file: json,
    object: place,
    key: fc.constantFrom(...HOSTILE_NAMES.map((n) => n.replace(/\$/g, 'name'))),
  }),
  fc.record({
    kind: fc.constant('number'),
    file: machine,
    number: place,
    value: fc.constantFrom(...HUGE_NUMBERS),
    every: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('long-line'),
    file: any,
    line: place,
    shape: fc.constantFrom('plain', 'emphasis', 'strong', 'brackets', 'html'),
    size: logInt(MAX_LINE),
  }),
  fc.record({
    kind: fc.constant('many-transitions'),
    file: machine,
    state: place,
    count: logInt(MAX_TRANSITIONS),
    to: fc.constantFrom('nowhere', 'start'),
  }),
];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.oneof(...noise), weight: 2 },
  { arbitrary: fc.oneof(...hostile), weight: 3 },
);

export const fuzzCaseArb: fc.Arbitrary<FuzzCase> = fc.record({
  mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
  also: fc.constantFrom(...FOLDERS),
});
