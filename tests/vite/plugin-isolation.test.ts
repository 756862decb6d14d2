/**
 * One author's broken file is that scenario's error, never the whole build's: a
 * machine.json nested 100,000 deep (which once overflowed the parser and vanished), and
 * a compiler stage that throws on one scenario (standing in for any bug), each leave
 * the other scenarios built and the broken one listed with a located diagnostic.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../src/cli/scenario';
import { buildCourse } from '../../src/vite/course-index';
import { ROOT } from '../support/paths';
import { deepMachine } from '../support/hostile-inputs';

vi.mock('../../src/compiler/structure', async (original) => {
  const actual = await original<typeof import('../../src/compiler/structure')>();
  return {
    ...actual,
    checkStructure: (...args: Parameters<typeof actual.checkStructure>) => {
      if (args[1].id === 'throws-inside') throw new TypeError('a stage failed');
      return actual.checkStructure(...args);
    },
  };
});

function course(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-isolation-'));
  cpSync(join(ROOT, 'scenarios', 'behaviours.json'), join(dir, 'behaviours.json'));
  const io = { cwd: dir, out: () => undefined, err: () => undefined };
  for (const id of ['good-one', 'too-deep', 'throws-inside'])
    expect(runScenario(['new', id, '--course', dir], io)).toBe(0);
  writeFileSync(join(dir, 'too-deep', 'machine.json'), deepMachine(100_000));
  return dir;
}

describe('building a course with one broken scenario', () => {
  it('builds the others and reports the broken ones at their files', () => {
    const dir = course();
    const built = buildCourse(dir, dir);
    expect([...built.scenarios.keys()]).toEqual(['good-one']);
    const entries = built.index.scenarios.map((s) => ({
      folder: s.folder,
      card: Boolean(s.card),
      codes: s.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.code} ${d.file}:${d.range.start.line}`),
    }));
    expect(entries).toEqual([
      { folder: 'good-one', card: true, codes: [] },
      { folder: 'throws-inside', card: false, codes: ['CB002 throws-inside/machine.json:1'] },
      { folder: 'too-deep', card: false, codes: ['CB212 too-deep/machine.json:1'] },
    ]);
    const failure = built.index.scenarios[1]?.diagnostics[0]?.message ?? '';
    expect(failure).toContain(
      'Casebook could not finish checking machine.json (TypeError: a stage failed)',
    );
  });
});
