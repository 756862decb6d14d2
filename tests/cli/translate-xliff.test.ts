/**
 * Issue 18: `translate --xliff` and `--from-xliff`, in-process, on a copy of a bundled
 * scenario and its German translation: the export has a unit per piece of text with the
 * German as target and the lock as note; bringing it back, untouched, changes nothing, and
 * into a scenario without a translation rebuilds the bundled German byte for byte; German
 * made from older English stays stale for `check`; bad files are refused and bad units named,
 * with nothing lost.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { capturedIo } from '../support/captured-io';
import { runScenario } from '../../src/cli/scenario';
import { ROOT } from '../support/paths';

const BUNDLED_DE = readFileSync(
  join(ROOT, 'scenarios', 'missed-deadline', 'scenario.de.md'),
  'utf8',
);
let course: string;
let de: string;
let xlf: string;
beforeEach(() => {
  course = mkdtempSync(join(tmpdir(), 'casebook-xliff-'));
  cpSync(join(ROOT, 'scenarios', 'behaviours.json'), join(course, 'behaviours.json'));
  cpSync(join(ROOT, 'scenarios', 'missed-deadline'), join(course, 'missed-deadline'), {
    recursive: true,
  });
  de = join(course, 'missed-deadline', 'scenario.de.md');
  xlf = join(course, 'md.de.xlf');
});

function translate(...extra: string[]) {
  const io = capturedIo(course);
  const code = runScenario(['translate', 'missed-deadline', '--lang', 'de', ...extra], io);
  return { code, ...io };
}

function check() {
  const io = capturedIo(course);
  const code = runCheck(['missed-deadline'], io);
  return { code, out: io.stdout.join('\n') };
}

/** The unit `id`'s element in the exported file. */
function unit(xml: string, id: string): string {
  const at = xml.indexOf(`<unit id="${id}">`);
  expect(at, id).toBeGreaterThan(-1);
  return xml.slice(at, xml.indexOf('</unit>', at));
}

/** The file with unit `id`'s target replaced (XML-escaped as a tool writes it). */
function withTarget(xml: string, id: string, target: string): string {
  const old = unit(xml, id);
  const escaped = target.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return xml.replace(old, old.replace(/<target>[\s\S]*?<\/target>/, `<target>${escaped}</target>`));
}

describe('scenario translate --xliff', () => {
  it('writes one unit per piece of text, the German as target and the lock as note', () => {
    const run = translate('--xliff', 'md.de.xlf');
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toMatch(
      /^Wrote md\.de\.xlf: \d+ units of missed-deadline for de, \d+ with a translation from missed-deadline\/scenario\.de\.md\.$/,
    );
    const xml = readFileSync(xlf, 'utf8');
    expect(xml).toContain('srcLang="en" trgLang="de"');
    expect(xml).toContain('<file id="missed-deadline">');
    expect(unit(xml, 'front.title')).toContain('<target>Die verpasste Frist</target>');
    const opening = unit(xml, 'scene.opening.title');
    expect(opening).toContain('<source>Tuesday morning</source>');
    expect(opening).toContain('<target>Dienstagmorgen</target>');
    // The lock the German records under "## opening" is the unit's note.
    const lock = /## opening: Dienstagmorgen\n<!-- source: ([0-9a-f]{8}) -->/.exec(BUNDLED_DE)?.[1];
    expect(unit(xml, 'scene.opening.prose')).toContain(`<note>source: ${lock}</note>`);
    expect(unit(xml, 'choice.opening.ASK_WHAT_CHANGED.label')).toContain(
      '<target>Fragen Sie Adaeze, was sich im letzten Monat für sie verändert hat.</target>',
    );
    expect(xml).not.toContain('The English changed since this was translated');
    // Conditional text keeps its markers for the translator.
    expect(xml).toMatch(/<source>[^<]*::: (when|unless) [a-z-]+/);
  });

  it('brought back untouched, leaves the translation byte for byte as it was', () => {
    translate('--xliff', 'md.de.xlf');
    const run = translate('--from-xliff', 'md.de.xlf');
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toMatch(
      /^Left missed-deadline\/scenario\.de\.md: \d+ units from md\.de\.xlf, all as it already was\.$/,
    );
    expect(readFileSync(de, 'utf8')).toBe(BUNDLED_DE);
  });

  it('rebuilds the bundled German from the tool file alone, and it checks clean', () => {
    translate('--xliff', 'md.de.xlf');
    rmSync(de);
    const run = translate('--from-xliff', 'md.de.xlf');
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toMatch(
      /^Wrote missed-deadline\/scenario\.de\.md: \d+ units from md\.de\.xlf\.$/,
    );
    expect(readFileSync(de, 'utf8')).toBe(BUNDLED_DE);
    expect(check()).toEqual({ code: 0, out: 'Checked 1 scenario: no problems found.' });
  });

  it("writes a tool's new words into their part and nowhere else", () => {
    translate('--xliff', 'md.de.xlf');
    const xml = withTarget(readFileSync(xlf, 'utf8'), 'scene.opening.title', 'Dienstag, früh');
    writeFileSync(xlf, xml);
    const run = translate('--from-xliff', 'md.de.xlf');
    expect(run.code).toBe(0);
    expect(readFileSync(de, 'utf8')).toBe(
      BUNDLED_DE.replace('## opening: Dienstagmorgen', '## opening: Dienstag, früh'),
    );
    expect(check().code).toBe(0);
  });

  it('keeps German made from older English stale, and fresh once it is made from the new', () => {
    translate('--xliff', 'old.xlf');
    const md = join(course, 'missed-deadline', 'scenario.md');
    const source = readFileSync(md, 'utf8');
    writeFileSync(
      md,
      source.replace('Adaeze arrives two minutes late', 'Adaeze arrives five minutes late'),
    );
    // The export made after the change says which German is now behind its English.
    translate('--xliff', 'md.de.xlf');
    const fresh = readFileSync(xlf, 'utf8');
    expect(unit(fresh, 'scene.opening.prose')).toContain(
      'The English changed since this was translated',
    );
    expect(unit(fresh, 'choice.opening.ASK_WHAT_CHANGED.label')).not.toContain('English changed');
    // Bringing back the export made before the change keeps the old lock: check still warns.
    expect(translate('--from-xliff', 'old.xlf').code).toBe(0);
    expect(check().out).toMatch(/scenario\.de\.md:\d+:\d+: warning: .*CB956/);
    // The translator updates the unit from the new export: its new lock makes it fresh.
    const prose =
      /<unit id="scene.opening.prose">[\s\S]*?<target>([\s\S]*?)<\/target>/.exec(fresh)?.[1] ?? '';
    const updated = prose.replace('zwei Minuten zu spät', 'fünf Minuten zu spät');
    expect(updated).not.toBe(prose);
    writeFileSync(
      xlf,
      withTarget(
        fresh,
        'scene.opening.prose',
        updated.replace(/&lt;/g, '<').replace(/&amp;/g, '&'),
      ),
    );
    expect(translate('--from-xliff', 'md.de.xlf').code).toBe(0);
    expect(readFileSync(de, 'utf8')).toContain('fünf Minuten zu spät');
    expect(check()).toEqual({ code: 0, out: 'Checked 1 scenario: no problems found.' });
  });

  it('refuses a file that is not XLIFF 2.0, of another scenario or another language, writing nothing', () => {
    translate('--xliff', 'md.de.xlf');
    const good = readFileSync(xlf, 'utf8');
    const cases: [string, RegExp][] = [
      [
        '<xliff version="2.0"><file id="missed-deadline"></unit></xliff>',
        /not well-formed XML at line 1, column \d+/,
      ],
      [
        '<xliff version="1.2"><file original="a"></file></xliff>',
        /not XLIFF 2\.0 .*export XLIFF 2\.0 from your tool/,
      ],
      [
        good.replace('<file id="missed-deadline">', '<file id="project-slipping">'),
        /no <file id="missed-deadline"> \(it has "project-slipping"\)/,
      ],
      [good.replace('trgLang="de"', 'trgLang="fr-FR"'), /a translation into "fr-FR", not "de"/],
    ];
    for (const [text, why] of cases) {
      writeFileSync(xlf, text);
      const run = translate('--from-xliff', 'md.de.xlf');
      expect(run.code).toBe(1);
      expect(run.stderr.join('\n')).toMatch(
        /^md\.de\.xlf: nothing was written to missed-deadline\/scenario\.de\.md, because /,
      );
      expect(run.stderr.join('\n')).toMatch(why);
      expect(readFileSync(de, 'utf8')).toBe(BUNDLED_DE);
    }
    // A tool's region is the same language.
    writeFileSync(xlf, good.replace('trgLang="de"', 'trgLang="de-DE"'));
    expect(translate('--from-xliff', 'md.de.xlf').code).toBe(0);
  });

  it('names each unit it leaves out, and writes the rest', () => {
    translate('--xliff', 'md.de.xlf');
    let xml = readFileSync(xlf, 'utf8');
    xml = withTarget(xml, 'scene.opening.title', 'Dienstag\nfrüh');
    xml = withTarget(xml, 'choice.opening.ASK_WHAT_CHANGED.coaching', 'Neu.\n\n## sneaky\n\nText');
    xml = withTarget(xml, 'front.title', 'Die versäumte Frist');
    xml = xml.replace(
      /(<unit id="briefing">[\s\S]*?<target>)([\s\S]*?)(<\/target>)/,
      '$1<pc id="1">$2</pc>$3',
    );
    xml = xml.replace(
      '</file>',
      '<unit id="scene.gone.prose"><segment><source>Old</source><target>Alt</target></segment></unit></file>',
    );
    writeFileSync(xlf, xml);
    const run = translate('--from-xliff', 'md.de.xlf');
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      'md.de.xlf: unit "scene.gone.prose" is not in missed-deadline (any more), so it was left out.',
      'md.de.xlf: unit "briefing" has markup in its target; write it as plain text, so it was left out.',
      'md.de.xlf: unit "choice.opening.ASK_WHAT_CHANGED.coaching" was left out: the target has a "##" or "###" heading, which would start another scene or choice.',
      'md.de.xlf: unit "scene.opening.title" was left out: a title or label is one line; the target has several.',
    ]);
    const text = readFileSync(de, 'utf8');
    expect(text).toContain('title: Die versäumte Frist');
    expect(text.replace('title: Die versäumte Frist', 'title: Die verpasste Frist')).toBe(
      BUNDLED_DE,
    );
  });

  it('refuses --xliff with --from-xliff, and a tool file that is not there', () => {
    const both = translate('--xliff', 'a.xlf', '--from-xliff', 'b.xlf');
    expect(both.code).toBe(2);
    expect(both.stderr[0]).toMatch(
      /^Give --xliff \(write for a tool\) or --from-xliff \(read from one\), not both\.\nUsage: /,
    );
    const missing = translate('--from-xliff', 'nowhere.xlf');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toEqual(['nowhere.xlf does not exist, so nothing was written.']);
    expect(existsSync(join(course, 'a.xlf'))).toBe(false);
  });
});
