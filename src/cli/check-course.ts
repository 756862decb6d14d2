/**
 * `check` = the compiler's diagnostics, then the engine's analysis of every run each
 * compiled scenario allows, as diagnostics at the author's lines. A scenario whose
 * analysis finds errors (a run can get stuck or go round forever) is not playable.
 * Used by `npm run check`, the Vite plugin and the fixture tests alike.
 */
import { compileCourse, type CourseInput, type CourseResult } from '../compiler';
import type { Diagnostic } from '../contract';
import { analyse, analysisDiagnostics } from '../engine';

export function checkCourse(input: CourseInput): CourseResult {
  const result = compileCourse(input);
  const scenarios = result.scenarios.map((entry) => {
    if (!entry.scenario) return entry;
    const found = analysisDiagnostics(entry.scenario, analyse(entry.scenario));
    const diagnostics = sortDiagnostics([...entry.diagnostics, ...found]);
    return found.some((d) => d.severity === 'error')
      ? { folder: entry.folder, diagnostics }
      : { ...entry, diagnostics };
  });
  return { ...result, scenarios };
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.range.start.offset - b.range.start.offset ||
      compare(a.code, b.code),
  );
}
