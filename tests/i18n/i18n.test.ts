// The runtime: `t` in the active language, ICU plurals in each, the learner's variant for
// dates, and the pseudo-locales that keep every message's structure.
import { afterEach, describe, expect, it } from 'vitest';
import {
  activate,
  activeLanguage,
  formatList,
  formatLocales,
  formatNumber,
  languageOf,
  t,
} from '../../src/i18n';
import { en } from '../../src/i18n/catalogs/en';
import { de } from '../../src/i18n/catalogs/de';
import { pseudoCatalog } from '../../src/i18n/pseudo';
import type { Messages } from '@lingui/core';

afterEach(() => activate('en', en as unknown as Messages));

describe('t', () => {
  it('speaks English first, with ICU plurals', () => {
    expect(activeLanguage()).toBe('en');
    expect(t('common.runs', { count: 1 })).toBe('1 run');
    expect(t('common.runs', { count: 3 })).toBe('3 runs');
  });

  it('speaks German once its catalog is active, and keeps the German plural rules', () => {
    activate('de', de as unknown as Messages);
    expect(t('common.runs', { count: 1 })).toBe('1 Durchlauf');
    expect(t('common.runs', { count: 2 })).toBe('2 Durchläufe');
    expect(activeLanguage()).toBe('de');
  });

  it("formats in the learner's own variant of the language, and only of that language", () => {
    activate('en', en as unknown as Messages, ['en-GB', 'de-DE']);
    expect(formatLocales()).toEqual(['en-GB', 'en']);
    activate('de', de as unknown as Messages, ['en-GB', 'de-AT']);
    expect(formatLocales()).toEqual(['de-AT', 'de']);
  });

  it('finds a language by tag, in any case, and no unknown one', () => {
    expect(languageOf('DE')?.name).toBe('Deutsch');
    expect(languageOf('en-XA')?.tag).toBe('en-XA');
    expect(languageOf('fr')).toBeUndefined();
  });
});

describe('the pseudo-locales', () => {
  const source = {
    'x.plain': 'Your runs',
    'x.plural': '{n, plural, one {# run} other {# runs}} for {name}',
    'x.rich': 'Read the <0>guide</0>.',
  };

  it('accents every letter, brackets the message and makes it about 40% longer', () => {
    activate('en-XA', pseudoCatalog(source, 'long'));
    const out = t('x.plain' as never);
    expect(out).toMatch(/^\[Ýöûŕ ŕûñš ẋẋẋẋ\]$/);
    expect(out.length).toBeGreaterThanOrEqual(Math.ceil('Your runs'.length * 1.4));
  });

  it('keeps placeholders, plurals, `#` and rich-text tags working', () => {
    activate('en-XA', pseudoCatalog(source, 'long'));
    expect(t('x.plural' as never, { n: 2, name: 'Ada' })).toContain('2 ŕûñš ƒöŕ Ada');
    expect(t('x.rich' as never)).toContain('<0>ĝûîđé</0>');
  });

  it('wraps each message in right-to-left marks for the rtl one', () => {
    activate('ar-XB', pseudoCatalog(source, 'rtl'));
    expect(t('x.plain' as never)).toBe('\u202bYour runs\u202c');
  });
});

describe('numbers and lists', () => {
  it("follow the active language and the learner's variant", () => {
    activate('en', en as unknown as Messages, ['en-GB']);
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B and C');
    activate('de', de as unknown as Messages);
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B und C');
    expect(formatList(['A', 'B'], 'disjunction')).toBe('A oder B');
  });
});
