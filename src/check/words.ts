/**
 * The words an author's tools share for what a scenario holds: guards, actions, run
 * counts and metric ranges, so the CLI's map and statistics and author mode's scene
 * reader and player say the same thing the same way. Used by src/cli (graph.ts,
 * stats.ts, through index.ts) and src/ui/author (scene reader, play from here, counts).
 *
 * The check's second public face, beside index.ts: it imports no compiler, so author
 * mode's page can load these words at once and the pipeline only when a folder is
 * opened (a static import of index.ts would pull the compiler into the page's chunk).
 * Its words are the diagnostics catalog's (`diagnostics.words.…`): author mode reads them
 * in the author's language, the CLI in English; importing them brings that catalog (not
 * the compiler) into author mode's page, so its diagnostics read in German there too.
 */
import type { Action, Guard, WordingValue } from '../contract';
import type { Count } from '../engine';
import { phrase } from '../i18n/diagnostic-words';
import { englishOf, wordingIfKnown } from '../i18n/wording';
import { activeLanguage } from '../i18n/i18n';

/*
 * The words as data (src/i18n/diagnostic-words.ts, ids `diagnostics.words.…`), so author
 * mode words them in the author's language (`inPageLanguage`); the CLI reads them in
 * English through the string forms, which are the same words put into English.
 */

/** `parts` joined `a and b and c` (or `a or b or c`) in the reader's language. */
function joined(parts: readonly WordingValue[], join: 'and' | 'or'): WordingValue {
  if (parts.length === 0) return '';
  return parts.reduceRight((right, left) =>
    phrase('diagnostics.words.join', { left, join, right }),
  );
}

/** {@link describeGuard} as data: a part of a message, or a name as it is. */
export function guardPhrase(guard: Guard): WordingValue {
  switch (guard.type) {
    case 'metric': {
      const { name, atLeast, atMost, equals } = guard.params;
      const parts = [
        atLeast !== undefined ? `${name} ≥ ${atLeast}` : '',
        atMost !== undefined ? `${name} ≤ ${atMost}` : '',
        equals !== undefined ? `${name} = ${equals}` : '',
      ].filter(Boolean);
      return joined(parts, 'and');
    }
    case 'flag':
      return guard.params.name;
    case 'visited':
      return phrase('diagnostics.words.visited', { state: guard.params.state });
    case 'chose':
      return phrase('diagnostics.words.chose', { event: guard.params.event });
    case 'not':
      return phrase('diagnostics.words.not', { guard: wrap(guard.guard) });
    case 'and':
    case 'or':
      return joined(guard.guards.map(wrap), guard.type);
  }
}

function wrap(guard: Guard): WordingValue {
  const words = guardPhrase(guard);
  return guard.type === 'and' || guard.type === 'or'
    ? phrase('diagnostics.words.group', { guard: words })
    : words;
}

/** Guards any of which will do (the ways a choice can be offered): `a or b`, as data. */
export function anyGuardPhrase(guards: readonly Guard[]): WordingValue {
  return joined(guards.map(guardPhrase), 'or');
}

/** {@link describeActions} as data. */
export function actionsPhrase(actions: readonly Action[]): WordingValue {
  const parts: WordingValue[] = actions.flatMap((a) =>
    Object.entries(a.params).map(([name, value]) =>
      a.type === 'adjust'
        ? `${name} ${(value as number) < 0 ? '−' : '+'}${Math.abs(value as number)}`
        : phrase('diagnostics.words.flag', { name, set: value ? 'set' : 'cleared' }),
    ),
  );
  if (parts.length === 0) return '';
  return parts.reduceRight((rest, first) => phrase('diagnostics.words.list', { first, rest }));
}

/** {@link formatCount} as data: the count grouped the reader's way, or `unbounded`. */
export function countPhrase(c: Count): WordingValue {
  if (c === 'unbounded') return phrase('diagnostics.words.unbounded');
  const n = Number(c);
  return Number.isSafeInteger(n)
    ? phrase('diagnostics.words.count', { count: n })
    : c.toLocaleString('en');
}

/** A value of these words in English. */
function english(value: WordingValue): string {
  return typeof value === 'object' && !('list' in value) ? englishOf(value) : String(value);
}

/**
 * A value of these words in the page's language, for author mode: `lang` is set only where
 * the text reads in another language than the page's (English, where the page's language
 * has no words for it yet).
 */
export function inPageLanguage(value: WordingValue): { text: string; lang?: string } {
  if (typeof value !== 'object' || 'list' in value) return { text: english(value) };
  const shown = wordingIfKnown(value) ?? { text: englishOf(value), lang: 'en' };
  return shown.lang === activeLanguage() ? { text: shown.text } : shown;
}

/** A guard in a few words: `trust ≥ 2 and knows-the-cause`. */
export function describeGuard(guard: Guard): string {
  return english(guardPhrase(guard));
}

/** Actions in a few words: `trust +1, clarity −1, knows-the-cause set`. */
export function describeActions(actions: readonly Action[]): string {
  return english(actionsPhrase(actions));
}

/** A run count as people read it: `1,986`, or `unbounded` where a loop lets runs go round. */
export const formatCount = (c: Count) => (c === 'unbounded' ? 'unbounded' : c.toLocaleString('en'));

/** A metric's range: `2`, `-1 to 3`, or `at most 3` where a loop lowers it without limit. */
export function rangeLabel(r: { min: number; max: number }): string {
  if (r.min === r.max) return String(r.min);
  if (r.min === -Infinity && r.max === Infinity) return 'any value';
  if (r.min === -Infinity) return `at most ${r.max}`;
  if (r.max === Infinity) return `at least ${r.min}`;
  return `${r.min} to ${r.max}`;
}
