/**
 * Diagnostics are data, not strings: every problem the compiler (and later the
 * analysis) finds is one of these, with a stable code from the catalogue and a
 * position in the author's file. Tools format them; tests compare them.
 */

/** A point in a source file. `line` and `col` are 1-based; `col` counts Unicode code points, a tab counts as one. */
export interface Position {
  line: number;
  col: number;
  /** 0-based UTF-16 offset into the file as it is on disk (BOM and CRLF included). */
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning';

/**
 * A message as data, so each tool words it in its reader's language: the id of a message in
 * the diagnostics catalog (src/i18n/catalogs/<lang>/diagnostics.json, ICU MessageFormat) and
 * the values it interpolates. A value may itself be a message (a "Did you mean …?" inside
 * another), worded in the same language. Names an author wrote are values, never ids.
 */
export interface Wording {
  id: string;
  values?: Record<string, WordingValue>;
}

/** Names listed in the reader's language: `"a", "b" or "c"`, `"a", "b" und "c"`. */
export interface WordingList {
  list: readonly string[];
  join: 'and' | 'or';
}

export type WordingValue = string | number | Wording | WordingList;

/** A message in English (what the CLI, logs and tests read) with the data to word it in another language. */
export interface Worded {
  message: string;
  wording: Wording;
}

/** Another place that explains a diagnostic (the guard that makes an ending unreachable, say). */
export interface RelatedLocation {
  file: string;
  range: Range;
  /** What this place has to do with the diagnostic, in English. */
  message: string;
  /** The same as data, to word in the reader's language. */
  wording?: Wording;
}

export interface Diagnostic {
  /** Stable code from the catalogue, e.g. `CB201`. */
  code: string;
  severity: Severity;
  /** What is wrong and how to fix it, in plain words, in English. */
  message: string;
  /** The same as data, to word in the reader's language (author mode in German, say). */
  wording?: Wording;
  /** Path of the file, relative to the course folder, with `/` separators (e.g. `missed-deadline/machine.json`). */
  file: string;
  range: Range;
  /** Other places that are part of the cause, when there are any. */
  related?: RelatedLocation[];
}
