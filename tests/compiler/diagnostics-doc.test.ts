/** docs/diagnostics.md is generated; this fails when it no longer matches the catalogue and fixtures. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticsDoc } from '../../scripts/diagnostics-doc';
import { CATALOGUE } from '../../src/compiler';
import { rootPath } from '../support/paths';

describe('docs/diagnostics.md', () => {
  const doc = diagnosticsDoc();

  it('documents every code with an example', () => {
    for (const code of Object.keys(CATALOGUE)) {
      const section = doc.split(`### ${code} — `)[1]?.split('\n### ')[0] ?? '';
      expect(section, code).toContain(`[${code}]`);
    }
  });

  it('is up to date (run npm run docs:diagnostics)', () => {
    expect(readFileSync(rootPath('docs/diagnostics.md'), 'utf8')).toBe(doc);
  });
});
