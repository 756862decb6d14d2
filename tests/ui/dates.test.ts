/**
 * Dates in the learner's locale, through one helper: the same moment reads in each
 * locale's own way, and an action plan's calendar day is that day in every time zone.
 */
import { describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatDay } from '../../src/ui/dates';

describe('dates in the learner’s locale', () => {
  it.each([
    ['en-GB', '12 March 2026'],
    ['en-US', 'March 12, 2026'],
    ['de-DE', '12. März 2026'],
    ['fr-FR', '12 mars 2026'],
  ])('a calendar day in %s', (locale, text) => {
    expect(formatDay('2026-03-12', locale)).toBe(text);
  });

  it('keeps a calendar day on its day whatever the time zone (it is formatted as UTC)', () => {
    expect(formatDay('2026-01-01', 'en-GB')).toBe('1 January 2026');
    expect(formatDay('2026-12-31', 'en-GB')).toBe('31 December 2026');
  });

  it('formats a moment’s day and its time by the locale', () => {
    const noon = new Date(2026, 10, 22, 12, 5).toISOString();
    expect(formatDate(noon, 'en-GB')).toBe('22 November 2026');
    expect(formatDateTime(noon, 'en-GB')).toBe('22 Nov 2026, 12:05');
    expect(formatDateTime(noon, 'en-US')).toMatch(/^Nov 22, 2026, 12:05\sPM$/u);
  });

  it('shows text that is not a date as it is, instead of throwing', () => {
    expect(formatDateTime('not a date', 'en-GB')).toBe('not a date');
    expect(formatDay('2026-xx-01', 'en-GB')).toBe('2026-xx-01');
  });
});

describe('the cost of a list of dates', () => {
  it('makes one formatter per locale and style, however many dates it formats', () => {
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    const times = Array.from({ length: 50 }, (_, i) => new Date(2026, 0, 1 + i).toISOString());
    const texts = times.map((t) => formatDateTime(t, 'en-GB'));
    expect(texts[0]).toBe(formatDateTime(times[0] ?? '', 'en-GB'));
    expect(new Set(texts).size).toBe(50);
    expect(made.mock.calls.length).toBeLessThanOrEqual(1);
    made.mockRestore();
  });
});
