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
import { words } from '../i18n/diagnostic-words';

const count = (n: number) => n.toLocaleString('en');

/** A refusal of the pre-scan. */
export function refusalDiagnostic(file: SourceFile, refusal: Refusal): Diagnostic {
  const range = file.lineRange(file.position(refusal.at).line);
  if (refusal.kind === 'nesting')
    return diagnostic(
      'CB414',
      file.path,
      range,
      words('diagnostics.CB414.nesting', { max: String(MAX_NESTING) }),
    );
  return diagnostic(
    'CB415',
    file.path,
    range,
    words('diagnostics.CB415.longBlock', {
      length: count(refusal.amount),
      max: count(MAX_BLOCK_CHARS),
    }),
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
        ? words('diagnostics.CB414.emphasis', { max: String(MAX_EMPHASIS_DEPTH) })
        : words('diagnostics.CB414.nestingBlock', { max: String(MAX_NESTING) }),
    );
  if (error instanceof MarkdownRefused)
    return diagnostic('CB416', file.path, range, words('diagnostics.CB416.work'));
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return diagnostic(
    'CB416',
    file.path,
    range,
    // What marked threw, in its English, as a value.
    words('diagnostics.CB416.error', { reason: reason.slice(0, 120) }),
  );
}

/** Stands where a refused block was, so a choice whose label was refused is not also "empty". */
export function placeholder(raw: string): Tokens.Paragraph {
  return { type: 'paragraph', raw, text: '', tokens: [] };
}
