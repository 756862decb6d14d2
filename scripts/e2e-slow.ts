/**
 * `npm run test:e2e:slow`: the whole browser suite three rounds in a row with the
 * CPU of every page throttled four times (CASEBOOK_CPU_THROTTLE=4), stopping at the
 * first red round. A test that stays green here does not owe its verdict to a fast
 * or quiet machine.
 */
import { spawnSync } from 'node:child_process';

const ROUNDS = 3;
const RATE = '4';

for (let round = 1; round <= ROUNDS; round++) {
  console.log(
    `\n=== Round ${round} of ${ROUNDS}: browser tests with the CPU throttled ${RATE}× ===\n`,
  );
  const started = Date.now();
  const { status } = spawnSync('npm', ['run', 'test:e2e'], {
    stdio: 'inherit',
    env: { ...process.env, CASEBOOK_CPU_THROTTLE: RATE },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (status !== 0) {
    console.error(`\nRound ${round} of ${ROUNDS} failed after ${seconds} s.`);
    process.exit(status ?? 1);
  }
  console.log(`\nRound ${round} of ${ROUNDS} passed in ${seconds} s.`);
}
console.log(`\nAll ${ROUNDS} throttled rounds passed.`);
