/**
 * Golden test: the compiled reference scenario, whole. Any change to the compiler's
 * output or to the scenario shows up as a diff to review;
 * `UPDATE_GOLDEN=1 npx vitest run tests/compiler/golden.test.ts` rewrites it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import { loadCourse } from '../../src/disk/load';
import { ROOT as root, rootPath } from '../support/paths';

const golden = rootPath('tests/golden/missed-deadline.compiled.json');

describe('the reference scenario', () => {
  const result = compileCourse(loadCourse('scenarios/missed-deadline', root));
  const compiled = result.scenarios[0]?.scenario;

  it('compiles with no diagnostics at all', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.scenarios[0]?.diagnostics).toEqual([]);
    expect(compiled).toBeDefined();
  });

  it('compiles to the golden CompiledScenario', () => {
    const text = `${JSON.stringify(compiled, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, text);
    if (!existsSync(golden))
      throw new Error('No golden file: run with UPDATE_GOLDEN=1 and review it.');
    expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('meets the reference brief: 3+ endings, 2+ guarded choices, every choice tagged and coached', () => {
    if (!compiled) throw new Error('did not compile');
    const endings = compiled.scenes.filter((s) => s.kind === 'ending');
    expect(new Set(endings.map((e) => e.outcome)).size).toBeGreaterThanOrEqual(2);
    expect(endings.length).toBeGreaterThanOrEqual(3);
    const choices = compiled.scenes.flatMap((s) => s.choices);
    expect(choices.filter((c) => c.transitions.some((t) => t.guard)).length).toBeGreaterThanOrEqual(
      2,
    );
    for (const choice of choices) {
      expect(choice.behaviours.length, choice.event).toBeGreaterThan(0);
      expect(choice.coaching.markdown.length, choice.event).toBeGreaterThan(0);
      expect(choice.label.length, choice.event).toBeGreaterThan(0);
    }
    expect(compiled.audience).toBe('new-manager');
    expect(compiled.metrics.length).toBeGreaterThan(0);
  });

  it("keeps positions that point at the author's lines", () => {
    if (!compiled) throw new Error('did not compile');
    const md = readFileSync(rootPath('scenarios/missed-deadline/scenario.md'), 'utf8').split('\n');
    const json = readFileSync(rootPath('scenarios/missed-deadline/machine.json'), 'utf8').split(
      '\n',
    );
    for (const scene of compiled.scenes) {
      expect(json[scene.source.range.start.line - 1]).toContain(`"${scene.id}"`);
      if (scene.heading)
        expect(md[scene.heading.range.start.line - 1]).toMatch(new RegExp(`^## ${scene.id}\\b`));
      for (const choice of scene.choices) {
        expect(md[choice.heading.range.start.line - 1]).toBe(`### ${choice.event}`);
        expect(json[choice.source.range.start.line - 1]).toContain(`"${choice.event}"`);
      }
    }
  });
});
