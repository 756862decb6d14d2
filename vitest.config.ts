// Unit, fixture, property and component tests run here (jsdom for components);
// browser tests in real Chromium live in tests/e2e and run under their own config.
import { defineConfig } from 'vitest/config';
import { preact, runtimeAliases } from './ui-runtime.config';

export default defineConfig({
  // @xapi/cmi5 names its ES module in `module` alone (no `main` or `exports`), which only a
  // browser build reads: point the tests at that same file.
  resolve: {
    alias: [
      { find: /^@xapi\/cmi5$/, replacement: '@xapi/cmi5/dist/Cmi5.esm.js' },
      ...(runtimeAliases(true) as { find: RegExp; replacement: string }[]),
    ],
  },
  // The build-time constants of vite.config.ts as the normal build has them (no LMS package).
  define: { __CASEBOOK_DELIVERY__: '""', __CASEBOOK_SCORE_RULE__: 'null' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['tests/support/async-timeout.ts'],
    ...(preact ? { server: { deps: { inline: [/@testing-library\/react/, /preact/] } } } : {}),
  },
});
