/**
 * Issue 18: `npm run scenario -- translate`, in-process, on a copy of a bundled scenario:
 * it writes a translation that checks clean, leaves it byte for byte the same when run
 * again, reports a part as stale after the source changes (and `check` names it), keeps
 * translated and extra parts when it inserts missing ones, and refuses usage mistakes.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { capturedIo } from '../support/captured-io';
import { runScenario } from '../../src/cli/scenario';
import { compileReference } from '../support/reference';
import { ROOT } from '../support/paths';

let course: string;
let de: string;
beforeEach(() => {
  course = mkdtempSync(join(tmpdir(), 'casebook-translate-'));
  cpSync(join(ROOT, 'scenarios', 'behaviours.json'), join(course, 'behaviours.json'));
  // The scenario without its bundled German translation: these tests write one afresh.
  cpSync(join(ROOT, 'scenarios', 'missed-deadline'), join(course, 'missed-deadline'), {
    recursive: true,
    filter: (source) => !source.endsWith('scenario.de.md'),
  });
  de = join(course, 'missed-deadline', 'scenario.de.md');
});

function translate(...extra: string[]) {
  const io = capturedIo(course);
  const code = runScenario(['translate', 'missed-deadline', '--lang', 'de', ...extra], io);
  return { code, ...io };
}

function check() {
  const io = capturedIo(course);
  const code = runCheck(['missed-deadline'], io);
  return { code, out: io.stdout };
}

const reference = compileReference();
/** The front matter, the briefing, every scene and ending, and every choice. */
const parts =
  2 +
  reference.scenes.filter((s) => s.heading).length +
  reference.scenes.reduce((n, s) => n + s.choices.length, 0);

describe('scenario translate', () => {
  it('writes the source with a lock under every heading, which checks clean', () => {
    const run = translate();
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([
      `Wrote missed-deadline/scenario.de.md: added ${parts} parts, 0 stale, 0 extra.`,
      'Next: translate the text under each "<!-- source: … -->" line, then run "npm run check -- missed-deadline".',
    ]);
    const text = readFileSync(de, 'utf8');
    const headings = text.split('\n').filter((l) => /^##/.test(l)).length;
    expect(headings).toBe(parts - 2);
    expect(text.match(/^<!-- source: [0-9a-f]{8} -->$/gm)?.length).toBe(parts - 1);
    expect(text).toMatch(/^---\nsource: [0-9a-f]{8}\ntitle: The Missed Deadline\n/);
    expect(check()).toEqual({ code: 0, out: ['Checked 1 scenario: no problems found.'] });
  });

  it('is idempotent: run twice, the same file', () => {
    translate();
    const first = readFileSync(de, 'utf8');
    const again = translate();
    expect(again.stdout[0]).toBe(
      'Left missed-deadline/scenario.de.md: added 0 parts, 0 stale, 0 extra.',
    );
    expect(readFileSync(de, 'utf8')).toBe(first);
  });

  it('after a source edit, keeps the old lock, counts the part stale, and check names it', () => {
    translate();
    const before = readFileSync(de, 'utf8');
    const md = join(course, 'missed-deadline', 'scenario.md');
    writeFileSync(
      md,
      readFileSync(md, 'utf8').replace(
        'She sounds tired rather than defensive',
        'She sounds exhausted',
      ),
    );
    expect(translate().stdout[0]).toBe(
      'Left missed-deadline/scenario.de.md: added 0 parts, 1 stale, 0 extra.',
    );
    expect(readFileSync(de, 'utf8')).toBe(before);
    const line = before.split('\n').indexOf('## opening: Tuesday morning') + 2;
    const result = check();
    expect(result.code).toBe(0);
    expect(result.out[0]?.split('\n')[0]).toMatch(
      new RegExp(
        `^missed-deadline/scenario\\.de\\.md:${line}:1: warning: The text of the scene "opening" in scenario\\.md changed since this was translated: translated from [0-9a-f]{8}, now [0-9a-f]{8}\\. .* \\[CB956\\]$`,
      ),
    );
  });

  it('keeps translated and extra parts, and inserts a missing one at its place', () => {
    translate();
    const original = readFileSync(de, 'utf8');
    const lines = original.split('\n');
    const ask = lines.indexOf('### ASK_WHAT_CHANGED');
    const name = lines.indexOf('### NAME_THE_MISSED_DATES');
    const edited = [
      ...lines.slice(0, ask),
      ...lines.slice(name), // ASK_WHAT_CHANGED is gone
    ]
      .join('\n')
      .replace('Adaeze arrives two minutes late', 'Adaeze kommt zwei Minuten zu spät')
      .concat('\n## epilogue: Ein Nachwort\n\nDas gibt es im Original nicht.\n');
    writeFileSync(de, edited);
    expect(translate().stdout[0]).toBe(
      'Updated missed-deadline/scenario.de.md: added 1 part, 0 stale, 1 extra.',
    );
    const text = readFileSync(de, 'utf8');
    expect(text).toContain('Adaeze kommt zwei Minuten zu spät');
    expect(text).toContain('## epilogue: Ein Nachwort\n\nDas gibt es im Original nicht.');
    expect(
      text.replace('Adaeze kommt zwei Minuten zu spät', 'Adaeze arrives two minutes late'),
    ).toBe(`${original}\n## epilogue: Ein Nachwort\n\nDas gibt es im Original nicht.\n`);
    expect(translate().stdout[0]).toBe(
      'Left missed-deadline/scenario.de.md: added 0 parts, 0 stale, 1 extra.',
    );
  });

  it('writes nothing when an unclosed code block would hide the parts it inserts', () => {
    translate();
    const text = readFileSync(de, 'utf8');
    const cut = text.indexOf('## outcome-');
    const broken = `${text.slice(0, text.indexOf('### ASK_WHAT_CHANGED'))}\`\`\`\nunclosed\n\n${text.slice(cut)}`;
    writeFileSync(de, broken);
    const run = translate();
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([
      'missed-deadline/scenario.de.md: nothing was written, because some of its text hides the parts after it, so they cannot be found again: probably a code block (```) or an HTML comment (<!--) that is never closed. Close it, then run translate again.',
    ]);
    expect(readFileSync(de, 'utf8')).toBe(broken);
  });

  it('writes to --out instead, and reads that file when it exists', () => {
    const io = capturedIo(course);
    expect(
      runScenario(['translate', 'missed-deadline', '--lang', 'fr', '--out', 'draft.fr.md'], io),
    ).toBe(0);
    expect(io.stdout[0]).toBe(`Wrote draft.fr.md: added ${parts} parts, 0 stale, 0 extra.`);
    expect(existsSync(join(course, 'draft.fr.md'))).toBe(true);
    expect(existsSync(join(course, 'missed-deadline', 'scenario.fr.md'))).toBe(false);
  });

  it('refuses usage mistakes with exit 2 and writes nothing', () => {
    const cases: [string[], string][] = [
      [['translate', 'missed-deadline'], 'Give the language with --lang, e.g. --lang de.'],
      [
        ['translate', 'missed-deadline', '--lang', 'DE'],
        '"DE" is not a lower-case BCP 47 tag like de, fr or pt-br.',
      ],
      [['translate', '--lang', 'de'], 'Give one scenario folder.'],
      [
        ['translate', '.', '--lang', 'de'],
        '. is not a scenario folder (scenario.md and machine.json).',
      ],
      [
        ['translate', 'missed-deadline', '--lang'],
        '--lang needs a language tag after it, e.g. --lang de.',
      ],
    ];
    for (const [args, first] of cases) {
      const io = capturedIo(course);
      expect(runScenario(args, io)).toBe(2);
      expect(io.stderr[0]?.split('\n')[0]).toBe(first);
    }
    expect(existsSync(de)).toBe(false);
  });
});
