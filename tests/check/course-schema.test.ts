/** The per-course schema (src/check/course-schema.ts) validated with ajv against the bundled course's machines. */
import Ajv from 'ajv';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseNames, courseSchema } from '../../src/check';
import { parseTaxonomy, sourceFile } from '../../src/compiler';
import { ROOT } from '../support/paths';

const COURSE = join(ROOT, 'scenarios');
const machines = readdirSync(COURSE)
  .filter((d) => existsSync(join(COURSE, d, 'machine.json')))
  .map((d) => readFileSync(join(COURSE, d, 'machine.json'), 'utf8'));
const taxonomy = parseTaxonomy(
  sourceFile('behaviours.json', readFileSync(join(COURSE, 'behaviours.json'), 'utf8')),
).taxonomy;
const base = JSON.parse(readFileSync(join(ROOT, 'schemas', 'machine.schema.json'), 'utf8'));
const schema = courseSchema(base, taxonomy!, courseNames(machines));
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

describe('the per-course machine.json schema', () => {
  it('accepts every bundled machine.json', () => {
    for (const text of machines)
      expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });
  it('lists the course behaviour ids with their labels, and suggests its state ids', () => {
    const text = JSON.stringify(schema);
    expect(text).toContain(JSON.stringify(taxonomy!.behaviours[0]!.label));
    expect(text).toContain('"examples":["');
  });
  it('refuses an unknown behaviour id at its path', () => {
    const machine = JSON.parse(machines[0]!);
    const [stateId, state] = Object.entries(
      machine.states as Record<
        string,
        { on?: Record<string, { meta?: { behaviours: string[] } }> }
      >,
    ).find(([, s]) => s.on && Object.values(s.on).some((t) => t.meta))!;
    const [event, t] = Object.entries(state.on!).find(([, t]) => t.meta)!;
    t.meta!.behaviours = ['no-such-behaviour'];
    expect(validate(machine)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toContain(
      `/states/${stateId}/on/${event}/meta/behaviours/0`,
    );
  });
});
