// The UI runtime the build and the tests use: React (the default), or Preact through
// `preact/compat` with CASEBOOK_UI_RUNTIME=preact (issue 19: measured as the alternative
// for a smaller first screen; the app's code is the same React code either way).
import type { AliasOptions } from 'vite';

export const preact = process.env.CASEBOOK_UI_RUNTIME === 'preact';

/** Aliases that put `preact/compat` where the app and the test library import React. */
export function runtimeAliases(tests: boolean): AliasOptions {
  if (!preact) return [];
  return [
    { find: /^react$/, replacement: 'preact/compat' },
    { find: /^react-dom$/, replacement: 'preact/compat' },
    { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
    { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
    { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
    { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
    // One copy of Preact's hooks for the tests and the app: the test library's ES module,
    // inlined (vitest.config.ts), resolves `react` through these same aliases.
    ...(tests
      ? [
          {
            find: /^@testing-library\/react$/,
            replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
          },
        ]
      : []),
  ];
}
