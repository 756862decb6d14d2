/**
 * The shared "unknown name" hint: a close name wins; otherwise the known names are
 * listed, cut after eight; an empty list says so in the caller's words. (Worded in
 * English here; tests/i18n words them in German.)
 */
import { describe, expect, it } from 'vitest';
import { knownNames, LISTED } from '../../src/compiler/suggest';
import { phrase } from '../../src/i18n/diagnostic-words';
import { englishOf } from '../../src/i18n';
import type { WordingValue } from '../../src/contract';

const names = (n: number) => Array.from({ length: n }, (_, i) => `state-${String(i + 1)}`);
const say = (value: WordingValue) =>
  typeof value === 'object' && 'id' in value ? englishOf(value) : String(value);

describe('knownNames', () => {
  it('offers the close name alone when there is one', () => {
    expect(say(knownNames('listning', ['opening', 'listening', 'close'], 'states'))).toBe(
      ' Did you mean "listening"?',
    );
  });

  it('lists every known name when none is close and there are at most eight', () => {
    expect(LISTED).toBe(8);
    expect(say(knownNames('car-park', names(8), 'states'))).toBe(
      ` Known states: ${names(8)
        .map((n) => `"${n}"`)
        .join(', ')}.`,
    );
  });

  it('lists the first eight and counts the rest when there are more', () => {
    const hint = say(knownNames('car-park', names(11), 'states'));
    expect(hint).toContain('"state-8" …and 3 more.');
    expect(hint).not.toContain('"state-9"');
  });

  it('says there are none, in the words given, when the list is empty', () => {
    expect(say(knownNames('trust', [], 'metrics'))).toBe(' There are no metrics yet.');
    expect(say(knownNames('trust', [], 'metrics', phrase('diagnostics.CB110.noMetrics')))).toMatch(
      /^ "context" has no metrics yet\./,
    );
  });

  it('lists a repeated name once', () => {
    expect(say(knownNames('SHRUG', ['CONTINUE', 'CONTINUE', 'LEAVE'], 'events'))).toBe(
      ' Known events: "CONTINUE", "LEAVE".',
    );
  });
});
