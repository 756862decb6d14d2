/**
 * `dir` without the engine's text info: when `Intl.Locale` has neither `getTextInfo` nor
 * `textInfo` (older engines), the list of right-to-left scripts and languages decides.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textDirection } from '../../../src/ui/i18n/DocumentLanguage';

afterEach(() => vi.unstubAllGlobals());

describe('textDirection without Intl text info', () => {
  it('reads the fallback list of scripts and languages', () => {
    const Plain = class extends Intl.Locale {
      getTextInfo = undefined;
      textInfo = undefined;
    };
    vi.stubGlobal('Intl', { ...Intl, Locale: Plain });
    for (const lang of ['ar-XB', 'he', 'fa-IR', 'ur', 'az-Arab', 'yi'])
      expect(textDirection(lang)).toBe('rtl');
    for (const lang of ['en', 'de-CH', 'en-XA', 'ku-Latn']) expect(textDirection(lang)).toBe('ltr');
  });
});
