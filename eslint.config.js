// Lint rules for the code itself. The architecture's import rules (which folder of src/
// may import which, React only in src/ui, XState only in src/engine, no Node modules in
// code that runs in the browser, no cycles) are dependency-cruiser's, in
// .dependency-cruiser.cjs: `npm run lint` runs both.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Browser tests get their browser and pages from tests/e2e/browser.ts only, so
    // every page is watched for errors and slowed when CASEBOOK_CPU_THROTTLE asks.
    files: ['tests/e2e/**/*.e2e.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression > MemberExpression.callee > Identifier.property[name=/^(launch|launchPersistentContext|connectOverCDP|newContext|newPage)$/]',
          message:
            'Open pages with launchBrowser() and openPage() from tests/e2e/browser.ts: they throttle every page under CASEBOOK_CPU_THROTTLE and record its errors.',
        },
      ],
    },
  },
);
