// The front matter's, the Markdown body's and the structure's messages as data: the same
// English as before in `message`, and German words from `wording` once German is active.
import { afterEach, describe, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import { activate, loadAreas, wordingIfKnown } from '../../src/i18n';
import { en } from '../../src/i18n/catalogs/en';
import { de } from '../../src/i18n/catalogs/de';
import { parseFrontMatter } from '../../src/compiler/frontmatter';
import { parseBody } from '../../src/compiler/markdown';
import { sourceFile } from '../../src/compiler/source';
import type { Diagnostic } from '../../src/contract';

afterEach(() => activate('en', en as unknown as Messages));

const front = (yaml: string) =>
  parseFrontMatter(sourceFile('scenario.md', `---\n${yaml}---\n\nBriefing.\n`)).diagnostics;

async function german(diagnostic: Diagnostic | undefined): Promise<string | undefined> {
  activate('de', de as unknown as Messages);
  await loadAreas('de');
  return diagnostic?.wording ? wordingIfKnown(diagnostic.wording)?.text : undefined;
}

describe('front matter and Markdown diagnostics in German', () => {
  it('an unknown audience: the English as before, in German with the names joined by "oder"', async () => {
    const [d] = front('title: T\nsummary: S\naudience: new-managr\nminutes: 2\n');
    expect(d?.code).toBe('CB107');
    expect(d?.message).toBe(
      'The audience "new-managr" is not one Casebook knows. Use "new-manager", "experienced-manager" or "senior-leader". Did you mean "new-manager"?',
    );
    expect(await german(d)).toBe(
      'Die Zielgruppe "new-managr" kennt Casebook nicht. Verwenden Sie "new-manager", "experienced-manager" oder "senior-leader". Meinten Sie "new-manager"?',
    );
  });

  it('a summary that is not text: its example sentence ends once, in both languages', async () => {
    const [d] = front('title: T\nsummary: [a, b]\naudience: new-manager\nminutes: 2\n');
    expect(d?.code).toBe('CB106');
    expect(d?.message).toBe(
      '"summary" must be text, e.g. summary: Your strongest analyst has missed two deadlines.',
    );
    expect(await german(d)).toMatch(/verpasst\.$/);
  });

  it('a mis-indented key: the spaces counted in German too', async () => {
    const [d] = front(
      'title: T\nsummary: S\naudience: new-manager\nminutes: 2\nmetrics:\n  trust: a\n   other: b\n  third: c\n',
    );
    expect(d?.code).toBe('CB103');
    expect(d?.message).toBe(
      'The front matter is not valid YAML here: "other:" is indented by 3 spaces, but the lines around it by 2 spaces. In YAML the indentation shows what belongs together. Indent "other:" by 2 spaces, like the other lines under "metrics:".',
    );
    expect(await german(d)).toBe(
      'Das Front Matter ist hier kein gültiges YAML: "other:" ist um 3 Leerzeichen eingerückt, die Zeilen darum herum aber um 2 Leerzeichen. In YAML zeigt die Einrückung, was zusammengehört. Rücken Sie "other:" um 2 Leerzeichen ein, wie die anderen Zeilen unter "metrics:".',
    );
  });

  it('a choice that starts with a table, and a heading without its space', async () => {
    const { diagnostics } = parseBody(
      sourceFile(
        'scenario.md',
        '##opening\n\nHi.\n\n### GO\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nWhy.\n',
      ),
      0,
    );
    const [space, table] = diagnostics;
    expect(space?.message).toBe(
      '"##opening" needs a space after "##": write "## opening". Without it, Markdown reads the line as ordinary text instead of a heading.',
    );
    expect(table?.message).toBe(
      'The choice "GO" starts with a table. Its first paragraph is the button label: write one plain sentence right under "### GO", e.g. "Ask what has been getting in the way."',
    );
    expect(await german(space)).toBe(
      '"##opening" braucht ein Leerzeichen nach "##": Schreiben Sie "## opening". Ohne Leerzeichen liest Markdown die Zeile als gewöhnlichen Text statt als Überschrift.',
    );
    expect(await german(table)).toBe(
      'Die Entscheidung "GO" beginnt mit einer Tabelle. Ihr erster Absatz ist die Beschriftung der Schaltfläche: Schreiben Sie einen schlichten Satz direkt unter "### GO", z. B. "Fragen, was im Weg stand."',
    );
  });
});
