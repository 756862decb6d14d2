/**
 * The generic runner for compiler fixtures: every case's diagnostics must equal its
 * expected.json. `npm run fixtures:update` rewrites the expectations (review the diff).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/compiler';
import {
  compileFixture,
  FIXTURES,
  fixtureCases,
  summarise,
  type Expected,
} from './support/fixtures';

const update = process.env.UPDATE_FIXTURES === '1';

describe('compiler fixtures', () => {
  const cases = fixtureCases();

  it.each(cases)('%s', (name) => {
    const actual = summarise(compileFixture(name));
    const file = join(FIXTURES, name, 'expected.json');
    if (update) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(file))
      throw new Error(`${name} has no expected.json: run "npm run fixtures:update" and review it.`);
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Expected;
    expect(actual).toEqual(expected);
  });

  it('has at least one fixture for every diagnostic code in the catalogue', () => {
    const seen = new Set(
      cases.flatMap((name) => summarise(compileFixture(name)).diagnostics.map((d) => d.code)),
    );
    const missing = Object.keys(CATALOGUE).filter((code) => !seen.has(code));
    expect(missing).toEqual([]);
  });
});
