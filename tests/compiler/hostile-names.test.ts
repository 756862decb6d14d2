/**
 * Issue 12, readable messages on any input: hostile key names (`constructor`,
 * `__proto__`, …), values of the wrong kind where a name belongs, numbers beyond any
 * range and invisible or bidirectional characters are run through the whole check;
 * no message may be built from a prototype lookup ("[native code]"), from an absent
 * value ("undefined"), from a number that is not one, or show an invisible character
 * raw, and every diagnostic points at a real line of its file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../src/check/check-course';
import { invisibleHintPhrase, q } from '../../src/compiler/quote';
import type { Diagnostic } from '../../src/contract';
import { rootPath } from '../support/paths';

const BASE = 'tests/fixtures/check/cb209-duplicate-key/base-case';
const machineText = readFileSync(rootPath(`${BASE}/machine.json`), 'utf8').replace(
  '"target": "wrap-up",\n          "target": "wrap-up",',
  '"target": "wrap-up",',
);
const mdText = readFileSync(rootPath(`${BASE}/scenario.md`), 'utf8');
const taxonomy = readFileSync(rootPath('scenarios/behaviours.json'), 'utf8');

const PROTOTYPE_NAMES = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
];
const INVISIBLE_NAMES = [
  'next\u200b-step',
  '\u202eevil',
  'trust\u2066',
  'a\ufeffb',
  'tab\tkey',
  'line\u2028break',
];
const NAMES = [...PROTOTYPE_NAMES, ...INVISIBLE_NAMES];
const WRONG_VALUES: unknown[] = [{}, { a: 1 }, [], [1], null, true, 12];

type Json = Record<string, unknown>;
const base = (): Json => JSON.parse(machineText) as Json;
const opening = (m: Json) => (m.states as Json).opening as Json;
const firstChoice = (m: Json) => (opening(m).on as Json).SET_THE_GOAL as Json;

/** Each way of putting `name` or `value` somewhere it does not belong. */
function mutations(name: string, value: unknown): ((m: Json) => void)[] {
  return [
    (m) => (m[name] = 1),
    (m) => (opening(m)[name] = 1),
    (m) => (firstChoice(m)[name] = 1),
    (m) => (firstChoice(m).target = name),
    (m) => (firstChoice(m).target = value),
    (m) => (m.initial = name),
    (m) => (m.initial = value),
    (m) => (m.id = value),
    (m) => ((m.context as Json)[name] = value),
    (m) => ((m.context as Json)[name] = 0),
    (m) => (firstChoice(m).guard = { type: name }),
    (m) => (firstChoice(m).guard = { type: 'metric', params: { name, atLeast: value } }),
    (m) => (firstChoice(m).guard = { type: 'flag', params: { name } }),
    (m) => (firstChoice(m).guard = { type: 'visited', params: { state: name } }),
    (m) => (firstChoice(m).guard = { type: 'chose', params: { event: name } }),
    (m) => (firstChoice(m).guard = { type: 'not', guard: value }),
    (m) => (firstChoice(m).guard = value),
    (m) => (firstChoice(m).actions = [{ type: name, params: { trust: 1 } }]),
    (m) => (firstChoice(m).actions = [{ type: 'adjust', params: { [name]: value } }]),
    (m) => (firstChoice(m).actions = [value]),
    (m) => (firstChoice(m).meta = { behaviours: [name, value] }),
    (m) => (firstChoice(m).meta = { [name]: value }),
    (m) => (((m.states as Json)['outcome-strong'] as Json).meta = { outcome: value }),
    (m) => (((m.states as Json)['outcome-strong'] as Json).type = value),
    (m) => (opening(m).type = name),
    (m) => ((opening(m).on as Json)[name] = { target: 'wrap-up' }),
    (m) => ((m.states as Json)[name] = { type: 'final', meta: { outcome: 'strong' } }),
  ];
}

function check(machine: string, md = mdText, behaviours = taxonomy): Diagnostic[] {
  const result = checkCourse(
    {
      taxonomy: { path: 'behaviours.json', text: behaviours },
      scenarios: [
        {
          folder: 'base-case',
          scenarioMd: { path: 'base-case/scenario.md', text: md },
          machineJson: { path: 'base-case/machine.json', text: machine },
        },
      ],
    },
    { strict: true },
  );
  return [...result.diagnostics, ...result.scenarios.flatMap((s) => s.diagnostics)];
}

const RAW_INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

function problems(d: Diagnostic, sources: Record<string, string>): string[] {
  const found: string[] = [];
  for (const bad of [
    '[native code]',
    'undefined',
    'NaN',
    'Infinity',
    'function ',
    '[object Object]',
  ])
    if (d.message.includes(bad)) found.push(`contains ${JSON.stringify(bad)}`);
  if (RAW_INVISIBLE.test(d.message)) found.push('shows an invisible character raw');
  const lines = (sources[d.file] ?? '').split('\n').length;
  if (!(d.range.start.line >= 1 && d.range.start.line <= lines))
    found.push(`line ${d.range.start.line} of ${lines}`);
  return found;
}

describe('messages stay readable on hostile input', () => {
  it(
    'for names and values where they do not belong, everywhere in machine.json',
    { timeout: 120_000 },
    () => {
      const bad: string[] = [];
      let checked = 0;
      const pairs: [string, unknown][] = [
        ...NAMES.map((name): [string, unknown] => [name, { a: 1 }]),
        ...WRONG_VALUES.map((value): [string, unknown] => ['constructor', value]),
      ];
      for (const [name, value] of pairs) {
        for (const mutate of mutations(name, value)) {
          const machine = base();
          mutate(machine);
          const text = JSON.stringify(machine, null, 2);
          const diagnostics = check(text);
          checked += diagnostics.length;
          for (const d of diagnostics)
            for (const p of problems(d, {
              'base-case/machine.json': text,
              'base-case/scenario.md': mdText,
              'behaviours.json': taxonomy,
            }))
              bad.push(`${p}: ${d.code} ${d.message}`);
        }
      }
      expect(checked).toBeGreaterThan(400);
      expect([...new Set(bad)]).toEqual([]);
    },
  );

  it('for numbers beyond any range, written as the author wrote them', () => {
    for (const number of ['1e400', '-1e400', '1e10', '-2000000000', '9007199254740993']) {
      const text = machineText
        .replace('"trust": 0,', `"trust": ${number},`)
        .replace('{ "trust": 1 }', `{ "trust": ${number} }`);
      const diagnostics = check(text);
      const codes = diagnostics.map((d) => d.code);
      expect(
        codes.filter((c) => c === 'CB213'),
        number,
      ).toHaveLength(2);
      for (const d of diagnostics)
        expect(problems(d, { 'base-case/machine.json': text }), d.message).toEqual([]);
      expect(diagnostics.find((d) => d.code === 'CB213')?.message).toContain(
        `The number ${number} `,
      );
    }
  });

  it('for hostile names in behaviours.json and the front matter', () => {
    for (const name of NAMES) {
      const behaviours = taxonomy.replace(
        '"behaviours": [',
        `"behaviours": [{ "id": ${JSON.stringify(name)}, ${JSON.stringify(name)}: 1, "domain": ${JSON.stringify(name)} },`,
      );
      const md = mdText.replace(
        'minutes: 5',
        `minutes: 5\n${JSON.stringify(name)}: 1\naudience: ${JSON.stringify(name)}`,
      );
      const diagnostics = check(machineText, md, behaviours);
      expect(diagnostics.length).toBeGreaterThan(0);
      for (const d of diagnostics)
        expect(
          problems(d, {
            'base-case/machine.json': machineText,
            'base-case/scenario.md': md,
            'behaviours.json': behaviours,
          }),
          d.message,
        ).toEqual([]);
    }
  });

  it('names an invisible character and says what the name would be without it', () => {
    const text = machineText.replace(
      '"target": "wrap-up",\n          "actions": [\n            { "type": "adjust"',
      '"target": "wrap\u200b-up",\n          "actions": [\n            { "type": "adjust"',
    );
    const d = check(text).find((x) => x.code === 'CB205');
    expect(d?.message).toContain('"wrap\\u200b-up"');
    expect(d?.message).toContain('Did you mean "wrap-up"?');
    expect(d?.message).toContain(
      'contains an invisible character (\\u200b): delete it to write "wrap-up".',
    );
  });

  it('plays a valid scenario whose state, choice and metric are named like Object.prototype members', () => {
    const text = machineText
      .replaceAll('"opening"', '"constructor"')
      .replaceAll('"trust"', '"constructor"')
      .replaceAll('"wrap-up"', '"to-string"');
    const md = mdText
      .replace('## opening', '## constructor')
      .replace('  trust: Trust', '  constructor: Trust');
    const diagnostics = check(text, md).filter((d) => d.severity === 'error');
    expect(diagnostics).toEqual([]);
  });
});

describe('quote', () => {
  it('escapes invisible and bidi characters and cuts long names', () => {
    expect(q('next\u200b-step')).toBe('"next\\u200b-step"');
    expect(q('\u202eevil')).toBe('"\\u202eevil"');
    expect(q('tag\u{e0041}')).toBe('"tag\\u{e0041}"');
    expect(q('say "hi"')).toBe('"say \\"hi\\""');
    expect(q('a'.repeat(500))).toBe(`"${'a'.repeat(60)}…"`);
    expect(invisibleHintPhrase('plain')).toBe('');
  });
});
