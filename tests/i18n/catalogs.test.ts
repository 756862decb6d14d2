// Every shipped catalog against the English one: the same ids, the same placeholders, valid
// ICU, so a translation can neither drop a message nor lose a value it must show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { LANGUAGES } from '../../src/i18n';

const ROOT = join(import.meta.dirname, '../../src/i18n/catalogs');

function catalog(lang: string): Map<string, Record<string, string>> {
  const files = readdirSync(join(ROOT, lang)).filter((f) => f.endsWith('.json'));
  return new Map(
    files.map((f) => [
      f,
      JSON.parse(readFileSync(join(ROOT, lang, f), 'utf8')) as Record<string, string>,
    ]),
  );
}

/** The names a message interpolates or branches on, sorted. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (parts: unknown): void => {
    if (!Array.isArray(parts)) return;
    for (const part of parts) {
      if (!Array.isArray(part)) continue;
      names.add(String(part[0]));
      const cases = part[2];
      if (cases && typeof cases === 'object') Object.values(cases).forEach(walk);
    }
  };
  walk(compileMessageOrThrow(message));
  return [...names].sort();
}

const tags = (message: string) => [...message.matchAll(/<\/?(\d+)\/?>/g)].map((m) => m[0]).sort();

const english = catalog('en');

describe('the message catalogs', () => {
  it('ships English and at least one more language, each a folder of catalogs', () => {
    expect(LANGUAGES.map((l) => l.tag)).toContain('de');
    for (const { tag } of LANGUAGES) expect(catalog(tag).size).toBeGreaterThan(0);
  });

  it('uses ids that name their area: a file `library.json` holds only `library.…` ids', () => {
    for (const [file, messages] of english)
      for (const id of Object.keys(messages))
        expect(id.startsWith(file.replace(/\.json$/, '.'))).toBe(true);
  });

  for (const { tag } of LANGUAGES.filter((l) => l.tag !== 'en')) {
    describe(tag, () => {
      const translated = catalog(tag);
      it('has the same files and exactly the same ids as English', () => {
        expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
        for (const [file, messages] of english)
          expect(Object.keys(translated.get(file) ?? {}).sort(), file).toEqual(
            Object.keys(messages).sort(),
          );
      });

      it('keeps every placeholder and rich-text tag, and is valid ICU', () => {
        for (const [file, messages] of english)
          for (const [id, message] of Object.entries(messages)) {
            const theirs = translated.get(file)?.[id] ?? '';
            expect(placeholders(theirs), `${tag}/${file} ${id}`).toEqual(placeholders(message));
            expect(tags(theirs), `${tag}/${file} ${id}`).toEqual(tags(message));
          }
      });

      it('translates: no message is left as the English text', () => {
        const same: string[] = [];
        for (const [file, messages] of english)
          for (const [id, message] of Object.entries(messages))
            if (/[a-z]{4}/i.test(message) && translated.get(file)?.[id] === message) same.push(id);
        // A word that is the same in both languages is allowed when the catalog says so.
        const allowed = new Set(
          JSON.parse(readFileSync(join(ROOT, `${tag}.same-as-english.json`), 'utf8')) as string[],
        );
        expect(same.filter((id) => !allowed.has(id))).toEqual([]);
      });
    });
  }
});
