/**
 * machine.json's, behaviours.json's and delivery.json's syntax errors in plain words: what
 * jsonc-parser found, said the way an author fixes it (single quotes, a trailing comma, a
 * missing comma between two values), at the spot, at most a few per file.
 */
import { printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Diagnostic, Range, Worded, Wording } from '../contract';
import { diagnostic, type Code } from '../contract/catalogue';
import { phrase, words, type DiagnosticId } from '../i18n/diagnostic-words';
import type { SourceFile } from './source';

const MAX_SYNTAX_ERRORS = 5;

/**
 * One slip often makes the parser stumble again on the same or the next line (an
 * unclosed string, a quote of the wrong kind); report only the first of such a run,
 * and never the same thing twice.
 */
export function syntaxDiagnostics(
  file: SourceFile,
  code: Code,
  errors: ParseError[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lastLine = -Infinity;
  for (const error of errors) {
    const d = syntaxDiagnostic(file, code, error);
    const line = d.range.start.line;
    if (line <= lastLine + 1) continue;
    lastLine = file.position(error.offset + error.length).line;
    out.push(d);
    if (out.length === MAX_SYNTAX_ERRORS) break;
  }
  return out;
}

function syntaxDiagnostic(file: SourceFile, code: Code, error: ParseError): Diagnostic {
  const name = printParseErrorCode(error.error);
  const before = file.text.slice(0, error.offset).trimEnd();
  const found = file.text.slice(error.offset, error.offset + Math.max(1, error.length));
  let range: Range = file.range(error.offset, error.offset + Math.max(1, error.length));
  let message: Worded;
  const quoted = /^'/.test(found) || /^'/.test(file.text.slice(error.offset).trimStart());
  if (
    quoted &&
    (name === 'InvalidSymbol' || name === 'PropertyNameExpected' || name === 'ValueExpected')
  ) {
    message = words('diagnostics.json.singleQuotes', {
      line: String(file.position(error.offset).line),
    });
  } else if (
    (name === 'PropertyNameExpected' || name === 'ValueExpected') &&
    before.endsWith(',') &&
    /^[\]}]/.test(found)
  ) {
    range = file.range(before.length - 1, before.length);
    message = words('diagnostics.json.trailingComma');
  } else if (
    name === 'CommaExpected' ||
    name === 'CloseBraceExpected' ||
    name === 'CloseBracketExpected'
  ) {
    const at = file.position(before.length);
    range = file.range(Math.max(0, before.length - 1), before.length);
    const atEnd = file.text.slice(error.offset).trim() === '';
    const closer = name === 'CloseBracketExpected' ? ']' : '}';
    const sameLine = !file.text.slice(before.length, error.offset).includes('\n');
    const line = String(at.line);
    message =
      name === 'CommaExpected'
        ? sameLine
          ? words('diagnostics.json.commaMissing', {
              line,
              before: lastToken(before),
              after: firstToken(file.text.slice(error.offset)),
            })
          : words('diagnostics.json.commaMissingEnd', { line, before: lastToken(before) })
        : atEnd
          ? words('diagnostics.json.unclosed', { closer })
          : words('diagnostics.json.missingOrExtra', { line, closer });
  } else {
    const plain = PLAIN.get(name);
    message = plain
      ? words(plain.id as DiagnosticId, plain.values)
      : words('diagnostics.json.syntaxError', { name });
  }
  return diagnostic(code, file.path, range, message);
}

/** What stands before a missing comma: the quoted text it ends with, or else the whole line; at most 30 code points. */
function lastToken(text: string): string {
  const line = (text.split('\n').pop() ?? '').trim();
  const quoted = /"(?:[^"\\]|\\.)*"$/.exec(line)?.[0];
  const token = quoted ?? line;
  const points = [...token];
  return points.length > 30 ? `…${points.slice(-30).join('')}` : token;
}

/** The start of `text`, up to the end of its first token or 24 code points. */
function firstToken(text: string): string {
  const line = (text.trimStart().split('\n')[0] ?? '').trim();
  const token = /^("(?:[^"\\]|\\.)*"|[^\s,:]+)/.exec(line)?.[0] ?? line;
  const points = [...token];
  return points.length > 24 ? `${points.slice(0, 24).join('')}…` : token;
}

/** The parser's other errors in plain words; backslash escapes are values, as Lingui would decode them in a message. */
const PLAIN: ReadonlyMap<string, Wording> = new Map(
  Object.entries({
    InvalidSymbol: phrase('diagnostics.json.plain.invalidSymbol'),
    InvalidNumberFormat: phrase('diagnostics.json.plain.invalidNumberFormat'),
    PropertyNameExpected: phrase('diagnostics.json.plain.propertyNameExpected'),
    ValueExpected: phrase('diagnostics.json.plain.valueExpected'),
    ColonExpected: phrase('diagnostics.json.plain.colonExpected'),
    EndOfFileExpected: phrase('diagnostics.json.plain.endOfFileExpected'),
    InvalidCommentToken: phrase('diagnostics.json.plain.comment'),
    UnexpectedEndOfComment: phrase('diagnostics.json.plain.comment'),
    UnexpectedEndOfString: phrase('diagnostics.json.plain.unexpectedEndOfString'),
    UnexpectedEndOfNumber: phrase('diagnostics.json.plain.unexpectedEndOfNumber'),
    InvalidUnicode: phrase('diagnostics.json.plain.invalidUnicode', {
      escape: '\\u',
      example: '\\u00e9',
    }),
    InvalidEscapeCharacter: phrase('diagnostics.json.plain.invalidEscapeCharacter', {
      quote: '\\"',
      backslash: '\\\\',
      newline: '\\n',
      tab: '\\t',
    }),
    InvalidCharacter: phrase('diagnostics.json.plain.invalidCharacter', {
      tab: '\\t',
      newline: '\\n',
    }),
  }),
);
