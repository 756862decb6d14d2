/**
 * How long the fuzz test runs and how to replay what it found: a fixed seed and a few
 * cases in `npm test` (CI), more with FUZZ_RUNS, another seed with FUZZ_SEED, and one
 * shrunk case again with FUZZ_SEED and FUZZ_PATH. A failure prints all three.
 */
import type { RunDetails } from 'fast-check';
import { describeCase, type FuzzCase } from './fuzz-case';

/** Cases per stack size in `npm test`: well under a minute for both on two cores. */
export const CI_RUNS = 25;
export const CI_SEED = 20_260_612;
/**
 * After the first failing case, at most this many more are run to shrink it (a count,
 * not a time, so a replay shrinks the same; FUZZ_SHRINK_RUNS changes it). A hang costs
 * its 5 s deadline and a fresh worker, so shrinking one takes seconds per step.
 */
export const MAX_SHRINK_RUNS = 40;

export interface FuzzSettings {
  runs: number;
  seed: number;
  path?: string;
  maxShrinkRuns: number;
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min)
    throw new Error(
      `${name}=${raw} is not a whole number of at least ${min}: set it to one (e.g. ${name}=${fallback}), or leave it unset.`,
    );
  return value;
}

export function fuzzSettings(env: NodeJS.ProcessEnv): FuzzSettings {
  const path = env.FUZZ_PATH?.trim();
  if (path && !/^\d+(:\d+)*$/.test(path))
    throw new Error(
      `FUZZ_PATH=${path} is not a fast-check path: copy it as the failure printed it (numbers separated by ":").`,
    );
  return {
    runs: whole(env, 'FUZZ_RUNS', CI_RUNS, 1),
    seed: whole(env, 'FUZZ_SEED', CI_SEED, -(2 ** 31)),
    ...(path ? { path } : {}),
    maxShrinkRuns: whole(env, 'FUZZ_SHRINK_RUNS', MAX_SHRINK_RUNS, 0),
  };
}

/** What a failure prints: the case, what was wrong, and the command that replays it. */
export function failureReport(details: RunDetails<[FuzzCase]>, testName: string): string {
  const [fuzzCase] = details.counterexample ?? [];
  const path = details.counterexamplePath ?? '';
  const error =
    details.errorInstance instanceof Error
      ? details.errorInstance.message
      : String(details.errorInstance);
  return [
    `The fuzz test failed (seed ${details.seed}, path ${path}, after ${details.numRuns} cases and ${details.numShrinks} shrinks).`,
    `Shrunk case: ${fuzzCase ? describeCase(fuzzCase) : '(none)'}`,
    `What was wrong:\n${error}`,
    `Replay it: FUZZ_SEED=${details.seed} FUZZ_PATH=${path} npx vitest run tests/fuzz -t ${JSON.stringify(testName)}`,
    'Then add the case to tests/fuzz/regressions.ts with a name that says what it is.',
  ].join('\n');
}
