/**
 * Diagnostics for people: `file:line:col: severity: message [code]` (the form
 * editors and CI problem matchers link), then the author's line with the spot
 * underlined, then a summary.
 */
import type { Diagnostic } from '../contract';

/** Text of the files the diagnostics point into, by path. */
export type Sources = ReadonlyMap<string, string>;

export function formatDiagnostic(d: Diagnostic, sources: Sources): string {
  const head = `${d.file}:${d.range.start.line}:${d.range.start.col}: ${d.severity}: ${d.message} [${d.code}]`;
  const notes = (d.related ?? []).map((r) =>
    [
      `${r.file}:${r.range.start.line}:${r.range.start.col}: note: ${r.message}`,
      ...excerpt(r.file, r.range, sources),
    ].join('\n'),
  );
  return [head, ...excerpt(d.file, d.range, sources), ...notes].join('\n');
}

/** The line `range` starts on, with the spot underlined (nothing when the text is not known). */
function excerpt(file: string, range: Diagnostic['range'], sources: Sources): string[] {
  const { start, end } = range;
  const text = sources.get(file);
  if (text === undefined) return [];
  const line = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)[start.line - 1];
  if (line === undefined || line.trim() === '') return [];
  const gutter = String(start.line).length;
  const shown = line.replace(/\t/g, ' ');
  const width =
    end.line === start.line
      ? Math.max(1, end.col - start.col)
      : Math.max(1, [...shown].length - start.col + 1);
  return [
    ` ${String(start.line).padStart(gutter)} | ${shown}`,
    ` ${' '.repeat(gutter)} | ${' '.repeat(start.col - 1)}${'^'.repeat(width)}`,
  ];
}

export function summary(scenarios: number, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const what = `${scenarios} scenario${scenarios === 1 ? '' : 's'}`;
  if (diagnostics.length === 0) return `Checked ${what}: no problems found.`;
  return `Checked ${what}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
