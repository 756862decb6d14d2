/**
 * The shared "unknown name" hint: a close name wins; otherwise the known names are
 * listed, cut after eight; an empty list says so in the caller's words.
 */
import { describe, expect, it } from 'vitest';
import { LISTED, suggestName } from '../../src/compiler/suggest';

const names = (n: number) => Array.from({ length: n }, (_, i) => `state-${String(i + 1)}`);

describe('suggestName', () => {
  it('offers the close name alone when there is one', () => {
    expect(suggestName('listning', ['opening', 'listening', 'close'], 'states')).toBe(
      ' Did you mean "listening"?',
    );
  });

  it('lists every known name when none is close and there are at most eight', () => {
    expect(LISTED).toBe(8);
    expect(suggestName('car-park', names(8), 'states')).toBe(
      ` Known states: ${names(8)
        .map((n) => `"${n}"`)
        .join(', ')}.`,
    );
  });

  it('lists the first eight and counts the rest when there are more', () => {
    const hint = suggestName('car-park', names(11), 'states');
    expect(hint).toContain('"state-8" …and 3 more.');
    expect(hint).not.toContain('"state-9"');
  });

  it('says there are none, in the words given, when the list is empty', () => {
    expect(suggestName('trust', [], 'metrics', '"context" has no metrics yet.')).toBe(
      ' "context" has no metrics yet.',
    );
  });

  it('lists a repeated name once', () => {
    expect(suggestName('SHRUG', ['CONTINUE', 'CONTINUE', 'LEAVE'], 'events')).toBe(
      ' Known events: "CONTINUE", "LEAVE".',
    );
  });
});
