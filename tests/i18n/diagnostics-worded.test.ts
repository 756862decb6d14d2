// Every diagnostic the check makes can be read in the author's language: each fixture of
// tests/fixtures/check (there is one for every code) gives diagnostics, and related places,
// that carry their words as data. Worded in English they are exactly their `message`; worded
// in German they read in German (lang "de"). (tests/i18n/catalogs.test.ts checks that each
// German message has the English one's placeholders.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, RelatedLocation } from '../../src/contract';
import { englishOf, wordingIfKnown } from '../../src/i18n';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { compileFixture, fixtureCases } from '../support/fixtures';

const places = (d: Diagnostic): (Diagnostic | RelatedLocation)[] => [d, ...(d.related ?? [])];

const made = fixtureCases().map((name) => ({
  name,
  diagnostics: compileFixture(name).flatMap((r) => [
    ...r.diagnostics,
    ...r.scenarios.flatMap((s) => s.diagnostics),
  ]),
}));

describe('diagnostics as data', () => {
  it('gives every diagnostic and related place a wording whose English is its message', () => {
    const bare: string[] = [];
    const differ: string[] = [];
    for (const { name, diagnostics } of made)
      for (const d of diagnostics)
        for (const place of places(d)) {
          if (!place.wording) bare.push(`${name}: ${d.code} ${place.message}`);
          else if (englishOf(place.wording) !== place.message)
            differ.push(`${name}: ${d.code} ${englishOf(place.wording)} ≠ ${place.message}`);
        }
    expect(bare).toEqual([]);
    expect(differ).toEqual([]);
  });

  describe('in German', () => {
    beforeAll(() => switchLanguage('de'));
    afterAll(() => switchLanguage('en'));

    it('words every diagnostic in German', () => {
      const wrong: string[] = [];
      for (const { name, diagnostics } of made)
        for (const d of diagnostics)
          for (const place of places(d)) {
            const shown = place.wording && wordingIfKnown(place.wording);
            if (shown?.lang !== 'de' || shown.text.trim() === '')
              wrong.push(`${name}: ${d.code} ${shown?.lang ?? 'none'} ${shown?.text ?? ''}`);
          }
      expect(wrong).toEqual([]);
    });

    it('reads the link stage’s messages in German', () => {
      const section = made
        .find((m) => m.name === 'cb402-section-names-no-state')
        ?.diagnostics.find((d) => d.code === 'CB402');
      expect(section?.wording && wordingIfKnown(section.wording)).toEqual({
        lang: 'de',
        text: expect.stringMatching(/nennt keinen Zustand aus machine\.json\..* Benennen Sie/),
      });
    });
  });
});
