/** FUZZ_RUNS, FUZZ_SEED and FUZZ_PATH reach the fuzz test, a wrong value is refused in words, and a failure prints how to replay it. */
import { describe, expect, it } from 'vitest';
import { CI_RUNS, CI_SEED, failureReport, fuzzSettings, MAX_SHRINK_RUNS } from './settings';

describe('fuzzSettings', () => {
  it('runs the fixed seed and the CI count when nothing is set', () => {
    expect(fuzzSettings({})).toEqual({
      runs: CI_RUNS,
      seed: CI_SEED,
      maxShrinkRuns: MAX_SHRINK_RUNS,
    });
  });

  it('takes the count, the seed and the path to replay from the environment', () => {
    expect(fuzzSettings({ FUZZ_RUNS: '2000', FUZZ_SEED: '-7', FUZZ_PATH: '3:0:1' })).toEqual({
      runs: 2000,
      seed: -7,
      path: '3:0:1',
      maxShrinkRuns: MAX_SHRINK_RUNS,
    });
  });

  it('refuses a count or a path it cannot use, saying what to write instead', () => {
    expect(() => fuzzSettings({ FUZZ_RUNS: 'lots' })).toThrow(
      `FUZZ_RUNS=lots is not a whole number of at least 1: set it to one (e.g. FUZZ_RUNS=${CI_RUNS}), or leave it unset.`,
    );
    expect(() => fuzzSettings({ FUZZ_RUNS: '0' })).toThrow(/at least 1/);
    expect(() => fuzzSettings({ FUZZ_PATH: 'seed 3' })).toThrow(
      /copy it as the failure printed it/,
    );
  });
});

describe('failureReport', () => {
  it('prints the seed, the path, the shrunk case with invisible characters escaped, and the replay command', () => {
    const report = failureReport(
      {
        seed: 42,
        counterexamplePath: '1:0',
        numRuns: 2,
        numShrinks: 5,
        errorInstance: new Error('check hung: no answer within 5000 ms'),
        counterexample: [
          {
            mutations: [
              { kind: 'rename', file: 'a/machine.json', name: 1, to: '$\u200b', everywhere: true },
            ],
            also: 'a',
          },
        ],
      } as unknown as Parameters<typeof failureReport>[0],
      "with Node's default stack",
    );
    expect(report.split('\n')).toEqual([
      'The fuzz test failed (seed 42, path 1:0, after 2 cases and 5 shrinks).',
      'Shrunk case: {"mutations":[{"kind":"rename","file":"a/machine.json","name":1,"to":"$\\u200b","everywhere":true}],"also":"a"}',
      'What was wrong:',
      'check hung: no answer within 5000 ms',
      `Replay it: FUZZ_SEED=42 FUZZ_PATH=1:0 npx vitest run tests/fuzz -t "with Node's default stack"`,
      'Then add the case to tests/fuzz/regressions.ts with a name that says what it is.',
    ]);
  });
});
