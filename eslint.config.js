// Lint rules, including the architecture's import rules (DESIGN.md): the compiler
// never imports React or the engine, the engine never imports the compiler, and only
// the ui folder imports React.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const react = {
  group: ['react', 'react-dom', 'react-dom/*', 'react/*'],
  message: 'Only src/ui imports React.',
};
const engine = {
  group: ['**/engine', '**/engine/**'],
  message: 'The compiler never imports the engine.',
};
const compiler = {
  group: ['**/compiler', '**/compiler/**'],
  message: 'The engine never imports the compiler.',
};
const xstate = {
  group: ['xstate', '@xstate/*'],
  message: 'Only the engine builds XState machines.',
};
const node = {
  group: ['node:*', 'fs', 'path'],
  message: 'This folder runs in the browser too: no Node modules.',
};

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
    files: ['src/compiler/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [react, engine, xstate, node] }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [react, compiler, node] }] },
  },
  {
    files: ['src/debrief/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [react, compiler, xstate, node] }] },
  },
  {
    files: ['src/progress/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [react, compiler, engine, xstate, node] }],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [react, compiler, engine, xstate, node] }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/vite/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [react] }] },
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
