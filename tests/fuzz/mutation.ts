/**
 * What the fuzzer does to a course, as data: each mutation names the file it changes and
 * small numbers (a byte, a line, a depth, a size), so a failing case prints in a few
 * lines and replays exactly. `applyMutations` expands them into the files `check` reads.
 * Positions are indices taken modulo what the file has, so any number is a valid place
 * and fast-check can shrink them freely.
 */
import { applyEdits, type TextEdit } from '../support/text-edits';
import { expandStructural, type StructuralMutation } from './structural-mutations';

/** A course as files: path inside the course folder → bytes on disk. */
export type CourseFiles = ReadonlyMap<string, Buffer>;

export type Mutation =
  | { kind: 'flip-bit'; file: string; at: number; bit: number }
  | { kind: 'swap-lines'; file: string; a: number; b: number }
  | { kind: 'duplicate-line'; file: string; line: number; times: number }
  | { kind: 'delete-lines'; file: string; line: number; count: number }
  | { kind: 'truncate'; file: string; at: number }
  | { kind: 'edit'; file: string; edits: TextEdit[] }
  | { kind: 'minify'; file: string }
  | { kind: 'remove-file'; file: string }
  | StructuralMutation;

/** Lines with their ends kept, so joining them gives the text back (CRLF stays CRLF). */
export function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

const ending = (line: string) => (line.endsWith('\n') ? line : `${line}\n`);

function textMutation(text: string, m: Mutation): string {
  const lines = linesOf(text);
  const at = (n: number) => (lines.length === 0 ? 0 : n % lines.length);
  switch (m.kind) {
    case 'swap-lines': {
      const [a, b] = [at(m.a), at(m.b)];
      const swapped = [...lines];
      [swapped[a], swapped[b]] = [ending(lines[b] ?? ''), ending(lines[a] ?? '')];
      return swapped.join('');
    }
    case 'duplicate-line': {
      const i = at(m.line);
      const copies = Array.from({ length: m.times }, () => ending(lines[i] ?? ''));
      return [...lines.slice(0, i + 1).map(ending), ...copies, ...lines.slice(i + 1)].join('');
    }
    case 'delete-lines':
      return [...lines.slice(0, at(m.line)), ...lines.slice(at(m.line) + m.count)].join('');
    case 'edit':
      return applyEdits(text, m.edits);
    case 'minify':
      return text.replace(/\r?\n\s*/g, '');
    default:
      return expandStructural(text, m as StructuralMutation);
  }
}

function byteMutation(bytes: Buffer, m: Mutation): Buffer {
  if (m.kind === 'truncate') return bytes.subarray(0, m.at % (bytes.length + 1));
  if (m.kind === 'flip-bit' && bytes.length > 0) {
    const copy = Buffer.from(bytes);
    const i = m.at % copy.length;
    copy[i] = (copy[i] ?? 0) ^ (1 << (m.bit % 8));
    return copy;
  }
  return bytes;
}

/** The scenario folder a course path is in ('' for behaviours.json). */
export const folderOf = (path: string): string => (path.includes('/') ? path.split('/')[0]! : '');

/**
 * The course after `mutations`, in order. A mutation of a file an earlier one removed
 * does nothing. A rename also renames the name in the other files of its scenario (and
 * in behaviours.json), as an author renaming a state or a behaviour would.
 */
export function applyMutations(course: CourseFiles, mutations: readonly Mutation[]): CourseFiles {
  const files = new Map(course);
  for (const m of mutations) {
    const bytes = files.get(m.file);
    if (bytes === undefined) continue;
    if (m.kind === 'remove-file') files.delete(m.file);
    else if (m.kind === 'flip-bit' || m.kind === 'truncate')
      files.set(m.file, byteMutation(bytes, m));
    else if (m.kind === 'rename' && m.everywhere) {
      const rename = (text: string) => expandStructural(text, m, bytes.toString('utf8'));
      for (const [path, other] of files) {
        if (folderOf(path) === folderOf(m.file) || path === 'behaviours.json')
          files.set(path, Buffer.from(rename(other.toString('utf8')), 'utf8'));
      }
    } else files.set(m.file, Buffer.from(textMutation(bytes.toString('utf8'), m), 'utf8'));
  }
  return files;
}
