/**
 * `npm run scenario -- schema <course>` (src/cli/schema.ts) writes a per-course JSON Schema
 * for machine.json. What an editor would offer at each place is read from that written file
 * the way VS Code's JSON support does (following $ref, allOf/anyOf and if/then on the
 * object being typed, then offering `enum` and `examples`): behaviour ids, state ids and
 * condition names, and, in a guard, metric names for a metric guard and flag names for a
 * flag guard (never the other kind, which the check would refuse).
 */
import Ajv from 'ajv';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io';
import { runScenario } from '../../src/cli/scenario';
import { ROOT } from '../support/paths';

type Schema = Record<string, unknown> | boolean;
const ajv = new Ajv({ strict: false });

let root: Record<string, unknown>;
let written: string[];
let course: string;

beforeAll(() => {
  course = mkdtempSync(join(tmpdir(), 'casebook-schema-'));
  cpSync(join(ROOT, 'tests', 'fixtures', 'views-course'), course, { recursive: true });
  // A flag beside the metric, so the two kinds of name can be told apart.
  const file = join(course, 'late-report', 'machine.json');
  const machine = JSON.parse(readFileSync(file, 'utf8'));
  machine.context = { ...machine.context, agreed: false };
  writeFileSync(file, JSON.stringify(machine, null, 2));
  written = [];
  const io: Io = { cwd: course, out: (t) => written.push(t), err: (t) => written.push(t) };
  expect(runScenario(['schema', '.'], io)).toBe(0);
  root = JSON.parse(readFileSync(join(course, '.casebook', 'machine.schema.json'), 'utf8'));
});

function resolve(node: Schema): Schema {
  if (typeof node === 'object' && typeof node.$ref === 'string') {
    const path = node.$ref.replace(/^#\//, '').split('/');
    return resolve(
      path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], root) as Schema,
    );
  }
  return node;
}

/** The schemas that apply to `value`, with their combinators and matching if/then opened. */
function applying(node: Schema, value: unknown): Record<string, unknown>[] {
  const schema = resolve(node);
  if (typeof schema === 'boolean') return [];
  const found = [schema];
  for (const key of ['allOf', 'anyOf', 'oneOf'])
    for (const sub of (schema[key] as Schema[] | undefined) ?? [])
      found.push(...applying(sub, value));
  if (schema.if !== undefined && schema.then !== undefined) {
    const test = { ...(schema.if as object), definitions: root.definitions };
    if (ajv.validate(test, value)) found.push(...applying(schema.then as Schema, value));
  }
  return found;
}

/** What an editor suggests for the value at `path` inside `instance`. */
function suggestions(instance: unknown, path: (string | number)[]): string[] {
  let schemas = applying(root, instance);
  let value = instance;
  for (const key of path) {
    value = (value as Record<string | number, unknown> | undefined)?.[key];
    schemas = schemas.flatMap((s) => {
      const props = s.properties as Record<string, Schema> | undefined;
      const child =
        typeof key === 'number'
          ? (s.items as Schema | undefined)
          : (props?.[key] ??
            (typeof s.additionalProperties === 'object'
              ? (s.additionalProperties as Schema)
              : undefined));
      return child === undefined ? [] : applying(child, value);
    });
  }
  const offered = schemas.flatMap((s) => [
    ...((s.enum as string[] | undefined) ?? []),
    ...((s.examples as string[] | undefined) ?? []),
  ]);
  return [...new Set(offered)].sort();
}

/** A machine with one transition, `value` set at `path` below it. */
function machineWith(transition: Record<string, unknown>) {
  return { id: 'late-report', initial: 'opening', states: { opening: { on: { GO: transition } } } };
}
const TRANSITION = ['states', 'opening', 'on', 'GO'];

describe('scenario schema <course>', () => {
  it('says where it wrote the schema', () => {
    expect(written).toEqual(['Wrote .casebook/machine.schema.json.']);
  });

  it('completes behaviour ids, with the taxonomy as the only choices', () => {
    const taxonomy = JSON.parse(
      readFileSync(join(ROOT, 'tests', 'fixtures', 'views-course', 'behaviours.json'), 'utf8'),
    ) as { behaviours: { id: string }[] };
    const offered = suggestions(machineWith({ target: 'meeting', meta: { behaviours: [''] } }), [
      ...TRANSITION,
      'meta',
      'behaviours',
      0,
    ]);
    expect(offered).toEqual(taxonomy.behaviours.map((b) => b.id).sort());
  });

  it('completes state ids for a target, the initial state and a visited guard', () => {
    const states = ['ending-flat', 'ending-good', 'meeting', 'opening'];
    expect(suggestions(machineWith({ target: '' }), [...TRANSITION, 'target'])).toEqual(states);
    expect(suggestions(machineWith({}), ['initial'])).toEqual(states);
    const visited = { target: 'meeting', guard: { type: 'visited', params: { state: '' } } };
    expect(suggestions(machineWith(visited), [...TRANSITION, 'guard', 'params', 'state'])).toEqual(
      states,
    );
  });

  it('completes condition names for a named guard', () => {
    expect(
      suggestions(machineWith({ target: 'meeting', guard: '' }), [...TRANSITION, 'guard']),
    ).toEqual(['listened', 'trusting']);
  });

  it('completes condition names inside "and", "or" and "not", and accepts them there', () => {
    const and = { target: 'meeting', guard: { type: 'and', guards: [''] } };
    expect(suggestions(machineWith(and), [...TRANSITION, 'guard', 'guards', 0])).toEqual([
      'listened',
      'trusting',
    ]);
    const not = { target: 'meeting', guard: { type: 'not', guard: '' } };
    expect(suggestions(machineWith(not), [...TRANSITION, 'guard', 'guard'])).toEqual([
      'listened',
      'trusting',
    ]);
    // The fixture's "listened" is { "type": "and", "guards": ["trusting", …] }: it compiles,
    // so the schema must not underline it.
    const validate = new Ajv({ strict: false, allErrors: true }).compile(root);
    const machine = JSON.parse(readFileSync(join(course, 'late-report', 'machine.json'), 'utf8'));
    expect(validate(machine), JSON.stringify(validate.errors)).toBe(true);
  });

  it('suggests metric names in a metric guard and flag names in a flag guard', () => {
    const metric = {
      target: 'meeting',
      guard: { type: 'metric', params: { name: '', atLeast: 1 } },
    };
    expect(suggestions(machineWith(metric), [...TRANSITION, 'guard', 'params', 'name'])).toEqual([
      'trust',
    ]);
    const flag = { target: 'meeting', guard: { type: 'flag', params: { name: '' } } };
    expect(suggestions(machineWith(flag), [...TRANSITION, 'guard', 'params', 'name'])).toEqual([
      'agreed',
    ]);
    const inCondition = {
      id: 'late-report',
      meta: { conditions: { agreed: { type: 'flag', params: { name: '' } } } },
    };
    expect(suggestions(inCondition, ['meta', 'conditions', 'agreed', 'params', 'name'])).toEqual([
      'agreed',
    ]);
  });
});
