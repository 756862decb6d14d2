// Diagnostics as data (issue 18): the messages of delivery.json, the cast and the scenario's
// identity read in German in author mode, while their English `message` stays as it was; and
// author mode's guard and action words follow the page's language (the CLI's stay English).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action, Diagnostic, Guard } from '../../src/contract';
import { wordingIfKnown } from '../../src/i18n';
import {
  actionsPhrase,
  anyGuardPhrase,
  countPhrase,
  describeActions,
  describeGuard,
  guardPhrase,
  inPageLanguage,
} from '../../src/check/words';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { compileCourse } from '../../src/compiler';
import { compileFixture } from '../support/fixtures';

beforeEach(() => switchLanguage('de'));
afterEach(() => switchLanguage('en'));

function only(fixture: string, code: string): Diagnostic {
  const found = compileFixture(fixture).flatMap((r) => [
    ...r.diagnostics,
    ...r.scenarios.flatMap((s) => s.diagnostics),
  ]);
  const matching = found.filter((d) => d.code === code);
  expect(matching).toHaveLength(1);
  return matching[0] as Diagnostic;
}

const german = (d: Diagnostic) => (d.wording ? wordingIfKnown(d.wording) : undefined);

describe('diagnostics in German', () => {
  it('words an unknown delivery.json setting (CB902), its parts nested', () => {
    const d = only('cb902-delivery-unknown-setting', 'CB902');
    expect(d.message).toBe(
      'delivery.json has the setting "passMark", but the known settings are "scores", "endings", "passScore", "moveOn". Remove it or correct its name. It should look like { "scores": { "strong": 100, "mixed": 60, "weak": 30 }, "endings": { "scenario-id/ending-id": 80 }, "passScore": 60, "moveOn": "CompletedAndPassed" } (every setting optional).',
    );
    expect(german(d)).toEqual({
      lang: 'de',
      text: 'Problem in delivery.json: Die Einstellung "passMark" gibt es nicht; die bekannten Einstellungen sind "scores", "endings", "passScore", "moveOn". Entfernen Sie sie, oder korrigieren Sie ihren Namen. Die Datei sollte so aussehen: { "scores": { "strong": 100, "mixed": 60, "weak": 30 }, "endings": { "scenario-id/ending-id": 80 }, "passScore": 60, "moveOn": "CompletedAndPassed" } (jede Einstellung ist optional).',
    });
  });

  it('words two characters with one name (CB112)', () => {
    const d = only('cb112-two-characters-same-name', 'CB112');
    expect(d.message).toBe(
      'The characters "sam" and "sam-two" are both called "Sam", so a dialogue line "> **Sam:** …" could be either. Give each a different name (e.g. add a surname).',
    );
    expect(german(d)?.text).toBe(
      'Die Figuren "sam" und "sam-two" heißen beide "Sam", daher könnte eine Dialogzeile "> **Sam:** …" jede von beiden sein. Geben Sie jeder einen anderen Namen (z. B. mit Nachnamen).',
    );
  });

  it('words an initial state that does not exist (CB204), with its "Did you mean"', () => {
    const d = only('cb204-initial-names-no-state', 'CB204');
    expect(d.message).toBe(
      '"initial" is "openning", but there is no state with that name. Did you mean "opening"? It must be one of the keys of "states".',
    );
    expect(german(d)?.text).toBe(
      '"initial" ist "openning", aber es gibt keinen Zustand mit diesem Namen. Meinten Sie "opening"? Der Wert muss einer der Schlüssel von "states" sein.',
    );
  });

  it('words a course without behaviours.json (CB502, built by hand)', () => {
    const [d] = compileCourse({ scenarios: [] }).diagnostics;
    expect(d?.message).toBe(
      "The course has no behaviours.json, so no choice can be tagged. Add one beside the scenario folders (copy the project's scenarios/behaviours.json to start).",
    );
    expect(d && german(d)?.text).toBe(
      'Der Kurs hat keine behaviours.json, daher kann keine Entscheidung einem Verhalten zugeordnet werden. Legen Sie eine neben die Szenario-Ordner (kopieren Sie für den Anfang scenarios/behaviours.json des Projekts).',
    );
  });
});

describe("author mode's guard and action words", () => {
  const guard: Guard = {
    type: 'and',
    guards: [
      { type: 'metric', params: { name: 'trust', atLeast: 2, atMost: 4 } },
      { type: 'not', guard: { type: 'visited', params: { state: 'intro' } } },
      {
        type: 'or',
        guards: [
          { type: 'chose', params: { event: 'ASK' } },
          { type: 'flag', params: { name: 'knows' } },
        ],
      },
    ],
  };
  const actions: Action[] = [
    { type: 'adjust', params: { trust: 1, clarity: -1 } },
    { type: 'set', params: { knows: true, late: false } },
  ];

  it('reads in the page language, without lang', () => {
    expect(inPageLanguage(guardPhrase(guard))).toEqual({
      text: 'trust ≥ 2 und trust ≤ 4 und nicht intro besucht und (ASK gewählt oder knows)',
    });
    expect(inPageLanguage(actionsPhrase(actions))).toEqual({
      text: 'trust +1, clarity −1, knows gesetzt, late gelöscht',
    });
    expect(
      inPageLanguage(anyGuardPhrase([guard.guards[1] as Guard, guard.guards[2] as Guard])),
    ).toEqual({ text: 'nicht intro besucht oder ASK gewählt oder knows' });
    expect(inPageLanguage(countPhrase(1986n))).toEqual({ text: '1.986' });
    expect(inPageLanguage(countPhrase('unbounded'))).toEqual({ text: 'unbegrenzt' });
  });

  it('stays English for the CLI, as before', () => {
    expect(describeGuard(guard)).toBe(
      'trust ≥ 2 and trust ≤ 4 and not visited intro and (chose ASK or knows)',
    );
    expect(describeActions(actions)).toBe('trust +1, clarity −1, knows set, late cleared');
    expect(describeActions([])).toBe('');
    expect(describeGuard({ type: 'and', guards: [] })).toBe('');
  });

  it('reads English in English, unmarked', async () => {
    await switchLanguage('en');
    expect(inPageLanguage(guardPhrase(guard)).lang).toBeUndefined();
    expect(inPageLanguage(countPhrase(1986n))).toEqual({ text: '1,986' });
  });
});
