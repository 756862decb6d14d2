// Browser tests: the production build, served on 127.0.0.1, driven in the system's
// Chromium by playwright-core (CI installs Debian's chromium; nothing is downloaded).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/serve-build.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
