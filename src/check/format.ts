/**
 * Diagnostics for people: `file:line:col: severity: message [code]` (the form
 * editors and CI problem matchers link), then the author's line with the spot
 * underlined, then a summary. Each file is split into lines once (not once per
 * diagnostic), and a long line (a minified machine.json is one line) is shown as a
 * window around the spot, so printing stays linear in the diagnostics and the text.
 * Used by `npm run check` and `scenario stats|graph` (src/cli) and the Vite plugin's
 * terminal output and error overlay (src/vite).
 */
import type { CourseInput } from '../compiler';
import type { Diagnostic } from '../contract';

/** Text of the files the diagnostics point into, by path. */
export type Sources = ReadonlyMap<string, string>;

/** The text of every file a course input holds, by path: what diagnostics into it are shown with. */
export function sourcesOf(input: CourseInput): Map<string, string> {
  const sources = new Map<string, string>();
  for (const file of [
    input.taxonomy,
    ...(input.taxonomyTranslations ?? []).map((t) => t.file),
    ...input.scenarios.flatMap((s) => [
      s.scenarioMd,
      s.machineJson,
      ...(s.translations ?? []).map((t) => t.file),
    ]),
  ]) {
    if (file) sources.set(file.path, file.text);
  }
  return sources;
}

/** A line longer than this (in UTF-16 units) is shown as a window around the spot. */
export const EXCERPT_WIDTH = 160;
/** How much of a long line is shown before the spot. */
const BEFORE = 60;

interface Lines {
  lines: string[];
  /** Offset of each line's start in the file as on disk (BOM included), as `Position.offset` counts. */
  starts: number[];
}

const split = new WeakMap<Sources, Map<string, Lines | undefined>>();

function linesOf(sources: Sources, file: string): Lines | undefined {
  let files = split.get(sources);
  if (!files) split.set(sources, (files = new Map()));
  if (files.has(file)) return files.get(file);
  const text = sources.get(file);
  let lines: Lines | undefined;
  if (text !== undefined) {
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = text.slice(bom);
    const starts = [bom];
    const breaks = /\r\n|\r|\n/g;
    for (let m = breaks.exec(body); m; m = breaks.exec(body))
      starts.push(bom + m.index + m[0].length);
    lines = { lines: body.split(/\r\n|\r|\n/), starts };
  }
  files.set(file, lines);
  return lines;
}

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
  const known = linesOf(sources, file);
  if (!known) return [];
  const line = known.lines[start.line - 1];
  if (line === undefined || line.trim() === '') return [];
  const gutter = String(start.line).length;
  const shown =
    line.length > EXCERPT_WIDTH
      ? windowed(line, start, end, known.starts[start.line - 1] ?? 0)
      : whole(line, start, end);
  return [
    ` ${String(start.line).padStart(gutter)} | ${shown.text}`,
    ` ${' '.repeat(gutter)} | ${' '.repeat(shown.col - 1)}${'^'.repeat(shown.width)}`,
  ];
}

interface Shown {
  text: string;
  /** Column of the spot in `text`, 1-based, in code points. */
  col: number;
  width: number;
}

function whole(
  line: string,
  start: Diagnostic['range']['start'],
  end: Diagnostic['range']['end'],
): Shown {
  const text = line.replace(/\t/g, ' ');
  const width =
    end.line === start.line
      ? Math.max(1, end.col - start.col)
      : Math.max(1, [...text].length - start.col + 1);
  return { text, col: start.col, width };
}

/** About {@link EXCERPT_WIDTH} units of a long line around the spot, cut with "…". */
function windowed(
  line: string,
  start: Diagnostic['range']['start'],
  end: Diagnostic['range']['end'],
  lineStart: number,
): Shown {
  let at = start.offset - lineStart;
  if (at < 0 || at > line.length) at = unitsOf(line, start.col - 1);
  const from = unsplit(line, Math.max(0, at - BEFORE));
  const to = unsplit(line, Math.min(line.length, from + EXCERPT_WIDTH));
  const lead = from > 0 ? '…' : '';
  const text = `${lead}${line.slice(from, to).replace(/\t/g, ' ')}${to < line.length ? '…' : ''}`;
  const col = lead.length + [...line.slice(from, at)].length + 1;
  const room = [...line.slice(at, to)].length;
  const width =
    end.line === start.line
      ? Math.min(Math.max(1, end.col - start.col), Math.max(1, room))
      : Math.max(1, room);
  return { text, col, width };
}

/** The unit index of code point `points` in `line`. */
function unitsOf(line: string, points: number): number {
  let units = 0;
  for (let i = 0; i < points && units < line.length; i++) {
    const unit = line.charCodeAt(units);
    units += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
  }
  return Math.min(units, line.length);
}

/** `at`, moved back one unit when it would split a surrogate pair. */
function unsplit(line: string, at: number): number {
  const unit = line.charCodeAt(at);
  return at > 0 && unit >= 0xdc00 && unit <= 0xdfff ? at - 1 : at;
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
