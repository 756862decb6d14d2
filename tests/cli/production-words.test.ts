// The check's messages are words of the catalogs, and Lingui compiles their ICU text at run
// time only outside NODE_ENV=production, which `npm run package` sets: the CLI words them
// whatever NODE_ENV says, so an admin never reads "names no state of machine.json.{suggestion}".
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { rootPath } from '../support/paths';

it('prints the check’s messages worded under NODE_ENV=production', () => {
  const fixture = 'tests/fixtures/check/cb402-section-names-no-state';
  const run = spawnSync(rootPath('node_modules/.bin/tsx'), ['src/cli/check-main.ts', fixture], {
    cwd: rootPath('.'),
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  expect(run.stdout + run.stderr).toContain(
    `"## outcome-mixed" names no state of machine.json. Rename the section to a state's id, or add the state. [CB402]`,
  );
  expect(run.stdout + run.stderr).not.toMatch(/\{[a-z]+\}/);
}, 60_000);
