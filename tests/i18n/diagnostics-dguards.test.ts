// The guards', the analysis's and the quality gate's messages as data: the same English as
// before in `message`, and German words from their `wording` once an author reads German.
import { afterEach, describe, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import { activate, wordingIfKnown } from '../../src/i18n';
import { en } from '../../src/i18n/catalogs/en';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import type { Diagnostic } from '../../src/contract';
import { compileFixture, summarise } from '../support/fixtures';

afterEach(() => activate('en', en as unknown as Messages));

function found(fixture: string, code: string): Diagnostic {
  const results = compileFixture(fixture);
  const all = results.flatMap((r) => [
    ...r.diagnostics,
    ...r.scenarios.flatMap((s) => s.diagnostics),
  ]);
  const diagnostic = all.find((d) => d.code === code);
  if (!diagnostic)
    throw new Error(`${fixture} has no ${code}: ${JSON.stringify(summarise(results))}`);
  return diagnostic;
}

function german(d: { wording?: Diagnostic['wording'] }): string | undefined {
  if (!d.wording) return undefined;
  const worded = wordingIfKnown(d.wording);
  expect(worded?.lang).toBe('de');
  return worded?.text;
}

describe('dguards diagnostics in German', () => {
  it('CB306 (an unknown flag) with its "Did you mean" inside', async () => {
    const d = found('cb306-unknown-flag', 'CB306');
    expect(d.message).toBe(
      '"agred" is not a flag of this scenario. Did you mean "agreed"? Flags are the true/false values in "context": use one of them, or add "agred": false there for a new one.',
    );
    await switchLanguage('de');
    expect(german(d)).toBe(
      '"agred" ist kein Flag dieses Szenarios. Meinten Sie "agreed"? Flags sind die Wahr/Falsch-Werte in "context": Verwenden Sie eines davon, oder ergänzen Sie dort "agred": false für ein neues.',
    );
  });

  it('CB418 (a conditional block never closed)', async () => {
    const d = found('cb418-when-block-not-closed', 'CB418');
    expect(d.message).toBe(
      'The block opened by "::: when agreed-goal" is never closed. Add a line with ":::" alone where the conditional text ends.',
    );
    await switchLanguage('de');
    expect(german(d)).toBe(
      'Der durch "::: when agreed-goal" geöffnete Block wird nie geschlossen. Fügen Sie eine Zeile mit ":::" allein dort ein, wo der bedingte Text endet.',
    );
  });

  it('CB701 (an ending no run reaches) with the reason and its related guard', async () => {
    const d = found('cb701-third-ending-needs-more-trust', 'CB701');
    expect(d.message).toBe(
      'No run reaches the ending "outcome-inspired". The route from "wrap-up" never leads there: it needs trust at least 3, but trust is at most 2 whenever a run gets there.',
    );
    const related = d.related?.[0];
    expect(related?.message).toBe(
      'the guard on the route from "wrap-up", which no run that gets there passes',
    );
    await switchLanguage('de');
    expect(german(d)).toBe(
      'Kein Durchlauf erreicht das Ende "outcome-inspired". Der Übergang aus "wrap-up" führt nie dorthin: dazu müsste trust mindestens 3 sein, aber trust ist höchstens 2, wann immer ein Durchlauf dorthin kommt.',
    );
    expect(german(related ?? {})).toBe(
      'der Guard an dieser Stelle (der Übergang aus "wrap-up"), den kein Durchlauf erfüllt, der dorthin kommt',
    );
  });
});
