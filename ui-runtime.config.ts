// The UI runtime under the app's React code. The app is written against React's API and
// tested with @testing-library/react; what a learner downloads is Preact through
// `preact/compat` (the default since issue 19: the first screen is 45 KB of JavaScript
// instead of 96 KB, and every test and axe check passes on both). CASEBOOK_UI_RUNTIME=react
// builds and tests on React itself; `npm test` runs the component and browser tests on
// React too (`npm run test:react`), so the code keeps working on either.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AliasOptions } from 'vite';

export const preact = process.env.CASEBOOK_UI_RUNTIME !== 'react';

/** A file of the installed Preact (absolute, so every import of React resolves to one module). */
function preactFile(path: string): string {
  const root = dirname(createRequire(import.meta.url).resolve('preact/package.json'));
  return join(root, path);
}

/** Aliases that put `preact/compat` where the app and the test library import React. */
export function runtimeAliases(tests: boolean): AliasOptions {
  if (!preact) return [];
  const compat = preactFile('compat/dist/compat.mjs');
  const jsx = preactFile('jsx-runtime/dist/jsxRuntime.mjs');
  return [
    { find: /^react$/, replacement: compat },
    { find: /^react-dom$/, replacement: compat },
    { find: /^react-dom\/client$/, replacement: preactFile('compat/client.mjs') },
    { find: /^react-dom\/test-utils$/, replacement: preactFile('test-utils/dist/testUtils.mjs') },
    { find: /^react\/jsx-runtime$/, replacement: jsx },
    { find: /^react\/jsx-dev-runtime$/, replacement: jsx },
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
