/**
 * `stats` and `graph` take their analysis from the check, so when the analysis of one
 * scenario fails (a bug, standing in for any) the author hears it as the check's CB002
 * at that scenario's machine.json and the command exits 1, instead of crashing with a
 * stack trace.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/cli/io';
import { runScenario } from '../../src/cli/scenario';
import { ROOT } from '../support/paths';

vi.mock('../../src/engine', async (original) => {
  const actual = await original<typeof import('../../src/engine')>();
  return {
    ...actual,
    analyse: (...args: Parameters<typeof actual.analyse>) => {
      if (args[0].id === 'missed-deadline') throw new RangeError('the analysis failed');
      return actual.analyse(...args);
    },
  };
});

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd: ROOT, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('when the analysis of a scenario fails', () => {
  for (const command of ['stats', 'graph']) {
    it(`${command} reports it at the scenario's machine.json and exits 1`, () => {
      const io = capture();
      expect(runScenario([command, 'scenarios/missed-deadline'], io)).toBe(1);
      expect(io.stdout).toEqual([]);
      const said = io.stderr.join('\n');
      expect(said).toMatch(
        /^scenarios\/missed-deadline\/machine\.json:1:1: error: Casebook could not finish checking machine\.json \(RangeError: the analysis failed\)/,
      );
      expect(said).toContain('[CB002]');
      expect(io.stderr.at(-1)).toBe('Fix these errors first (npm run check shows all problems).');
    });
  }
});
