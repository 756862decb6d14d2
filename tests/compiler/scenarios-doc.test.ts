/** docs/scenarios.md is generated from the analysis; this fails when it no longer matches the library. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenariosDoc } from '../../scripts/scenarios-doc';
import { rootPath } from '../support/paths';

describe('docs/scenarios.md', () => {
  it('is up to date (run npm run docs:scenarios)', () => {
    expect(readFileSync(rootPath('docs/scenarios.md'), 'utf8')).toBe(scenariosDoc());
  });
});
