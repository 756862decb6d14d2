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

/** Another place that explains a diagnostic (the guard that makes an ending unreachable, say). */
export interface RelatedLocation {
  file: string;
  range: Range;
  /** What this place has to do with the diagnostic. */
  message: string;
}

export interface Diagnostic {
  /** Stable code from the catalogue, e.g. `CB201`. */
  code: string;
  severity: Severity;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
  /** Path of the file, relative to the course folder, with `/` separators (e.g. `missed-deadline/machine.json`). */
  file: string;
  range: Range;
  /** Other places that are part of the cause, when there are any. */
  related?: RelatedLocation[];
}
