// Unit, fixture, property and component tests run here (jsdom for components);
// browser tests in real Chromium live in tests/e2e and run under their own config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
