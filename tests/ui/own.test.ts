/**
 * Lookups by author-chosen names in the UI: a record without an entry for
 * `constructor` or `toString` has none, whatever Object.prototype holds; and a range
 * that is not a number reads "unknown" rather than "NaN to NaN".
 */
import { describe, expect, it } from 'vitest';
import { flagWords, metricRange, rangeLabel } from '../../src/ui/author/counts';
import { own } from '../../src/ui/own';

describe('own', () => {
  it('finds only a record’s own entries', () => {
    const metrics: Record<string, number> = { trust: 2 };
    expect(own(metrics, 'trust')).toBe(2);
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])
      expect(own(metrics, name)).toBeUndefined();
    expect(own({ constructor: 3 }, 'constructor')).toBe(3);
    expect(own(undefined, 'trust')).toBeUndefined();
  });
});

describe('ranges and flags in words', () => {
  it('says "–" for a metric the analysis has no range of, even one named constructor', () => {
    expect(metricRange({ trust: { min: 0, max: 2 } }, 'trust')).toBe('0 to 2');
    expect(metricRange({ trust: { min: 0, max: 2 } }, 'constructor')).toBe('–');
    expect(metricRange(undefined, 'toString')).toBe('–');
  });

  it('says "unknown" for a range that is not a number, and keeps the open-ended ones', () => {
    expect(rangeLabel({ min: NaN, max: 3 })).toBe('unknown');
    expect(rangeLabel({ min: -Infinity, max: 3 })).toBe('at most 3');
  });

  it('reads a flag on arrival in words', () => {
    expect(flagWords('always')).toBe('always set');
    expect(flagWords('never')).toBe('never set');
    expect(flagWords(undefined)).toBe('sometimes set');
  });
});
