/**
 * The fuzz commands CONTRIBUTING.md tells a contributor to type do what it says. Running
 * them as written would take minutes (that is the point of them), so each is run with
 * `vitest list` in place of `vitest run`: Vitest loads the fuzz test exactly as the
 * command would, with the command's environment, and lists the tests it would run, whose
 * titles carry the number of cases and the seed.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, rootPath } from '../support/paths';
import { CI_RUNS, CI_SEED, failureReport } from './settings';

const contributing = readFileSync(rootPath('CONTRIBUTING.md'), 'utf8');
const fuzzScript = (
  JSON.parse(readFileSync(rootPath('package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts.fuzz;

/** Inline commands of CONTRIBUTING.md that run the fuzz test. */
const documented = [...contributing.matchAll(/`([^`\n]*)`/g)]
  .map((m) => m[1] ?? '')
  .filter((code) => /^npm run fuzz\b|\bvitest run tests\/fuzz\b/.test(code));

/** The environment of a terminal: nothing Vitest or an earlier FUZZ_ setting put there, and npm's bin folder on the PATH as `npm run` puts it. */
function terminalEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST.*|FUZZ_.*|NODE_ENV|TEST)$/.test(key)),
  );
  return { ...env, PATH: [rootPath('node_modules', '.bin'), env.PATH].join(delimiter) };
}

/** Run `command` with `vitest list` for `vitest run`: the tests it would run, one per line. */
async function wouldRun(command: string): Promise<string[]> {
  const listing = command.replace(/\bvitest run\b/, 'vitest list');
  expect(listing, `${command} runs vitest`).not.toBe(command);
  const { stdout } = await promisify(execFile)('sh', ['-c', listing], {
    cwd: ROOT,
    env: terminalEnv(),
    maxBuffer: 1 << 24,
  });
  return stdout.split('\n').filter((line) => line.includes(' > '));
}

const randomRuns = (tests: string[]) =>
  tests
    .filter((t) => t.includes('holds on'))
    .map((t) => t.replace(/^.*> check on mutations of the bundled course, with /, ''));

describe('the fuzz commands in CONTRIBUTING.md', () => {
  it('are the ones this test runs', () => {
    expect(documented).toEqual([
      'npm run fuzz',
      'FUZZ_RUNS=2000 npx vitest run tests/fuzz',
      'FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run tests/fuzz',
    ]);
  });

  it('run 2,000 cases per stack from `npm run fuzz` or FUZZ_RUNS=2000, and replay a seed as the failure prints it', async () => {
    const [script, runs, replay] = await Promise.all([
      wouldRun(fuzzScript ?? ''),
      wouldRun('FUZZ_RUNS=2000 npx vitest run tests/fuzz'),
      wouldRun('FUZZ_SEED=7 FUZZ_PATH=0:1 npx vitest run tests/fuzz'),
    ]);
    const both = (what: string) => [
      `Node's default stack > holds on ${what}`,
      `a 1 MB stack > holds on ${what}`,
    ];
    expect(randomRuns(script)).toEqual(both(`2000 random cases (seed ${CI_SEED})`));
    expect(randomRuns(runs)).toEqual(both(`2000 random cases (seed ${CI_SEED})`));
    expect(randomRuns(replay)).toEqual(both(`${CI_RUNS} random cases (seed 7)`));
    expect(runs.some((t) => t.includes('tests/fuzz/invariants.test.ts'))).toBe(true);
  }, 120_000);

  it('match the replay command a failure prints', () => {
    const report = failureReport(
      {
        seed: 7,
        counterexamplePath: '0:1',
        numRuns: 1,
        numShrinks: 0,
        errorInstance: new Error('x'),
      } as unknown as Parameters<typeof failureReport>[0],
      'with a 1 MB stack',
    );
    const printed = /^Replay it: (.*) -t /m.exec(report)?.[1];
    expect(printed).toBe('FUZZ_SEED=7 FUZZ_PATH=0:1 npx vitest run tests/fuzz');
    expect(documented).toContain(printed?.replace('7', '<seed>').replace('0:1', '<path>'));
  });
});
