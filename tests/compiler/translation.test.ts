/**
 * Issue 18: a translation compiled against its source. The fixtures
 * (tests/fixtures/check/cb95x-*, translation-*) pin every diagnostic with its code and
 * position; these tests show what a translation compiles to, that its locks never become
 * prose, that the same Markdown safety holds in it, that an edit to the source makes
 * exactly that part stale (and the lock the message gives makes it fresh again), that
 * CRLF and a BOM do not move a position, and that conditional blocks must match.
 */
import { describe, expect, it } from 'vitest';
import { compileCourse, type CourseInput } from '../../src/compiler';
import type { Block, Diagnostic, ScenarioTranslation } from '../../src/contract';
import { loadCourse } from '../../src/disk/load';
import { FIXTURES } from '../support/fixtures';

const at = (d: Diagnostic) =>
  `${d.file}:${d.range.start.line}:${d.range.start.col}-${d.range.end.line}:${d.range.end.col}`;

/** The valid fixture course, with its scenario.md and scenario.de.md edited. */
function compile(
  edit: {
    source?: (md: string) => string;
    translation?: (md: string) => string;
    machine?: (json: string) => string;
  } = {},
  fixture = 'translation-valid',
): { diagnostics: Diagnostic[]; translation?: ScenarioTranslation; input: CourseInput } {
  const input = loadCourse('.', `${FIXTURES}/${fixture}`);
  const scenario = input.scenarios[0];
  const md = scenario?.scenarioMd;
  const json = scenario?.machineJson;
  const de = scenario?.translations?.[0]?.file;
  if (!md || !json || !de) throw new Error(`${fixture} has no base-case with a translation`);
  if (edit.source) md.text = edit.source(md.text);
  if (edit.machine) json.text = edit.machine(json.text);
  if (edit.translation) de.text = edit.translation(de.text);
  const result = compileCourse(input).scenarios[0];
  return {
    diagnostics: result?.diagnostics ?? [],
    ...(result?.translations?.[0] ? { translation: result.translations[0] } : {}),
    input,
  };
}

const texts = (blocks: readonly Block[]): string => JSON.stringify(blocks);

describe('compileTranslation', () => {
  it('compiles a complete translation to its words by id, with no diagnostics', () => {
    const { diagnostics, translation } = compile();
    expect(diagnostics).toEqual([]);
    expect(translation?.lang).toBe('de');
    expect(translation?.title).toBe('Der Basisfall');
    expect(translation?.metrics).toEqual([
      { id: 'trust', label: 'Vertrauen zwischen dir und Sam' },
    ]);
    const opening = translation?.scenes.find((s) => s.id === 'opening');
    expect(opening?.title).toBe('Die erste Minute');
    expect(opening?.choices.map((c) => [c.event, c.label])).toEqual([
      ['SET_THE_GOAL', 'Sag, was bis Freitag erreicht sein muss und woran ihr es beide erkennt.'],
      ['PUT_IT_OFF', 'Schlag vor, nächste Woche in Ruhe darüber zu sprechen.'],
    ]);
    expect(translation?.scenes.map((s) => s.id)).toEqual([
      'opening',
      'outcome-strong',
      'outcome-weak',
    ]);
  });

  it('keeps lock lines out of the prose, the labels and the warnings', () => {
    const { translation } = compile();
    expect(translation?.briefing?.blocks[0]).toEqual({
      t: 'p',
      c: [
        {
          t: 'text',
          v: 'Das Briefing: wer die Lernenden sind, mit wem sie sprechen und was auf dem Spiel steht.',
        },
      ],
    });
    expect(JSON.stringify(translation)).not.toContain('source:');
    expect(JSON.stringify(translation)).not.toContain('<!--');
  });

  it("applies the Markdown safety rules of scenario.md at the translation's own lines", () => {
    const { diagnostics, translation } = compile({}, 'translation-hostile-markdown');
    expect(diagnostics.map((d) => `${d.code} ${at(d)}`)).toEqual([
      'CB411 base-case/scenario.de.md:16:27-16:35',
      'CB411 base-case/scenario.de.md:16:43-16:52',
      'CB412 base-case/scenario.de.md:16:61-16:92',
      'CB411 base-case/scenario.de.md:18:1-18:29',
    ]);
    const prose = translation?.scenes.find((s) => s.id === 'opening')?.prose?.blocks ?? [];
    expect(prose[0]).toEqual({
      t: 'p',
      c: [
        { t: 'text', v: 'Sam hat die Freitagsfrist <script>alert(1)</script> zweimal verpasst.' },
      ],
    });
    // An HTML block (here with the sentence after it) is one paragraph of plain text.
    expect(prose[1]).toEqual({
      t: 'p',
      c: [{ t: 'text', v: '<img src=x onerror=alert(1)>\n Du hast um zehn Minuten gebeten.' }],
    });
    expect(texts(prose)).not.toContain('"link"');
  });

  it('makes exactly the edited part stale, and the lock its message gives makes it fresh', () => {
    const edited = compile({
      source: (md) => md.replace('You asked for ten minutes.', 'You asked for fifteen minutes.'),
    });
    expect(edited.diagnostics.map((d) => `${d.code} ${at(d)}`)).toEqual([
      'CB956 base-case/scenario.de.md:14:1-14:26',
    ]);
    const message = edited.diagnostics[0]?.message ?? '';
    const now = /translated from 5b4a1776, now ([0-9a-f]{8})\./.exec(message)?.[1];
    expect(now).toBeDefined();
    expect(now).not.toBe('5b4a1776');
    expect(message).toContain('the scene "opening"');
    // The stale part is still used: the translator's words stand until they are updated.
    expect(edited.translation?.scenes[0]?.prose?.markdown).toContain('zweimal verpasst');
    const fixed = compile({
      source: (md) => md.replace('You asked for ten minutes.', 'You asked for fifteen minutes.'),
      translation: (md) => md.replace('<!-- source: 5b4a1776 -->', `<!-- source: ${now} -->`),
    });
    expect(fixed.diagnostics).toEqual([]);
  });

  it("a choice's lock covers its label and coaching, not the scene above it", () => {
    const { diagnostics } = compile({
      source: (md) =>
        md.replace('gives Sam something concrete to own', 'gives Sam something to own'),
    });
    expect(diagnostics.map((d) => `${d.code} ${at(d)}`)).toEqual([
      'CB956 base-case/scenario.de.md:21:1-21:26',
    ]);
    expect(diagnostics[0]?.message).toContain('the choice "SET_THE_GOAL" of "opening"');
  });

  it('reads a lock after a blank line under its heading, as Markdown formatters write it', () => {
    const { diagnostics, translation } = compile({
      translation: (md) => md.replace(/^(#{2,3} .*)\n<!--/gm, '$1\n\n<!--'),
    });
    expect(diagnostics).toEqual([]);
    expect(translation?.scenes[0]?.choices[0]?.label).toBe(
      'Sag, was bis Freitag erreicht sein muss und woran ihr es beide erkennt.',
    );
  });

  it('reports at the same lines and columns with CRLF line breaks and a BOM', () => {
    const stale = (md: string) =>
      md.replace('<!-- source: 5b4a1776 -->', '<!-- source: 1a2b3c4d -->');
    const lf = compile({ translation: stale }).diagnostics.map(at);
    const crlf = compile({
      translation: (md) => `\uFEFF${stale(md).replace(/\n/g, '\r\n')}`,
    }).diagnostics.map(at);
    expect(lf).toEqual(['base-case/scenario.de.md:14:1-14:26']);
    expect(crlf).toEqual(lf);
  });

  describe('conditional blocks', () => {
    const machine = (json: string) =>
      json.replace(
        '"initial": "opening",',
        '"initial": "opening",\n  "meta": { "conditions": { "has-agreed": { "type": "flag", "params": { "name": "agreed" } } } },',
      );
    const source = (md: string) =>
      md.replace(
        'Friday comes and goes, and the report is late again.',
        'Friday comes and goes.\n\n::: unless has-agreed\nThe report is late again.\n:::',
      );
    const translated = (opener: string) => (md: string) =>
      md.replace(
        'Der Freitag kommt und geht, und der Bericht ist wieder zu spät.',
        `Der Freitag kommt und geht.\n\n${opener}\nDer Bericht ist wieder zu spät.\n:::`,
      );

    it("takes the translated blocks when they match the source's", () => {
      const { diagnostics, translation } = compile({
        machine,
        source,
        translation: translated('::: unless has-agreed'),
      });
      expect(diagnostics.map((d) => d.code)).toEqual(['CB956']);
      const weak = translation?.scenes.find((s) => s.id === 'outcome-weak')?.prose?.blocks;
      expect(weak?.[1]).toEqual({
        t: 'when',
        name: 'has-agreed',
        negate: true,
        c: [{ t: 'p', c: [{ t: 'text', v: 'Der Bericht ist wieder zu spät.' }] }],
      });
    });

    it("warns, and leaves the source's prose in place, when they differ", () => {
      const { diagnostics, translation } = compile({
        machine,
        source,
        translation: translated('::: when has-agreed'),
      });
      const differ = diagnostics.filter((d) => d.code === 'CB954');
      expect(differ.map((d) => `${at(d)} ${d.message}`)).toEqual([
        'base-case/scenario.de.md:39:1-39:36 The conditional blocks of the ending "outcome-weak" differ from scenario.md\'s: there ::: unless has-agreed :::, here ::: when has-agreed :::. Wrap the same text in the same "::: when" and "::: unless" lines; until then learners see scenario.md\'s text for it.',
      ]);
      expect(translation?.scenes.find((s) => s.id === 'outcome-weak')?.prose).toBeUndefined();
    });
  });

  it("is not checked against a source that does not compile (the source's errors come first)", () => {
    const { diagnostics, translation } = compile({
      source: (md) => md.replace('## opening', '## openin'),
    });
    expect(translation).toBeUndefined();
    expect(
      diagnostics.every(
        (d) => d.file === 'base-case/scenario.md' || d.file === 'base-case/machine.json',
      ),
    ).toBe(true);
  });
});
