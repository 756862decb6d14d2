/**
 * Building the course index analyses each scenario once: the cards' figures (shortest
 * and longest run) come from the analysis the check made, not from a second `analyse`.
 * The analysis is the costly step of a build (seconds on a 1,000-scene scenario).
 */
import { describe, expect, it, vi } from 'vitest';
import { analyse } from '../../src/engine';
import { buildCourse } from '../../src/vite/course-index';
import { ROOT } from '../support/paths';

vi.mock('../../src/engine', async (original) => {
  const actual = await original<typeof import('../../src/engine')>();
  return { ...actual, analyse: vi.fn(actual.analyse) };
});

describe('buildCourse', () => {
  it('analyses every compiled scenario exactly once, and the cards show that analysis', () => {
    const built = buildCourse('scenarios', ROOT);
    const analysed = vi.mocked(analyse).mock.calls.map(([scenario]) => scenario.id);
    const cards = built.index.scenarios.flatMap((s) => (s.card ? [s.card] : []));
    expect(cards.length).toBeGreaterThan(1);
    expect(analysed.sort()).toEqual(cards.map((c) => c.id).sort());
    for (const [i, [scenario]] of vi.mocked(analyse).mock.calls.entries()) {
      const analysis = vi.mocked(analyse).mock.results[i]?.value as ReturnType<typeof analyse>;
      const card = cards.find((c) => c.id === scenario.id);
      expect(card?.decisions).toEqual({
        shortest: analysis.shortest ?? 0,
        longest: typeof analysis.longest === 'number' ? analysis.longest : null,
      });
    }
  });
});
