// xAPI durations as ISO 8601, to the hundredth of a second an LRS keeps.
import { describe, expect, it } from 'vitest';
import { isoDuration } from '../../../src/delivery/cmi5/duration';

describe('isoDuration', () => {
  it('writes hours, minutes and seconds, leaving out the zero parts', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1500)).toBe('PT1.5S');
    expect(isoDuration(60_000)).toBe('PT1M');
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(3_723_456)).toBe('PT1H2M3.46S');
    expect(isoDuration(90_061_000)).toBe('PT25H1M1S');
  });

  it('rounds to hundredths without carrying into a 60th second, and never goes negative', () => {
    expect(isoDuration(59_999)).toBe('PT1M');
    expect(isoDuration(4)).toBe('PT0S');
    expect(isoDuration(-20)).toBe('PT0S');
  });

  it('always matches the xAPI duration pattern', () => {
    for (const ms of [0, 1, 10, 999, 61_010, 7_199_990, 86_400_000])
      expect(isoDuration(ms)).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
  });
});
