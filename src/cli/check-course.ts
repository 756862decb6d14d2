/**
 * `check` = the compiler's diagnostics, then the engine's analysis of every run each
 * compiled scenario allows, as diagnostics at the author's lines (and, with
 * `--strict`, the quality gate of `quality.ts`). A scenario whose
 * analysis finds errors (a run can get stuck or go round forever) is not playable.
 * Used by `npm run check`, the Vite plugin and the fixture tests alike.
 */
import { compileCourse, type CourseInput, type CourseResult } from '../compiler';
import type { Diagnostic } from '../contract';
import { analyse, analysisDiagnostics } from '../engine';
import { qualityDiagnostics } from './quality';

export interface CheckOptions {
  /** Add the quality gate of `check --strict` (CB8xx). */
  strict?: boolean;
}

export function checkCourse(input: CourseInput, options: CheckOptions = {}): CourseResult {
  const result = compileCourse(input);
  const scenarios = result.scenarios.map((entry) => {
    if (!entry.scenario) return entry;
    const analysis = analyse(entry.scenario);
    const found = analysisDiagnostics(entry.scenario, analysis);
    if (options.strict)
      found.push(...qualityDiagnostics(entry.scenario, analysis, result.taxonomy));
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
