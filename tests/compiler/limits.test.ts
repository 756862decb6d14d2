/**
 * Issue 12, nesting: no file an author can write overflows the compiler's stack. JSON
 * and guards nested 100,000 deep are refused with one located diagnostic before
 * jsonc-parser sees them (it recurses), both on Node's default stack and in a worker
 * with a 1 MB one; and nothing is dropped silently (the scenario, or the taxonomy,
 * never vanishes without a diagnostic saying why).
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { compileCourse, compileScenario, type CourseInput } from '../../src/compiler';
import { LIMITS, tooDeep } from '../../src/compiler/limits';
import {
  FRONT,
  deepBehaviours,
  deepFrontMatter,
  deepGuardMachine,
  deepMachine,
} from '../support/hostile-inputs';

const DEEP = 100_000;

function course(machine: string, md = FRONT, taxonomy?: string): CourseInput {
  return {
    ...(taxonomy === undefined ? {} : { taxonomy: { path: 'behaviours.json', text: taxonomy } }),
    scenarios: [
      {
        folder: 'deep',
        scenarioMd: { path: 'deep/scenario.md', text: md },
        machineJson: { path: 'deep/machine.json', text: machine },
      },
    ],
  };
}

const cases: [string, CourseInput, string, string][] = [
  ['JSON nested 100,000 deep', course(deepMachine(DEEP)), 'CB212', 'deep/machine.json'],
  ['a guard of 100,000 "not"s', course(deepGuardMachine(DEEP)), 'CB212', 'deep/machine.json'],
  [
    'behaviours.json nested 100,000 deep',
    course(deepMachine(2), FRONT, deepBehaviours(DEEP)),
    'CB506',
    'behaviours.json',
  ],
  [
    'front matter nested 100,000 deep',
    course(deepMachine(2), deepFrontMatter(DEEP)),
    'CB002',
    'deep/scenario.md',
  ],
];

function inWorker(
  input: CourseInput,
): Promise<{ diagnostics?: { code: string; file: string; line: number }[]; threw?: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../support/ts-worker.mjs', import.meta.url), {
      workerData: { script: new URL('../support/compile-worker.ts', import.meta.url).href, input },
      resourceLimits: { stackSizeMb: 1 },
    });
    worker.once('message', (message) => {
      resolve(message as { diagnostics?: { code: string; file: string; line: number }[] });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('nesting limits', () => {
  it.each(cases)(
    'refuses %s with a located diagnostic, on the default stack',
    (_, input, code, file) => {
      const result = compileCourse(input);
      const all = [...result.diagnostics, ...result.scenarios.flatMap((s) => s.diagnostics)];
      const found = all.filter((d) => d.code === code);
      expect(found).toHaveLength(1);
      expect(found[0]?.file).toBe(file);
      expect(found[0]?.range.start.line).toBeGreaterThanOrEqual(1);
      if (code !== 'CB506') expect(result.scenarios[0]?.scenario).toBeUndefined();
      else expect(result.taxonomy).toBeUndefined();
    },
  );

  it.each(cases)(
    'refuses %s in a worker with a 1 MB stack',
    async (_, input, code, file) => {
      const answer = await inWorker(input);
      expect(answer.threw).toBeUndefined();
      expect(answer.diagnostics?.filter((d) => d.code === code).map((d) => d.file)).toEqual([file]);
    },
    60_000,
  );

  it('accepts JSON exactly at the limit and refuses one level more, at the bracket that goes over', () => {
    const at = compileScenario({
      folder: 'deep',
      scenarioMd: { path: 'deep/scenario.md', text: FRONT },
      machineJson: { path: 'deep/machine.json', text: deepMachine(LIMITS.jsonDepth - 1) },
    });
    expect(at.diagnostics.map((d) => d.code)).not.toContain('CB212');
    const over = compileScenario({
      folder: 'deep',
      scenarioMd: { path: 'deep/scenario.md', text: FRONT },
      machineJson: { path: 'deep/machine.json', text: deepMachine(LIMITS.jsonDepth) },
    });
    const d = over.diagnostics.find((x) => x.code === 'CB212');
    const column = '{ "id": "deep", "initial": "a", "description": '.length + LIMITS.jsonDepth;
    expect(d?.range.start).toEqual({ line: 1, col: column, offset: column - 1 });
  });

  it('counts brackets only outside strings, and an unclosed string ends at its line', () => {
    expect(tooDeep(`{ "a": "${'['.repeat(500)}" }`, 2)).toBeUndefined();
    expect(tooDeep(`{ "a": "\\"[[[" }`, 1)).toBeUndefined();
    expect(tooDeep('{ "a": "open\n [[[', 2)).toBe(15);
  });

  it('refuses a guard nested deeper than the guard limit, however the JSON is within its own', () => {
    const result = compileScenario({
      folder: 'deep',
      scenarioMd: { path: 'deep/scenario.md', text: FRONT },
      machineJson: { path: 'deep/machine.json', text: deepGuardMachine(LIMITS.guardDepth + 1) },
    });
    expect(result.diagnostics.map((d) => d.code)).toContain('CB309');
    expect(result.diagnostics.map((d) => d.code)).not.toContain('CB212');
  });
});
