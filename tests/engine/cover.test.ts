/**
 * A router whose every route is guarded can still cover every case by logic alone;
 * CB604 must not warn about those, and must about the rest.
 */
import { describe, expect, it } from 'vitest';
import type { Guard } from '../../src/contract';
import { coversEveryCase } from '../../src/engine/analysis/cover';

const flag = (name: string): Guard => ({ type: 'flag', params: { name } });
const not = (guard: Guard): Guard => ({ type: 'not', guard });
const metric = (
  name: string,
  params: { atLeast?: number; atMost?: number; equals?: number },
): Guard => ({
  type: 'metric',
  params: { name, ...params },
});

describe('whether guarded routes cover every case', () => {
  it('covers a flag and its negation, and a route without a guard', () => {
    expect(coversEveryCase([flag('promised'), not(flag('promised'))])).toBe(true);
    expect(coversEveryCase([flag('promised'), undefined])).toBe(true);
  });

  it('covers comparisons that meet, and not those that leave a gap (adjust allows fractions)', () => {
    expect(coversEveryCase([metric('trust', { atLeast: 2 }), metric('trust', { atMost: 2 })])).toBe(
      true,
    );
    expect(coversEveryCase([metric('trust', { atLeast: 2 }), metric('trust', { atMost: 1 })])).toBe(
      false,
    );
    expect(
      coversEveryCase([
        metric('trust', { atLeast: 1 }),
        metric('trust', { equals: 0 }),
        metric('trust', { atMost: -0.5 }),
      ]),
    ).toBe(false);
  });

  it('combines flags, history and metrics', () => {
    const visited: Guard = { type: 'visited', params: { state: 'huddle' } };
    expect(
      coversEveryCase([
        { type: 'and', guards: [visited, metric('trust', { atLeast: 1 })] },
        { type: 'or', guards: [not(visited), metric('trust', { atMost: 1 })] },
      ]),
    ).toBe(true);
    expect(coversEveryCase([{ type: 'and', guards: [flag('a'), flag('b')] }, not(flag('a'))])).toBe(
      false,
    );
  });

  it('leaves the question to the analysis when there are too many cases to try', () => {
    const many = Array.from({ length: 13 }, (_, i) => flag(`f${i}`));
    expect(
      coversEveryCase([
        { type: 'or', guards: many },
        { type: 'and', guards: many.map(not) },
      ]),
    ).toBe(false);
  });
});
