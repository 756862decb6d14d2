/** docs/format.md states the same limits as src/compiler/limits.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { count, LIMITS } from '../../src/compiler/limits';
import { rootPath } from '../support/paths';

describe('docs/format.md "Limits"', () => {
  const section = readFileSync(rootPath('docs/format.md'), 'utf8').split('\n## Limits\n')[1] ?? '';

  it.each(Object.entries(LIMITS))('states %s (%d)', (_, value) => {
    expect(section).toContain(count(value));
  });
});
