/**
 * The author commands, run in-process against temporary courses: what they print,
 * and their exit codes (0 clean, 1 problems, 2 usage mistakes).
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { capturedIo } from '../support/captured-io';
import { runScenario } from '../../src/cli/scenario';
import { ROOT as root } from '../support/paths';

let course: string;
beforeEach(() => {
  course = mkdtempSync(join(tmpdir(), 'casebook-cli-'));
  cpSync(join(root, 'scenarios', 'behaviours.json'), join(course, 'behaviours.json'));
});

function newScenario(id: string): string {
  expect(runScenario(['new', id, '--course', course], capturedIo(course))).toBe(0);
  return join(course, id);
}

describe('scenario new', () => {
  it('creates a scenario that passes check --strict at once', () => {
    const dir = newScenario('first-delegation');
    const machine = JSON.parse(readFileSync(join(dir, 'machine.json'), 'utf8')) as {
      id: string;
      $schema: string;
    };
    expect(machine.id).toBe('first-delegation');
    expect(existsSync(join(dir, machine.$schema))).toBe(true);
    const io = capturedIo(course);
    expect(runCheck(['--strict', '.'], io)).toBe(0);
    expect(io.stdout.join('\n')).toBe('Checked 1 scenario: no problems found.');
  });

  it('refuses to overwrite and rejects ids that are not kebab-case', () => {
    newScenario('taken');
    const io = capturedIo(course);
    expect(runScenario(['new', 'taken', '--course', course], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('already exists');
    expect(runScenario(['new', 'Not An Id', '--course', course], capturedIo(course))).toBe(2);
    expect(runScenario(['rename'], capturedIo(course))).toBe(2);
  });

  it("without --course, creates the scenario in the default course (the project's scenarios/)", () => {
    const io = capturedIo(course);
    expect(runScenario(['new', 'first-delegation'], io, course)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(existsSync(join(course, 'first-delegation', 'scenario.md'))).toBe(true);
    expect(io.stdout[0]).toBe(
      'Created first-delegation/scenario.md and first-delegation/machine.json.',
    );
  });

  it('takes --course DIR before or after the id', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'casebook-cli-default-'));
    for (const args of [
      ['new', 'after-the-id', '--course', course],
      ['new', '--course', course, 'before-the-id'],
    ]) {
      expect(runScenario(args, capturedIo(course), elsewhere)).toBe(0);
    }
    expect(existsSync(join(course, 'after-the-id', 'machine.json'))).toBe(true);
    expect(existsSync(join(course, 'before-the-id', 'machine.json'))).toBe(true);
    expect(readdirSync(elsewhere)).toEqual([]);
    rmSync(elsewhere, { recursive: true });
  });

  it('says what is missing when the id, or the folder after --course, is not there', () => {
    const cases: [string[], string][] = [
      [['new'], 'Give the new scenario an id.'],
      [['new', '--course', course], 'Give the new scenario an id.'],
      [['new', 'an-id', '--course'], '--course needs a folder after it'],
      [['new', 'one', 'two'], 'Give one id, not 2: one two.'],
    ];
    for (const [args, message] of cases) {
      const io = capturedIo(course);
      expect(runScenario(args, io, course)).toBe(2);
      expect(io.stderr.join('\n')).toContain(message);
    }
    expect(readdirSync(course)).toEqual(['behaviours.json']);
  });
});

describe('check', () => {
  it('prints file:line:col, severity, message and code, underlines the spot, and exits 1 on errors', () => {
    const dir = newScenario('broken');
    const file = join(dir, 'machine.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"target": "wrap-up"', '"target": "wrap-upp"'),
    );
    const io = capturedIo(course);
    expect(runCheck(['broken'], io)).toBe(1);
    const lines = io.stdout.join('\n').split('\n');
    const head = lines.findIndex((l) => l.includes('[CB205]'));
    expect(lines[head]).toMatch(
      /^broken\/machine\.json:\d+:\d+: error: "closing" leads to "wrap-upp", but there is no state with that name\. Did you mean "wrap-up"\? \[CB205\]$/,
    );
    expect(lines[head + 1]).toContain('"target": "wrap-upp"');
    expect(lines[head + 2]).toMatch(/\| +\^{10}$/);
    expect(lines.at(-1)).toBe('Checked 1 scenario: 1 error, 0 warnings.');
  });

  it('passes warnings unless --strict', () => {
    const dir = newScenario('warned');
    const file = join(dir, 'scenario.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/minutes: (\d+)/, 'minutes: $1\nlevel: 2'),
    );
    expect(runCheck(['warned'], capturedIo(course))).toBe(0);
    const strict = capturedIo(course);
    expect(runCheck(['--strict', 'warned'], strict)).toBe(1);
    expect(strict.stdout.join('\n')).toContain(
      'warning: Casebook does not know the front-matter key "level"',
    );
    expect(strict.stdout.at(-1)).toContain('(--strict: warnings fail the check)');
  });

  it('prints diagnostics as JSON with --json', () => {
    const dir = newScenario('as-json');
    writeFileSync(join(dir, 'machine.json'), '{ "id": "as-json", }');
    const io = capturedIo(course);
    expect(runCheck(['--json', 'as-json'], io)).toBe(1);
    const report = JSON.parse(io.stdout.join('\n')) as {
      scenarios: number;
      diagnostics: { code: string; range: { start: { line: number; col: number } } }[];
    };
    expect(report.scenarios).toBe(1);
    expect(report.diagnostics[0]).toMatchObject({
      code: 'CB201',
      file: 'as-json/machine.json',
      range: { start: { line: 1, col: 18 } },
    });
  });

  it('checks a whole course by default and reports each scenario', () => {
    newScenario('one');
    newScenario('two');
    const io = capturedIo(course);
    expect(runCheck([], { ...io, cwd: root })).toBe(0);
    expect(runCheck(['.'], io)).toBe(0);
    expect(io.stdout.at(-1)).toBe('Checked 2 scenarios: no problems found.');
  });

  it('uses the behaviours.json one level up for a scenario folder, and reports a course without one', () => {
    const dir = newScenario('tagged');
    const taxonomy = join(course, 'behaviours.json');
    writeFileSync(
      taxonomy,
      readFileSync(taxonomy, 'utf8').replace(/"id": "[^"]+"/, '"id": "renamed-behaviour"'),
    );
    const io = capturedIo(course);
    expect(runCheck([dir], io)).toBe(1);
    expect(io.stdout.join('\n')).toContain('[CB504]');
    const bare = mkdtempSync(join(tmpdir(), 'casebook-bare-'));
    cpSync(dir, join(bare, 'tagged'), { recursive: true });
    const none = capturedIo(bare);
    expect(runCheck(['.'], none)).toBe(1);
    expect(none.stdout.join('\n')).toContain(
      'behaviours.json:1:1: error: The course has no behaviours.json',
    );
  });

  it('exits 2 on an unknown option or a missing folder', () => {
    const io = capturedIo(course);
    expect(runCheck(['--strcit'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('Unknown option --strcit');
    expect(runCheck(['no-such-folder'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('no-such-folder: no such folder');
  });

  it('runs as npm run check on the bundled course', () => {
    const output = execFileSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      ['src/cli/check-main.ts', '--strict'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(output.trim().split('\n').at(-1)).toMatch(
      /^Checked \d+ scenarios?: no problems found\.$/,
    );
  });
});
