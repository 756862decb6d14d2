// machine.json's diagnostics in German (issue 18): the place a message names ("the choice … of …"),
// counts and backslash escapes are words of the catalog, so author mode shows them in German,
// while `message` stays the English the CLI and the tests read.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { compileScenario } from '../../src/compiler';
import type { Diagnostic } from '../../src/contract';
import { wordingIfKnown } from '../../src/i18n';
import { switchLanguage } from '../../src/ui/i18n/load-language';

beforeEach(() => switchLanguage('de'));
afterEach(() => switchLanguage('en'));

function machineDiagnostics(machine: unknown): Diagnostic[] {
  const text = typeof machine === 'string' ? machine : JSON.stringify(machine, null, 2);
  return compileScenario({
    folder: 'x',
    scenarioMd: { path: 'x/scenario.md', text: '---\ntitle: T\n---\n' },
    machineJson: { path: 'x/machine.json', text },
  }).diagnostics.filter((d) => d.file === 'x/machine.json');
}

function german(d: Diagnostic | undefined): string | undefined {
  return d?.wording && wordingIfKnown(d.wording)?.text;
}

const machine = (go: unknown) => ({
  id: 'x',
  initial: 'a',
  context: {},
  states: { a: { on: { GO: go } }, b: { type: 'final' } },
});

it('names the place of an unknown key in the form the German sentence needs', () => {
  const found = machineDiagnostics(machine({ target: 'b', meta: { behavours: [] } }));
  const d = found.find((x) => x.code === 'CB210');
  expect(d?.message).toBe(
    'The "meta" of the choice "GO" of "a" has an unknown key "behavours". Did you mean "behaviours"? The keys allowed here are "behaviours" or "description".',
  );
  expect(german(d)).toBe(
    'Das "meta" der Entscheidung "GO" von "a" hat einen unbekannten Schlüssel "behavours". Meinten Sie "behaviours"? Hier ist nur "behaviours" oder "description" erlaubt.',
  );
  const unsupported = machineDiagnostics(machine({ target: 'b', cond: 'x' })).find(
    (x) => x.code === 'CB206',
  );
  expect(unsupported?.message).toBe(
    '"cond" in the choice "GO" of "a" is not part of the scenario format. "cond" is the XState v4 name: write "guard" instead.',
  );
  expect(german(unsupported)).toBe(
    '"cond" in der Entscheidung "GO" von "a" ist nicht Teil des Szenarioformats. "cond" ist der Name aus XState v4: Schreiben Sie stattdessen "guard".',
  );
});

it('counts in German and keeps the English figures as they were', () => {
  const go = Array.from({ length: 1234 }, () => ({ target: 'b' }));
  const d = machineDiagnostics(machine(go)).find((x) => x.code === 'CB214');
  expect(d?.message).toBe(
    'This has 1,234 alternatives for one choice; the scenario format allows at most 50. Fewer, broader guards say the same: combine them with "and" / "or", or add a routing state.',
  );
  expect(german(d)).toBe(
    'Hier stehen 1.234 Alternativen für eine Entscheidung; das Szenarioformat erlaubt höchstens 50. Weniger, dafür allgemeinere Guards sagen dasselbe: Verbinden Sie sie mit "and" / "or", oder fügen Sie einen weiterleitenden Zustand hinzu.',
  );
});

it('shows backslash escapes as written, in both languages', () => {
  const d = machineDiagnostics('{"id": "\\u00zz"}').find((x) => x.code === 'CB201');
  expect(d?.message).toBe('This \\u escape is not valid: it needs four hex digits, like \\u00e9.');
  expect(german(d)).toBe(
    'Dieses \\u-Escape ist ungültig: Es braucht vier Hexadezimalziffern, wie \\u00e9.',
  );
});

it('says how to rename a state id, in German', () => {
  const d = machineDiagnostics({
    id: 'x',
    initial: 'First_Meeting',
    context: {},
    states: { First_Meeting: { type: 'final' } },
  }).find((x) => x.code === 'CB211');
  expect(d?.message).toBe(
    'The state name "First_Meeting" must be kebab-case: lower-case letters and digits joined by "-". Rename it to "first-meeting", here, in its "##" heading and in every "target" and "visited" that names it.',
  );
  expect(german(d)).toBe(
    'Der Zustandsname "First_Meeting" muss kebab-case sein: Kleinbuchstaben und Ziffern, verbunden durch "-". Benennen Sie ihn in "first-meeting" um: hier, in seiner "##"-Überschrift und in jedem "target" und "visited", das ihn nennt.',
  );
});
