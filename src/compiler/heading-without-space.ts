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
/** Where such a line starts inside a paragraph's text (marked asks from the paragraph's second character on). */
const START = /\n( {0,3}#{2,3}[^\s#])/;

export const headingWithoutSpace: TokenizerExtension = {
  name: 'headingWithoutSpace',
  level: 'block',
  start(src) {
    const match = START.exec(src);
    if (!match?.[1]) return undefined;
    return match.index + 1;
  },
  tokenizer(src) {
    if (!this.lexer.state.top) return undefined;
    const match = LINE.exec(src);
    if (!match?.[1] || match[2] === undefined) return undefined;
    const at = body.length - src.length;
    if (!body.endsWith(src) || (at > 0 && body[at - 1] !== '\n')) return undefined;
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
