/**
 * What must hold for every course `check` is given, however broken: it answers (no
 * throw, no crash, no hang), it drops nothing silently (every scenario folder compiles
 * or has an error saying why, and so does behaviours.json), every diagnostic points at
 * one of the course's files at a line and column that exist there, and its message
 * reads as words (no "[native code]", "undefined", "NaN" or "Infinity", and no invisible
 * or bidi character printed raw).
 */
import type { Diagnostic, Range } from '../../src/contract';
import type { Outcome } from './check-protocol';
import { folderOf, type CourseFiles } from './mutation';
import { PositionIndex } from './position-index';

const UNREADABLE = ['[native code]', 'undefined', 'NaN', 'Infinity'];
/** Zero-width, bidi and other invisible characters: a message shows them escaped (issue 12, part 4), never raw. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const SCENARIO_FILES = ['scenario.md', 'machine.json'];

/** The course's files a diagnostic may name: those present, and the expected ones that are missing. */
function courseFiles(files: CourseFiles): Map<string, string> {
  const known = new Map<string, string>([['behaviours.json', '']]);
  for (const path of files.keys()) {
    const folder = folderOf(path);
    if (folder) for (const name of SCENARIO_FILES) known.set(`${folder}/${name}`, '');
  }
  for (const [path, bytes] of files) known.set(path, bytes.toString('utf8'));
  return known;
}

/** Everything wrong with `outcome` as the answer to `files` (empty when it is right). */
export function problemsWith(files: CourseFiles, outcome: Outcome): string[] {
  if (outcome.kind === 'threw') return [`check threw: ${outcome.error}`];
  if (outcome.kind === 'hung') return [`check hung: no answer within ${outcome.afterMs} ms`];
  if (outcome.kind === 'crashed') return [`check crashed: ${outcome.error}`];
  const problems: string[] = [];
  const texts = courseFiles(files);
  const indexes = new Map<string, PositionIndex>();
  const index = (path: string) => {
    let found = indexes.get(path);
    if (!found) indexes.set(path, (found = new PositionIndex(texts.get(path) ?? '')));
    return found;
  };

  const checkRange = (what: string, file: string, range: Range) => {
    const path = file.startsWith(outcome.prefix) ? file.slice(outcome.prefix.length) : undefined;
    if (path === undefined || !texts.has(path)) {
      problems.push(`${what} names ${file}, which is not a file of the course`);
      return;
    }
    const at = index(path);
    const length = texts.get(path)?.length ?? 0;
    for (const [end, p] of [
      ['start', range.start],
      ['end', range.end],
    ] as const) {
      const where = `${what} at ${file}:${p.line}:${p.col} (${end})`;
      if (!(p.line >= 1 && p.line <= at.lineCount))
        problems.push(`${where}: line outside 1..${at.lineCount}`);
      if (!(p.col >= 1)) problems.push(`${where}: column below 1`);
      if (!(p.offset >= 0 && p.offset <= length))
        problems.push(`${where}: offset ${p.offset} outside 0..${length}`);
      else {
        const real = at.position(p.offset);
        if (real.line !== p.line || real.col !== p.col)
          problems.push(`${where}: offset ${p.offset} is ${real.line}:${real.col}`);
      }
    }
    if (range.end.offset < range.start.offset) problems.push(`${what} ends before it starts`);
  };

  const checkDiagnostic = (d: Diagnostic) => {
    const what = `${d.code} "${shorten(d.message)}"`;
    if (!/^CB\d{3}$/.test(d.code) || !['error', 'warning'].includes(d.severity))
      problems.push(`${what}: malformed code or severity (${d.code}, ${d.severity})`);
    checkRange(what, d.file, d.range);
    for (const message of [d.message, ...(d.related ?? []).map((r) => r.message)]) {
      const bad = UNREADABLE.filter((word) => message.includes(word));
      const hidden = INVISIBLE.exec(message)?.[0];
      if (hidden)
        bad.push(`U+${hidden.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} raw`);
      if (bad.length > 0 || message.trim() === '')
        problems.push(`${what}: message ${bad.length ? `contains ${bad.join(', ')}` : 'is empty'}`);
    }
    for (const r of d.related ?? []) checkRange(`${what}, its note`, r.file, r.range);
  };

  outcome.diagnostics.forEach(checkDiagnostic);
  const taxonomyError = outcome.diagnostics.some(
    (d) => d.severity === 'error' && d.file === `${outcome.prefix}behaviours.json`,
  );
  if (!outcome.taxonomy && !taxonomyError)
    problems.push('silent drop: behaviours.json gave no taxonomy, and no error on it says why');

  const folders = new Set([...files.keys()].map(folderOf).filter((f) => f !== ''));
  const answered = new Set<string>();
  for (const s of outcome.scenarios) {
    answered.add(s.folder);
    if (!folders.has(s.folder))
      problems.push(`the result has a folder ${s.folder} the input has not`);
    s.diagnostics.forEach(checkDiagnostic);
    const errors = s.diagnostics.filter((d) => d.severity === 'error').length;
    if (!s.playable && errors === 0)
      problems.push(`silent drop: ${s.folder} is not playable, and no error says why`);
    if (s.playable && errors > 0) problems.push(`${s.folder} is playable despite ${errors} errors`);
  }
  for (const folder of folders)
    if (!answered.has(folder)) problems.push(`silent drop: ${folder} is missing from the result`);
  return problems;
}

function shorten(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
