/**
 * The JSON Schemas in schemas/ drive VS Code's completion and squiggles, so they must
 * never reject what the compiler accepts: every machine.json, behaviours.json and
 * delivery.json that compiles without an error (bundled scenarios and check fixtures) validates against
 * its schema. The compiler stays the judge; the schema may be looser, never stricter.
 */
import Ajv from 'ajv';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseTaxonomy, sourceFile } from '../../src/compiler';
import { FIXTURES, fixtureCases, type Expected } from '../support/fixtures';
import { rootPath } from '../support/paths';

const ajv = new Ajv({ allErrors: true, strict: false });
const schema = (name: string) =>
  ajv.compile(JSON.parse(readFileSync(rootPath(`schemas/${name}`), 'utf8')) as object);
const validateMachine = schema('machine.schema.json');
const validateTaxonomy = schema('behaviours.schema.json');
const validateDelivery = schema('delivery.schema.json');
const taxonomy = parseTaxonomy(
  sourceFile('behaviours.json', readFileSync(rootPath('scenarios/behaviours.json'), 'utf8')),
).taxonomy;

/** machine.json files the compiler accepted: the bundled course and fixtures' compiled scenarios. */
function acceptedMachines(): string[] {
  const bundled = readdirSync(rootPath('scenarios'))
    .map((d) => rootPath(`scenarios/${d}/machine.json`))
    .filter((p) => existsSync(p));
  const fixtures = fixtureCases().flatMap((name) => {
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'),
    ) as Expected;
    return expected.compiled
      .map((folder) => join(FIXTURES, name, folder, 'machine.json'))
      .filter((p) => existsSync(p));
  });
  return [...bundled, ...fixtures];
}

/** behaviours.json files with no diagnostic of their own in their fixture. */
function acceptedTaxonomies(): string[] {
  const fixtures = fixtureCases().flatMap((name) => {
    const path = join(FIXTURES, name, 'behaviours.json');
    if (!existsSync(path) || !statSync(path).isFile()) return [];
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'),
    ) as Expected;
    return expected.diagnostics.some((d) => d.at.startsWith('behaviours.json')) ? [] : [path];
  });
  return [rootPath('scenarios/behaviours.json'), ...fixtures];
}

const errorsOf = (validate: typeof validateMachine, path: string) => {
  validate(JSON.parse(readFileSync(path, 'utf8')));
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

/** delivery.json files with no diagnostic of their own in their fixture. */
function acceptedDeliveryFiles(): string[] {
  return fixtureCases().flatMap((name) => {
    const path = join(FIXTURES, name, 'delivery.json');
    if (!existsSync(path)) return [];
    const expected = JSON.parse(
      readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'),
    ) as Expected;
    return expected.diagnostics.some((d) => d.at.startsWith('delivery.json')) ? [] : [path];
  });
}

describe('the JSON Schemas accept what the compiler accepts', () => {
  it('delivery.schema.json accepts every delivery.json the compiler accepts', () => {
    const files = acceptedDeliveryFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const path of files) expect(errorsOf(validateDelivery, path), path).toEqual([]);
  });

  it.each(acceptedMachines().map((p) => [p.slice(rootPath('').length)]))(
    'machine.schema.json accepts %s',
    (path) => {
      expect(errorsOf(validateMachine, rootPath(path))).toEqual([]);
    },
  );

  it.each(acceptedTaxonomies().map((p) => [p.slice(rootPath('').length)]))(
    'behaviours.schema.json accepts %s',
    (path) => {
      expect(errorsOf(validateTaxonomy, rootPath(path))).toEqual([]);
    },
  );

  it('machine.schema.json accepts the forms the compiler takes that the scenarios here do not use', () => {
    const markdown = readFileSync(rootPath('scenarios/missed-deadline/scenario.md'), 'utf8');
    // Format v1.1: the cast's portraits the scenario's front matter names.
    const folder = rootPath('scenarios/missed-deadline/assets');
    const portraits = (existsSync(folder) ? readdirSync(folder) : []).map((name) => ({
      path: `assets/${name}`,
      bytes: new Uint8Array(readFileSync(rootPath(`scenarios/missed-deadline/assets/${name}`))),
    }));
    const reference = JSON.parse(
      readFileSync(rootPath('scenarios/missed-deadline/machine.json'), 'utf8'),
    ) as { states: Record<string, Record<string, unknown>> };
    const forms: Record<string, (m: typeof reference) => void> = {
      'a route as a bare target': (m) => {
        (m.states['wrap-up'] as { always: unknown }).always = 'outcome-pattern-repeats';
      },
      '"type": "atomic"': (m) => {
        (m.states.opening as { type: string }).type = 'atomic';
      },
      'a behaviour named twice': (m) => {
        const on = m.states.opening?.on as Record<string, { meta: { behaviours: string[] } }>;
        on.ASK_WHAT_CHANGED?.meta.behaviours.push('opens-with-open-question');
      },
      'a note that is not text': (m) => {
        (m.states.opening as { meta: unknown }).meta = { description: 5 };
        (m.states.listening as { description: unknown }).description = ['rewrite', 'later'];
      },
    };
    for (const [form, change] of Object.entries(forms)) {
      const machine = structuredClone(reference);
      change(machine);
      const text = JSON.stringify(machine, null, 2);
      const compiled = compileScenario(
        {
          folder: 'missed-deadline',
          scenarioMd: { path: 'missed-deadline/scenario.md', text: markdown },
          machineJson: { path: 'missed-deadline/machine.json', text },
          assets: portraits,
        },
        taxonomy,
      );
      expect(
        compiled.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
        form,
      ).toEqual([]);
      validateMachine(machine);
      expect(validateMachine.errors ?? [], form).toEqual([]);
    }
  });
});
