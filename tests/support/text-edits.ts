/**
 * Random edits of a text: insert, delete or replace a slice at random places, with
 * snippets that matter to the format (braces, headings, BOM, CRLF …). The property
 * tests apply them at once; the fuzz test keeps them as data, so a failing case can be
 * printed and replayed.
 */
import fc from 'fast-check';

const SNIPPETS = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ',',
  ':',
  '\n',
  '\r\n',
  '\t',
  '\uFEFF',
  '👋',
  'é',
  '---\n',
  '## ',
  '### ',
  '# ',
  '> ',
  '\n===\n',
  'null',
  '"target"',
  '"guard"',
  '{"type":"not"}',
  '"always"',
  '"type": "final"',
  '\\',
  '/*',
  '<script>',
];

/** One edit: at `at`, cut `cut` characters and put `insert` in their place. */
export interface TextEdit {
  at: number;
  cut: number;
  insert: string;
}

/** One to six edits of a text of length `length`. */
export const textEdits = (length: number) =>
  fc.array(
    fc.record({
      at: fc.nat({ max: Math.max(0, length) }),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.constantFrom(...SNIPPETS),
        fc.string({ maxLength: 8, unit: 'grapheme' }),
        fc.constant(''),
      ),
    }),
    { minLength: 1, maxLength: 6 },
  );

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return edits.reduce(
    (t, e) =>
      t.slice(0, Math.min(e.at, t.length)) + e.insert + t.slice(Math.min(e.at, t.length) + e.cut),
    text,
  );
}

/** `text` with random edits applied. */
export const mutation = (text: string) =>
  textEdits(text.length).map((edits) => applyEdits(text, edits));
