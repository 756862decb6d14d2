/**
 * docs/format.md's worked translation example is real: the German scene it shows, locks
 * included, is the translation-valid fixture's, and the check output it shows for a stale
 * part is what `check` prints after the edit the page describes.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { FIXTURES } from '../support/fixtures';
import { rootPath } from '../support/paths';

const doc = readFileSync(rootPath('docs/format.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Translations'));
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1],
  text: m[2] ?? '',
}));

describe('docs/format.md, Translations', () => {
  it('shows the English and German of the fixture as they are written', () => {
    const fixture = join(FIXTURES, 'translation-valid', 'base-case');
    const [english, german] = blocks.filter((b) => b.lang === 'markdown');
    expect(readFileSync(join(fixture, 'scenario.md'), 'utf8')).toContain(english?.text.trim());
    expect(readFileSync(join(fixture, 'scenario.de.md'), 'utf8')).toContain(german?.text.trim());
  });

  it('shows what check prints once the English changes', () => {
    const course = mkdtempSync(join(tmpdir(), 'casebook-translation-doc-'));
    cpSync(join(FIXTURES, 'translation-valid'), course, { recursive: true });
    const md = join(course, 'base-case', 'scenario.md');
    writeFileSync(
      md,
      readFileSync(md, 'utf8').replace(
        'You asked for ten minutes.',
        'You asked for fifteen minutes.',
      ),
    );
    const out: string[] = [];
    const code = runCheck(['base-case'], {
      cwd: course,
      out: (t) => out.push(t),
      err: (t) => out.push(t),
    });
    expect(code).toBe(0);
    const shown = blocks.find((b) => b.lang === 'text')?.text.trimEnd();
    expect(out[0]).toBe(shown);
  });
});
