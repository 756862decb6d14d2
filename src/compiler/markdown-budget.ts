/**
 * marked on a budget. Its inline lexer pairs `*`, `_` and `~` by scanning from each opener
 * to the last possible closer, and looks ahead over whole words for e-mail addresses, so a
 * block of 20,000 characters such as ` *a *a … a*` or `*a_*a_…` takes half a minute: the
 * work grows with the square of the block's length. No limit on length or marker count
 * fixes that without refusing ordinary prose, so the lexer is metered instead: each of
 * those scans is charged what it reads (a match: its length; a failed scan: the rest of
 * the text; a text run: the word it looks over), and one lexing of `n` characters may
 * spend at most {@link workBudget}(n). Past it, or past {@link MAX_DEPTH} levels of
 * quotes, lists or emphasis (marked recurses once per level), lexing stops with a
 * {@link MarkdownRefused}. So marked's work is linear in its input by construction, and
 * its recursion depth is bounded whatever the pre-scan (markdown-limits.ts) let through.
 */
import { Marked, Tokenizer, type MarkedExtension, type TokenizerExtension } from 'marked';
import { MAX_NESTING } from './markdown-limits';

/** Levels of quotes and lists, or of emphasis inside emphasis, marked may open (the pre-scan refuses more than MAX_NESTING first). */
const MAX_DEPTH = MAX_NESTING + 8;
/** Emphasis inside emphasis, at most (`*a _b **c**_*` is 3). */
export const MAX_EMPHASIS_DEPTH = MAX_NESTING;

/** Work one lexing of `chars` characters may cost: the bundled course costs 0.1–0.2 per character. */
export function workBudget(chars: number): number {
  return 8 * chars + 4_096;
}

/** A character read by the `*`/`_`/`~` pairing scan costs marked several times one of plain text. */
const PAIRING = 4;

/** Lexing stopped: the input needs more work or depth than allowed. */
export class MarkdownRefused extends Error {
  constructor(
    readonly reason: 'work' | 'depth' | 'emphasis',
    /** The text marked was reading when it stopped. */
    readonly near: string,
  ) {
    super(`Markdown refused: ${reason}`);
  }
}

const meter = { spent: 0, budget: Infinity, depth: 0, emphasis: 0 };

function charge(amount: number, near: string): void {
  meter.spent += amount;
  if (meter.spent > meter.budget) throw new MarkdownRefused('work', near);
}

/** Characters an e-mail look-ahead at the start of `src` reads (marked's text rule). */
function wordLength(src: string): number {
  const word = /^[A-Za-z0-9.!#$%&'*+/=?_`{|}~-]*/y;
  return word.exec(src)?.[0].length ?? 0;
}

const base = Tokenizer.prototype;

function nested<T>(kind: 'depth' | 'emphasis', near: string, run: () => T): T {
  meter[kind]++;
  try {
    if (meter[kind] > (kind === 'depth' ? MAX_DEPTH : MAX_EMPHASIS_DEPTH))
      throw new MarkdownRefused(kind, near);
    return run();
  } finally {
    meter[kind]--;
  }
}

/** The metering, as a marked extension: each tokenizer is marked's own, measured. */
const metering: MarkedExtension = {
  tokenizer: {
    blockquote(src) {
      return nested('depth', src, () => base.blockquote.call(this, src));
    },
    list(src) {
      return nested('depth', src, () => base.list.call(this, src));
    },
    emStrong(src, masked, prev) {
      const token = nested('emphasis', src, () => base.emStrong.call(this, src, masked, prev));
      if (token) charge(PAIRING * token.raw.length, src);
      else {
        const open = this.rules.inline.emStrongLDelim.exec(src);
        const intraword = open?.[4] && /[\p{L}\p{N}]/u.test(prev ?? '');
        if (open && (open[1] || open[2] || open[3] || open[4]) && !intraword)
          charge(PAIRING * src.length, src);
      }
      return token;
    },
    del(src, masked, prev) {
      const token = nested('emphasis', src, () => base.del.call(this, src, masked, prev));
      if (token) charge(PAIRING * token.raw.length, src);
      else if (src.startsWith('~') && this.rules.inline.delLDelim.test(src))
        charge(PAIRING * src.length, src);
      return token;
    },
    codespan(src) {
      const token = base.codespan.call(this, src);
      if (token) charge(token.raw.length, src);
      else if (src.startsWith('`')) charge(src.length, src);
      return token;
    },
    inlineText(src) {
      charge(wordLength(src) + 1, src);
      return base.inlineText.call(this, src);
    },
  },
};

/** A Marked instance with these block extensions whose lexing is metered (see {@link lexMetered}). */
export function meteredMarked(extensions: TokenizerExtension[] = []): Marked {
  return new Marked({ extensions }, metering);
}

/** Lex `source` with `lex` (a lexer of {@link meteredMarked}) on a budget of {@link workBudget}(source.length). */
export function lexMetered<T>(source: string, lex: (source: string) => T): T {
  const saved = { ...meter };
  Object.assign(meter, { spent: 0, budget: workBudget(source.length), depth: 0, emphasis: 0 });
  try {
    return lex(source);
  } finally {
    Object.assign(meter, saved);
  }
}

/** Work the last {@link lexMetered} call spent, for tests and benchmarks. */
export function spentBy<T>(source: string, lex: (source: string) => T): number {
  let spent = 0;
  lexMetered(source, (s) => {
    lex(s);
    spent = meter.spent;
  });
  return spent;
}
