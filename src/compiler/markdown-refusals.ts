/**
 * What the author reads when a block of `scenario.md` is kept from marked: by the pre-scan
 * (markdown-limits.ts: too deep, too long) or because lexing it stopped (markdown-budget.ts:
 * too much work, too deep, or marked itself threw). Each names the block's line, the limit,
 * and how to get under it. Split from markdown.ts, which decides what to lex.
 */
import type { Tokens } from 'marked';
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { MarkdownRefused, MAX_EMPHASIS_DEPTH } from './markdown-budget';
import { MAX_BLOCK_CHARS, MAX_NESTING, type Chunk, type Refusal } from './markdown-limits';
import type { SourceFile } from './source';

const count = (n: number) => n.toLocaleString('en');

/** A refusal of the pre-scan. */
export function refusalDiagnostic(file: SourceFile, refusal: Refusal): Diagnostic {
  const range = file.lineRange(file.position(refusal.at).line);
  if (refusal.kind === 'nesting')
    return diagnostic(
      'CB414',
      file.path,
      range,
      `This line puts quotes (">") and list items inside each other more than ${MAX_NESTING} levels deep, the most scenario prose allows. Flatten it: a scene needs two or three levels at most.`,
    );
  return diagnostic(
    'CB415',
    file.path,
    range,
    `This block runs ${count(refusal.amount)} characters without a blank line; a block of scenario prose may have at most ${count(MAX_BLOCK_CHARS)}. Break it into shorter paragraphs with blank lines between them.`,
  );
}

/** Lexing `chunk` stopped with `error` (a {@link MarkdownRefused}, or anything marked threw). */
export function unreadableDiagnostic(file: SourceFile, chunk: Chunk, error: unknown): Diagnostic {
  const first = /\S/g;
  first.lastIndex = chunk.start;
  const found = first.exec(file.text);
  const at = found && found.index < chunk.end ? found.index : chunk.start;
  const range = file.lineRange(file.position(at).line);
  if (error instanceof MarkdownRefused && error.reason !== 'work')
    return diagnostic(
      'CB414',
      file.path,
      range,
      error.reason === 'emphasis'
        ? `This block puts emphasis ("*", "_", "~") inside emphasis more than ${MAX_EMPHASIS_DEPTH} levels deep. Remove the extra markers, or write a literal one as "\\*".`
        : `This block puts quotes (">") and list items inside each other more than ${MAX_NESTING} levels deep. Flatten it: a scene needs two or three levels at most.`,
    );
  if (error instanceof MarkdownRefused)
    return diagnostic(
      'CB416',
      file.path,
      range,
      'This block cannot be read in reasonable time: it has too many "*", "_", "~" or "`" that do not pair up, or words full of them. Pair each marker (*like this*), write a literal one with a backslash ("\\*"), or split the block with blank lines.',
    );
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return diagnostic(
    'CB416',
    file.path,
    range,
    `This part of the scene could not be read as Markdown (${reason.slice(0, 120)}). Simplify it, or split it into shorter blocks with blank lines, to find the line that breaks it.`,
  );
}

/** Stands where a refused block was, so a choice whose label was refused is not also "empty". */
export function placeholder(raw: string): Tokens.Paragraph {
  return { type: 'paragraph', raw, text: '', tokens: [] };
}
