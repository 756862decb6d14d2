/**
 * CASEBOOK_CPU_THROTTLE=4 runs the browser tests on a CPU four times slower (Chrome's
 * own CPU throttling), to catch a test whose verdict depends on how fast the machine
 * is. The test and action time limits grow by the same factor: a limit is there to
 * end a hung test, never to judge speed.
 */
export const THROTTLE_VARIABLE = 'CASEBOOK_CPU_THROTTLE';

/** The slowdown asked for (4 = four times slower), or undefined when the CPU runs at full speed. */
export function cpuThrottleRate(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env[THROTTLE_VARIABLE]?.trim();
  if (!raw) return undefined;
  const rate = Number(raw);
  if (!Number.isFinite(rate) || rate < 1)
    throw new Error(
      `${THROTTLE_VARIABLE}=${raw} is not a slowdown: set it to a number of at least 1 (4 makes the CPU four times slower), or leave it unset for full speed.`,
    );
  return rate;
}

/** How many times longer than usual a test or a browser action may take before it counts as hung. */
export function timeScale(env: NodeJS.ProcessEnv = process.env): number {
  return cpuThrottleRate(env) ?? 1;
}
