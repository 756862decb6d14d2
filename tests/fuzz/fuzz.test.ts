/**
 * The fuzz test of issue 12: mutations of the bundled course, checked as `npm run check
 * -- --strict` checks them, in a worker thread with Node's default stack and with a
 * 1 MB one. For every input: no throw, no crash, no hang over 5 s, no silent drop, and
 * every diagnostic at a real file, line and column with a readable message.
 *
 * In `npm test` it runs a fixed seed and few cases; FUZZ_RUNS=2000 (or `npm run fuzz`)
 * runs more, FUZZ_SEED picks another seed, and FUZZ_SEED with FUZZ_PATH replays the
 * shrunk case a failure printed.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzCaseArb } from './arbitraries';
import { CheckRunner, DEADLINE_MS, STACKS } from './check-runner';
import { BUNDLED, courseFor, describeCase, type FuzzCase } from './fuzz-case';
import { problemsWith } from './invariants';
import { REGRESSIONS } from './regressions';
import { failureReport, fuzzSettings } from './settings';

const settings = fuzzSettings(process.env);

/** Long enough for every case to hit its deadline and a fresh worker to start after each. */
const budget = (cases: number) => cases * (DEADLINE_MS + 10_000) + 30_000;

async function problemsOf(runner: CheckRunner, fuzzCase: FuzzCase): Promise<string[]> {
  const files = courseFor(fuzzCase);
  return problemsWith(files, await runner.check(files));
}

function failure(problems: string[]): Error {
  const shown = problems.slice(0, 12);
  if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
  return new Error(shown.join('\n'));
}

for (const stack of STACKS) {
  describe(`check on mutations of the bundled course, with ${stack.name}`, () => {
    let runner: CheckRunner;
    beforeAll(async () => {
      runner = new CheckRunner({ stack, warmUp: BUNDLED });
      await runner.ready();
    }, 60_000);
    afterAll(() => runner.stop());

    it(
      'finds nothing wrong with the course as it is, and checks all of it',
      async () => {
        const outcome = await runner.check(BUNDLED);
        expect(problemsWith(BUNDLED, outcome)).toEqual([]);
        expect(outcome.kind === 'checked' && outcome.scenarios.every((s) => s.playable)).toBe(true);
      },
      budget(1),
    );

    it.each(REGRESSIONS)(
      '$name',
      async (regression) => {
        const problems = await problemsOf(runner, regression);
        expect(problems.join('\n'), describeCase(regression)).toBe('');
      },
      budget(1),
    );

    const title = `holds on ${settings.runs} random cases (seed ${settings.seed})`;
    it(
      title,
      async () => {
        // Shrinking stops after a fixed number of cases: a case past that budget counts as
        // passing, so fast-check reports the smallest failing case found by then.
        let shrinkRuns = -1;
        const details = await fc.check(
          fc.asyncProperty(fuzzCaseArb, async (fuzzCase) => {
            if (shrinkRuns >= settings.maxShrinkRuns) return;
            if (shrinkRuns >= 0) shrinkRuns += 1;
            const problems = await problemsOf(runner, fuzzCase);
            if (problems.length === 0) return;
            if (shrinkRuns < 0) shrinkRuns = 0;
            throw failure(problems);
          }),
          {
            seed: settings.seed,
            numRuns: settings.runs,
            ...(settings.path ? { path: settings.path } : {}),
          },
        );
        if (details.failed) expect.fail(failureReport(details, `with ${stack.name}`));
      },
      budget(settings.runs + settings.maxShrinkRuns),
    );
  });
}
