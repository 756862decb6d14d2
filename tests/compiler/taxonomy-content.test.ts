/**
 * The bundled course taxonomy is grounded in the framework: 30+ behaviours, both
 * domains with both polarities, every failure pattern and every quality used, and
 * each pattern on a behaviour of its own side of the gap.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTaxonomy, sourceFile } from '../../src/compiler';
import { PATTERN_DOMAINS, PATTERNS, QUALITIES } from '../../src/contract';
import { rootPath } from '../support/paths';

describe('scenarios/behaviours.json', () => {
  const text = readFileSync(rootPath('scenarios/behaviours.json'), 'utf8');
  const { taxonomy, diagnostics } = parseTaxonomy(sourceFile('behaviours.json', text));
  const behaviours = taxonomy?.behaviours ?? [];

  it('is valid', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has at least 30 behaviours across both domains and both polarities', () => {
    expect(behaviours.length).toBeGreaterThanOrEqual(30);
    for (const domain of ['management', 'leadership'] as const) {
      for (const polarity of ['effective', 'counterproductive'] as const) {
        const count = behaviours.filter(
          (b) => b.domain === domain && b.polarity === polarity,
        ).length;
        expect(count, `${domain} ${polarity}`).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('covers every failure pattern, each on its own side of the gap, and every quality', () => {
    for (const pattern of PATTERNS) {
      const users = behaviours.filter((b) => b.pattern === pattern);
      expect(users.length, pattern).toBeGreaterThan(0);
      for (const b of users) expect(b.domain, b.id).toBe(PATTERN_DOMAINS[pattern]);
    }
    for (const quality of QUALITIES)
      expect(
        behaviours.some((b) => b.quality === quality),
        quality,
      ).toBe(true);
  });
});
