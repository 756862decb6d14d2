/**
 * Property tests: whatever an author (or a fuzzer) writes, the compiler returns
 * diagnostics instead of throwing, and every diagnostic points at a real file and a
 * position that exists in it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseTaxonomy, sourceFile, type ScenarioInput } from '../../src/compiler';
import { scaffold } from '../../src/check/scaffold';
import { readFileSync } from 'node:fs';
import { positionProblems } from '../support/positions';
import { mutation } from '../support/text-edits';

/** More runs on demand: PROPERTY_RUNS=20 runs each property twenty times as often. */
const scale = Number(process.env.PROPERTY_RUNS ?? '1');
import { rootPath } from '../support/paths';

const taxonomyText = readFileSync(rootPath('scenarios/behaviours.json'), 'utf8');
const taxonomy = parseTaxonomy(sourceFile('behaviours.json', taxonomyText)).taxonomy;
const base = scaffold(
  'prop-case',
  taxonomy ?? { behaviours: [] },
  '../schemas/machine.schema.json',
);
const referenceMd = readFileSync(rootPath('scenarios/missed-deadline/scenario.md'), 'utf8');
const referenceJson = readFileSync(rootPath('scenarios/missed-deadline/machine.json'), 'utf8');

function checkAll(input: ScenarioInput): void {
  const result = compileScenario(input, taxonomy);
  const files = new Map(
    [input.scenarioMd, input.machineJson].flatMap((f) => (f ? [[f.path, f.text]] : [])),
  );
  for (const d of result.diagnostics) {
    const raw = files.get(d.file);
    expect(raw, `diagnostic for unknown file ${d.file}`).toBeDefined();
    expect(positionProblems(d, raw ?? ''), JSON.stringify(d)).toEqual([]);
  }
  if (result.diagnostics.some((d) => d.severity === 'error'))
    expect(result.scenario).toBeUndefined();
  else expect(result.scenario).toBeDefined();
}

const input = (md: string, json: string): ScenarioInput => ({
  folder: 'prop-case',
  scenarioMd: { path: 'prop-case/scenario.md', text: md },
  machineJson: { path: 'prop-case/machine.json', text: json },
});

describe('the compiler never throws and always points at real positions', () => {
  it('on random text in both files', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300, unit: 'binary' }),
        fc.string({ maxLength: 300, unit: 'grapheme' }),
        (md, json) => checkAll(input(md, json)),
      ),
      { numRuns: 300 * scale },
    );
  });

  it('on random JSON values as machine.json', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) =>
        checkAll(input(base['scenario.md'], JSON.stringify(value, null, 2))),
      ),
      { numRuns: 300 * scale },
    );
  });

  it('on mutations of a valid scaffold', () => {
    fc.assert(
      fc.property(mutation(base['scenario.md']), mutation(base['machine.json']), (md, json) =>
        checkAll(input(md, json)),
      ),
      { numRuns: 400 * scale },
    );
  });

  it('on mutations of the reference scenario', () => {
    fc.assert(
      fc.property(mutation(referenceMd), mutation(referenceJson), (md, json) =>
        checkAll({ ...input(md, json), folder: 'missed-deadline' }),
      ),
      { numRuns: 300 * scale },
    );
  });

  it('on random edits of behaviours.json', () => {
    fc.assert(
      fc.property(mutation(taxonomyText), (text) => {
        const result = parseTaxonomy(sourceFile('behaviours.json', text));
        for (const d of result.diagnostics) expect(positionProblems(d, text)).toEqual([]);
      }),
      { numRuns: 200 * scale },
    );
  });
});
