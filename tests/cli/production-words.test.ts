// The check's messages are words of the catalogs, and Lingui compiles their ICU text at run
// time only outside NODE_ENV=production, which `npm run package` sets for its build: the CLI
// and the Vite plugin word them whatever NODE_ENV says, so an admin never reads
// "names no state of machine.json.{suggestion}".
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { rootPath } from '../support/paths';

const production = (args: string[]) =>
  spawnSync(rootPath('node_modules/.bin/tsx'), args, {
    cwd: rootPath('.'),
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });

const UNKNOWN_SECTION = `"## outcome-mixed" names no state of machine.json. Rename the section to a state's id, or add the state.`;

it('prints the check’s messages worded under NODE_ENV=production', () => {
  const run = production([
    'src/cli/check-main.ts',
    'tests/fixtures/check/cb402-section-names-no-state',
  ]);
  expect(run.stdout + run.stderr).toContain(`${UNKNOWN_SECTION} [CB402]`);
  expect(run.stdout + run.stderr).not.toMatch(/\{[a-z]+\}/);
}, 60_000);

it('words them in the Vite plugin too, which compiles the course for a production build', () => {
  const script = [
    "import { casebook } from './src/vite/casebook-plugin';",
    "import { words } from './src/i18n/diagnostic-words';",
    'casebook();',
    "console.log(words('diagnostics.CB402.unknown', { id: 'outcome-mixed', suggestion: '' }).message);",
  ].join('\n');
  const run = production(['--eval', script]);
  expect(run.stdout.trim()).toBe(UNKNOWN_SECTION);
}, 60_000);
