/**
 * The commands read their arguments with util.parseArgs (strict): every mistake is a
 * usage error (exit 2) that names what is wrong in plain words and shows the usage,
 * and nothing is read from disk or printed to stdout before the arguments are right.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/args';
import { runCheck } from '../../src/cli/check';
import type { Io } from '../../src/cli/io';
import { runScenario } from '../../src/cli/scenario';
import { ROOT } from '../support/paths';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd: ROOT, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

const REFERENCE = 'scenarios/missed-deadline';
/** Where `new` would write without `--course`: a folder that must stay empty. */
const nowhere = join(tmpdir(), 'casebook-args-never-written');

describe('usage mistakes', () => {
  const cases: [string, string[], string, RegExp][] = [
    ['check', ['--json=yes'], '--json takes no value.', /^Usage: npm run check/],
    [
      'check',
      ['--strict', '-x', '--strcit'],
      'Unknown options -x, --strcit.',
      /^Usage: npm run check/,
    ],
    ['stats', ['stats', REFERENCE, '--jsn'], 'Unknown option --jsn.', /stats <folder> \[--json\]$/],
    [
      'stats',
      ['stats', REFERENCE, REFERENCE],
      `Give one folder, not 2: ${REFERENCE} ${REFERENCE}.`,
      /stats/,
    ],
    [
      'graph',
      ['graph', REFERENCE, '--format'],
      '--format needs mermaid or dot after it.',
      /graph <folder>/,
    ],
    [
      'graph',
      ['graph', '--format', '--json', REFERENCE],
      '--format needs mermaid or dot after it.',
      /graph/,
    ],
    [
      'graph',
      ['graph', REFERENCE, '--format=svg'],
      'There is no map format "svg": use mermaid or dot.',
      /graph/,
    ],
    ['graph', ['graph'], 'Give a scenario or course folder.', /graph/],
    ['new', ['new', 'an-id', '--dry-run'], 'Unknown option --dry-run.', /new <id>/],
  ];
  for (const [command, args, message, usage] of cases) {
    it(`${command} ${args.join(' ')}: "${message}"`, () => {
      const io = capture();
      const code = command === 'check' ? runCheck(args, io) : runScenario(args, io, nowhere);
      expect(code).toBe(2);
      expect(io.stdout).toEqual([]);
      const [first, ...rest] = io.stderr.join('\n').split('\n');
      expect(first).toBe(message);
      expect(rest.join('\n')).toMatch(usage);
      expect(existsSync(nowhere)).toBe(false);
    });
  }
});

describe('what the options mean', () => {
  it('takes options before, between and after the folders', () => {
    const io = capture();
    expect(runCheck([REFERENCE, '--json', 'scenarios/project-slipping'], io)).not.toBe(2);
    expect(JSON.parse(io.stdout.join('\n'))).toMatchObject({ scenarios: 2 });
  });

  it('takes --format=dot as well as --format dot', () => {
    const joined = capture();
    const apart = capture();
    expect(runScenario(['graph', REFERENCE, '--format=dot'], joined)).toBe(0);
    expect(runScenario(['graph', '--format', 'dot', REFERENCE], apart)).toBe(0);
    expect(joined.stdout[0]?.startsWith('digraph')).toBe(true);
    expect(joined.stdout).toEqual(apart.stdout);
  });

  it('shows the usage on stdout for --help and -h, and succeeds', () => {
    for (const run of [
      (io: Io) => runCheck(['--help'], io),
      (io: Io) => runCheck(['-h'], io),
      (io: Io) => runScenario(['--help'], io),
      (io: Io) => runScenario(['-h'], io),
    ]) {
      const io = capture();
      expect(run(io)).toBe(0);
      expect(io.stderr).toEqual([]);
      expect(io.stdout.join('\n')).toMatch(/^Usage: npm run (check|scenario) --/);
    }
  });

  it('rethrows what is not a parse error', () => {
    const options = { options: { json: { type: 'boolean' } }, allowPositionals: true } as const;
    expect(parseCommand(['--json', 'x'], options)).toMatchObject({
      values: { json: true },
      positionals: ['x'],
    });
    const broken = { options: { json: { type: 'nonsense' } } } as unknown as typeof options;
    expect(() => parseCommand([], broken)).toThrow();
  });
});
