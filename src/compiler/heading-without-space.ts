/**
 * `###SHOW_THE_FIGURES` and `##opening` — a section heading typed without the space
 * after its hashes. Markdown reads such a line as text, so the choice or scene would
 * silently vanish into the prose above it and the author would only hear that a
 * section is missing. This marked extension reads the line as the heading it was
 * meant to be (marked `missingSpace`), so linking goes on as intended and the author
 * is told about the one thing to fix: the space.
 */
import type { TokenizerExtension, Tokens } from 'marked';

/** A `##`/`###` heading token this extension produced. */
export type HeadingWithoutSpace = Tokens.Heading & { missingSpace: true };

/**
 * The text of the body being lexed: marked lexes a quote's content as if it were at the
 * top level, so a line only counts when it is a line of the body itself.
 */
let body = '';

/** Lex `source` with `lex`, telling the extension which text is the body. */
export function lexBody<T>(source: string, lex: (source: string) => T): T {
  body = source;
  try {
    return lex(source);
  } finally {
    body = '';
  }
}

const LINE = /^ {0,3}(#{2,3})(?=[^\s#])([^\n]*)(?:\n+|$)/;
/** Such a line, as the start of a line. */
const AT_LINE_START = /^ {0,3}#{2,3}[^\s#]/;

/**
 * Where such a line starts inside the paragraph at the head of `src` (marked asks from
 * the paragraph's second character on). Only that paragraph is searched — up to its
 * first blank line — or every paragraph would search the rest of the file, and a large
 * scenario would take quadratic time.
 */
function startInParagraph(src: string): number | undefined {
  for (let at = src.indexOf('\n'); at >= 0;) {
    const end = src.indexOf('\n', at + 1);
    const line = src.slice(at + 1, end < 0 ? undefined : end);
    if (line.trim() === '') return undefined;
    if (AT_LINE_START.test(line)) return at + 1;
    at = end;
  }
  return undefined;
}

export const headingWithoutSpace: TokenizerExtension = {
  name: 'headingWithoutSpace',
  level: 'block',
  start: startInParagraph,
  tokenizer(src) {
    if (!this.lexer.state.top) return undefined;
    const match = LINE.exec(src);
    if (!match?.[1] || match[2] === undefined) return undefined;
    // A line of the body itself: `src` is the rest of the body from a line start (compared on
    // this line only; comparing the whole rest each time would be quadratic).
    const at = body.length - src.length;
    if (at < 0 || !body.startsWith(match[0], at) || (at > 0 && body[at - 1] !== '\n'))
      return undefined;
    const text = match[2].trim();
    return {
      type: 'heading',
      raw: match[0],
      depth: match[1].length,
      text,
      tokens: this.lexer.inline(text),
      missingSpace: true,
    };
  },
};

export function isHeadingWithoutSpace(token: Tokens.Heading): token is HeadingWithoutSpace {
  return (token as Partial<HeadingWithoutSpace>).missingSpace === true;
}
