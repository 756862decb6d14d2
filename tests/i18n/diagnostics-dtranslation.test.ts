// The translation and taxonomy checks write their diagnostics as data: the English `message`
// the CLI and tests read is unchanged, and author mode words the same diagnostic in German,
// the part of a translation it is about inflected as German needs it ("der Szene").
import { afterEach, describe, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import { compileCourse } from '../../src/compiler';
import { parseTaxonomy } from '../../src/compiler/taxonomy';
import { parseTaxonomyTranslation } from '../../src/compiler/taxonomy-translation';
import { sourceFile } from '../../src/compiler/source';
import type { Diagnostic } from '../../src/contract';
import { activate, wordingIfKnown } from '../../src/i18n';
import { en } from '../../src/i18n/catalogs/en';
import { loadCourse } from '../../src/disk/load';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { FIXTURES } from '../support/fixtures';

afterEach(() => activate('en', en as unknown as Messages));

/** The valid translation fixture with its scenario.de.md edited. */
function translationDiagnostics(edit: (md: string) => string): Diagnostic[] {
  const input = loadCourse('.', `${FIXTURES}/translation-valid`);
  const de = input.scenarios[0]?.translations?.[0]?.file;
  if (!de) throw new Error('translation-valid has no scenario.de.md');
  de.text = edit(de.text);
  return compileCourse(input).scenarios[0]?.diagnostics ?? [];
}

async function german(d: Diagnostic | undefined): Promise<string | undefined> {
  await switchLanguage('de');
  const worded = d?.wording ? wordingIfKnown(d.wording) : undefined;
  expect(worded?.lang).toBe('de');
  return worded?.text;
}

const behaviour = {
  id: 'sets-clear',
  label: 'L',
  description: 'D',
  domain: 'management',
  polarity: 'effective',
};

describe('translation and taxonomy diagnostics in German', () => {
  it('words a stale lock with the part it is about in the genitive', async () => {
    const [stale] = translationDiagnostics((md) =>
      md.replace('<!-- source: 5b4a1776 -->', '<!-- source: 00000000 -->'),
    ).filter((d) => d.code === 'CB956');
    expect(stale?.message).toBe(
      'The text of the scene "opening" in scenario.md changed since this was translated: translated from 00000000, now 5b4a1776. Update the translation to the new text, then the lock to "<!-- source: 5b4a1776 -->".',
    );
    expect(await german(stale)).toBe(
      'Der Text der Szene "opening" in scenario.md hat sich geändert, seit dies übersetzt wurde: übersetzt aus 00000000, jetzt 5b4a1776. Passen Sie die Übersetzung an den neuen Text an, dann das Lock auf "<!-- source: 5b4a1776 -->".',
    );
  });

  it('words a missing lock of a choice, opening the sentence', async () => {
    const [missing] = translationDiagnostics((md) =>
      md.replace('<!-- source: c6c886af -->\n', ''),
    ).filter((d) => d.code === 'CB955');
    expect(missing?.message).toBe(
      'The choice "PUT_IT_OFF" of "opening" has no source lock, so check cannot tell when scenario.md\'s text for it changes. Once it is translated from the current text, add the line "<!-- source: c6c886af -->" under its heading.',
    );
    expect(await german(missing)).toBe(
      'Die Entscheidung "PUT_IT_OFF" von "opening" hat kein Quell-Lock, daher kann check nicht erkennen, wann sich der Text dafür in scenario.md ändert. Sobald der aktuelle Text übersetzt ist, fügen Sie die Zeile "<!-- source: c6c886af -->" unter der Überschrift ein.',
    );
  });

  it('lists the allowed values of a taxonomy entry joined with "oder"', async () => {
    const file = sourceFile(
      'behaviours.json',
      JSON.stringify({ behaviours: [{ ...behaviour, polarity: 'efective' }] }),
    );
    const [wrong] = parseTaxonomy(file).diagnostics;
    expect(wrong?.message).toBe(
      '"polarity" must be "effective" or "counterproductive", not the text "efective". Did you mean "effective"?',
    );
    expect(await german(wrong)).toBe(
      '"polarity" muss "effective" oder "counterproductive" sein, nicht der Text "efective". Meinten Sie "effective"?',
    );
  });

  it('words a behaviour left out of a taxonomy translation', async () => {
    const taxonomy = parseTaxonomy(
      sourceFile('behaviours.json', JSON.stringify({ behaviours: [behaviour] })),
    ).taxonomy;
    const [left] = parseTaxonomyTranslation(
      sourceFile('behaviours.de.json', '{ "behaviours": {} }'),
      taxonomy,
      'de',
    ).diagnostics;
    expect(left?.message).toBe(
      'The behaviour "sets-clear" has no translation here, so learners see behaviours.json\'s words for it. Add "sets-clear": { "label": "…", "description": "…" } to "behaviours".',
    );
    expect(await german(left)).toBe(
      'Die Verhaltensweise "sets-clear" hat hier keine Übersetzung, daher sehen Lernende dafür die Wörter aus behaviours.json. Fügen Sie "sets-clear": { "label": "…", "description": "…" } zu "behaviours" hinzu.',
    );
  });
});
