/**
 * The `yaml` package's parse errors turned into one diagnostic per cause, at the line
 * the author has to change. Most map one to one (with a hint per error code), but a
 * line indented differently from its siblings makes the parser report the line above
 * (a value running on into the next line) or the siblings it agrees with, often twice;
 * those errors are traced back, by their codes and positions, to the one mis-indented
 * line, which is what the author is told about.
 */
import type { YAMLError } from 'yaml';
import type { Diagnostic, Range, WordingValue } from '../contract';
import { diagnostic } from '../contract/catalogue';
import type { SourceFile } from './source';
import { phrase, words, type DiagnosticId } from '../i18n/diagnostic-words';

/** What to do about each of the parser's error codes. */
const HINTS: Record<string, DiagnosticId> = {
  TAB_AS_INDENT: 'diagnostics.CB103.hint.tabAsIndent',
  MISSING_CHAR: 'diagnostics.CB103.hint.missingChar',
  BLOCK_AS_IMPLICIT_KEY: 'diagnostics.CB103.hint.blockAsImplicitKey',
  MULTILINE_IMPLICIT_KEY: 'diagnostics.CB103.hint.multilineImplicitKey',
  DUPLICATE_KEY: 'diagnostics.CB103.hint.duplicateKey',
  BAD_INDENT: 'diagnostics.CB103.hint.badIndent',
  UNEXPECTED_TOKEN: 'diagnostics.CB103.hint.unexpectedToken',
};

/** Errors the parser raises when a key line is indented differently from its siblings. */
const INDENTATION_CODES = new Set([
  'BAD_INDENT',
  'MULTILINE_IMPLICIT_KEY',
  'BLOCK_AS_IMPLICIT_KEY',
  'UNEXPECTED_TOKEN',
]);

/** `key:` at the start of a line (after its indentation), with or without a value. */
const KEY_LINE = /^( *)([A-Za-z0-9_-]+):(?:\s|$)/;
/** A key whose value is the indented block below it, e.g. `metrics:`. */
const OPENER_LINE = /^( *)[A-Za-z0-9_-]+:\s*(?:#.*)?$/;

interface Line {
  text: string;
  start: number;
  indent: number;
}

interface Misindented {
  line: number;
  key: string;
  indent: number;
  expected: number;
  /** The key whose block the line is in, when it is not at the top level. */
  parent?: string;
}

export function yamlDiagnostics(
  file: SourceFile,
  yaml: string,
  start: number,
  errors: readonly YAMLError[],
): Diagnostic[] {
  const lines = splitLines(yaml);
  const causes: Misindented[] = [];
  /** Errors traced to a mis-indented line; an error inside one's span has the same cause. */
  const traced: YAMLError[] = [];
  for (const error of errors) {
    if (!INDENTATION_CODES.has(error.code)) continue;
    const suspect = suspectLine(lines, yaml, error);
    const cause = suspect === undefined ? undefined : misindented(lines, suspect);
    if (!cause) continue;
    traced.push(error);
    if (!causes.some((c) => c.line === cause.line)) causes.push(cause);
  }
  const within = (inner: YAMLError, outer: YAMLError) =>
    inner !== outer && outer.pos[0] <= inner.pos[0] && inner.pos[1] <= outer.pos[1];
  const explained = (error: YAMLError) =>
    INDENTATION_CODES.has(error.code) &&
    (traced.includes(error) ||
      traced.some((t) => within(error, t)) ||
      // Once a key falls out of the document's map, the parser cannot resume: every
      // token after it is unexpected.
      (error.code === 'UNEXPECTED_TOKEN' &&
        traced.some((t) => t.code === 'UNEXPECTED_TOKEN' && t.pos[0] <= error.pos[0])) ||
      // A value with ": " that runs on to the next line: the multi-line error says it all.
      (error.code === 'BLOCK_AS_IMPLICIT_KEY' &&
        errors.some((e) => e.code === 'MULTILINE_IMPLICIT_KEY' && within(error, e))));
  const diagnostics = [
    ...causes.map((c) => indentationDiagnostic(file, lines, start, c)),
    ...errors
      .filter((e) => !explained(e))
      .map((e) =>
        diagnostic(
          'CB103',
          file.path,
          errorRange(file, yaml, start, e),
          // The parser's own message, in its English, as a value.
          words('diagnostics.CB103.invalid', {
            error: e.message.split('\n')[0] ?? '',
            hint: phrase(HINTS[e.code] ?? 'diagnostics.CB103.hint.other'),
          }),
        ),
      ),
  ];
  return diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset).slice(0, 3);
}

function splitLines(yaml: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  for (const text of yaml.split('\n')) {
    out.push({ text, start: offset, indent: text.length - text.trimStart().length });
    offset += text.length + 1;
  }
  return out;
}

function lineOf(lines: Line[], offset: number): number {
  let index = 0;
  while (index + 1 < lines.length && (lines[index + 1]?.start ?? Infinity) <= offset) index++;
  return index;
}

/**
 * The line an indentation error is about: BAD_INDENT points at the line that breaks the
 * column; MULTILINE_IMPLICIT_KEY spans from a value into the next key line, which is the
 * one indented too far; UNEXPECTED_TOKEN at a line's key is a key left outside the map
 * that the first, indented, line started. A span that ends in text rather than a
 * `key:` is not indentation.
 */
function suspectLine(lines: Line[], yaml: string, error: YAMLError): number | undefined {
  if (error.code === 'BAD_INDENT') return lineOf(lines, error.pos[0]);
  if (error.code === 'UNEXPECTED_TOKEN') {
    const index = lineOf(lines, error.pos[0]);
    const line = lines[index] as Line;
    return KEY_LINE.test(line.text) && line.start + line.indent === error.pos[0]
      ? index
      : undefined;
  }
  if (error.code !== 'MULTILINE_IMPLICIT_KEY') return undefined;
  const last = lineOf(lines, error.pos[1]);
  if (last === lineOf(lines, error.pos[0])) return undefined;
  const text = lines[last]?.text ?? '';
  return KEY_LINE.test(text) && yaml.slice(error.pos[1]).startsWith(':') ? last : undefined;
}

/**
 * Among the key lines of the block holding `suspect` (the lines under the nearest key
 * above it that opens a block, or the top level), the one whose indentation differs from
 * the others'. The indentation most of them share is the right one; on a tie, the
 * usual one (none at the top, two spaces more than the block's key below it), else the
 * first line's, as YAML itself reads it.
 */
function misindented(lines: Line[], suspect: number): Misindented | undefined {
  const own = lines[suspect];
  if (!own) return undefined;
  let parent = -1;
  for (let i = suspect - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    if (line.indent < own.indent && OPENER_LINE.test(line.text)) {
      parent = i;
      break;
    }
  }
  const parentIndent = parent >= 0 ? (lines[parent] as Line).indent : -1;
  const siblings: number[] = [];
  let nestedUnder: number | undefined;
  for (let i = parent + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    const content = line.text.trim();
    if (content === '' || content.startsWith('#')) continue;
    if (line.indent <= parentIndent) break;
    if (nestedUnder !== undefined && line.indent > nestedUnder) continue;
    nestedUnder = undefined;
    if (!KEY_LINE.test(line.text)) continue;
    siblings.push(i);
    if (OPENER_LINE.test(line.text)) nestedUnder = line.indent;
  }
  if (!siblings.includes(suspect)) return undefined;
  const counts = new Map<number, number>();
  for (const i of siblings) {
    const indent = (lines[i] as Line).indent;
    counts.set(indent, (counts.get(indent) ?? 0) + 1);
  }
  if (counts.size < 2) return undefined;
  const usual = parentIndent < 0 ? 0 : parentIndent + 2;
  let expected = counts.has(usual) ? usual : (lines[siblings[0] as number] as Line).indent;
  for (const [indent, count] of counts) {
    if (count > (counts.get(expected) ?? 0)) expected = indent;
  }
  const culprit = siblings.find((i) => (lines[i] as Line).indent !== expected);
  if (culprit === undefined) return undefined;
  const line = lines[culprit] as Line;
  const parentKey = parent >= 0 ? KEY_LINE.exec((lines[parent] as Line).text)?.[2] : undefined;
  return {
    line: culprit,
    key: KEY_LINE.exec(line.text)?.[2] ?? '',
    indent: line.indent,
    expected,
    ...(parentKey === undefined ? {} : { parent: parentKey }),
  };
}

function indentationDiagnostic(
  file: SourceFile,
  lines: Line[],
  start: number,
  cause: Misindented,
): Diagnostic {
  const line = lines[cause.line] as Line;
  const lineStart = start + line.start;
  const range: Range = file.range(lineStart, lineStart + cause.indent + cause.key.length);
  const values = { key: cause.key, indent: spaces(cause.indent), expected: spaces(cause.expected) };
  return diagnostic(
    'CB103',
    file.path,
    range,
    cause.expected === 0
      ? words('diagnostics.CB103.indentedTop', values)
      : cause.parent
        ? words('diagnostics.CB103.indentedUnder', { ...values, parent: cause.parent })
        : words('diagnostics.CB103.indented', values),
  );
}

/** `1 space`, `4 spaces`. */
function spaces(n: number): WordingValue {
  return phrase('diagnostics.CB103.spaces', { count: n, n: String(n) });
}

/** Where a YAML error really is: an unclosed quote is reported where the quote opens, not where the parser gave up. */
function errorRange(file: SourceFile, yaml: string, start: number, error: YAMLError): Range {
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    let offset = 0;
    for (const line of yaml.split('\n')) {
      const value = line.replace(/^[^:]*:\s*/, '');
      const quote = value[0];
      if ((quote === '"' || quote === "'") && !value.slice(1).includes(quote)) {
        const at = start + offset + line.length - value.length;
        return file.range(at, at + 1);
      }
      offset += line.length + 1;
    }
  }
  return file.range(start + error.pos[0], start + error.pos[1]);
}
