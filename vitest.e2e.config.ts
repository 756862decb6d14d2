// Browser tests: the production build, served on 127.0.0.1, driven in the system's
// Chromium by playwright-core (CI installs Debian's chromium; nothing is downloaded).
// With CASEBOOK_CPU_THROTTLE the pages run on a slowed CPU and the time limits grow
// with it: a limit only ends a hung test, it never judges speed.
import { defineConfig } from 'vitest/config';
import { timeScale } from './tests/e2e/throttle';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/serve-build.ts'],
    environment: 'node',
    testTimeout: 60_000 * timeScale(),
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
