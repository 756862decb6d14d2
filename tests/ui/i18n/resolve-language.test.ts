/**
 * Which language wins: the learner's choice, then the LMS (a cmi5 list: first usable),
 * then the browser's list; BCP 47 matching by language when the region or script is not
 * supported, case-insensitive; garbage ignored; the fallback when nothing matches.
 */
import { describe, expect, it } from 'vitest';
import { matchLanguage, resolveLanguage } from '../../../src/ui/i18n/resolve-language';

const SUPPORTED = ['en', 'de'] as const;

describe('matchLanguage', () => {
  const table: [string | undefined, string | undefined][] = [
    ['de', 'de'],
    ['de-CH', 'de'],
    ['DE-ch', 'de'],
    ['en-GB', 'en'],
    ['en-Latn-US', 'en'],
    ['de-u-co-phonebk', 'de'],
    ['fr', undefined],
    ['', undefined],
    ['not a tag!', undefined],
    [undefined, undefined],
  ];
  for (const [wanted, expected] of table)
    it(`${JSON.stringify(wanted)} → ${String(expected)}`, () =>
      expect(matchLanguage(wanted, SUPPORTED)).toBe(expected));

  it('answers as the supported list spells it and prefers the most specific', () => {
    expect(matchLanguage('pt-br', ['pt-BR', 'pt'])).toBe('pt-BR');
    expect(matchLanguage('pt-PT', ['pt-BR', 'pt'])).toBe('pt');
  });
});

describe('resolveLanguage', () => {
  const table: [Parameters<typeof resolveLanguage>[0], string][] = [
    [{ chosen: 'de', lms: 'en', browser: ['en'] }, 'de'],
    [{ chosen: 'fr', lms: 'de-DE', browser: ['en'] }, 'de'],
    [{ lms: 'de-DE', browser: ['en-GB'] }, 'de'],
    [{ lms: 'fr-FR,de-DE', browser: ['en'] }, 'de'],
    [{ lms: 'garbage!!', browser: ['fr', 'de-AT'] }, 'de'],
    [{ browser: ['en-US', 'de'] }, 'en'],
    [{ browser: ['fr', 'es'] }, 'en'],
    [{ browser: [] }, 'en'],
  ];
  for (const [sources, expected] of table)
    it(`${JSON.stringify(sources)} → ${expected}`, () =>
      expect(resolveLanguage(sources, SUPPORTED)).toBe(expected));

  it('falls back to the given language', () =>
    expect(resolveLanguage({ browser: ['fr'] }, ['de'], 'de')).toBe('de'));
});
