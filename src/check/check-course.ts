/**
 * `check` = the compiler's diagnostics, then the engine's analysis of every run each
 * compiled scenario allows, as diagnostics at the author's lines (and, with
 * `--strict`, the quality gate of `quality.ts`). A scenario whose
 * analysis finds errors (a run can get stuck or go round forever) is not playable.
 * Each scenario is analysed once, and the analysis is kept for whoever needs more than
 * diagnostics (the Vite plugin's cards, `stats` and `graph`, author mode's map).
 * Used by `npm run check` and `scenario stats|graph`, the Vite plugin, author mode and
 * the fixture tests alike.
 */
import { compileCourse, type CourseInput, type CourseResult } from '../compiler';
import { attempt } from '../compiler/attempt';
import type { CompiledScenario, Diagnostic, ScenarioTranslation } from '../contract';
import { analyse, analysisDiagnostics, type Analysis } from '../engine';
import { qualityDiagnostics } from './quality';

export interface CheckOptions {
  /** Add the quality gate of `check --strict` (CB8xx). */
  strict?: boolean;
}

/** One scenario as author mode needs it: what `check` reports, and what the map and player read. */
export interface ScenarioCheck {
  folder: string;
  /** Set when the scenario is playable (it compiles and the analysis finds no error). */
  scenario?: CompiledScenario;
  /** The compiled scenario even when the analysis finds errors, so its map can show them. */
  compiled?: CompiledScenario;
  analysis?: Analysis;
  diagnostics: Diagnostic[];
  /** Issue 18: the scenario's translations that compiled. */
  translations?: ScenarioTranslation[];
}

export interface CourseCheck extends Omit<CourseResult, 'scenarios'> {
  scenarios: ScenarioCheck[];
}

/** `check` with the compiled scenarios and analyses kept (author mode's map, player and statistics). */
export function checkCourseInDetail(input: CourseInput, options: CheckOptions = {}): CourseCheck {
  const result = compileCourse(input);
  const scenarios = result.scenarios.map((entry): ScenarioCheck => {
    if (!entry.scenario) return entry;
    const compiled = entry.scenario;
    const failed: Diagnostic[] = [];
    const analysis = attempt(machineFile(compiled), failed, () => analyse(compiled));
    if (!analysis)
      return {
        folder: entry.folder,
        compiled,
        diagnostics: sortDiagnostics([...entry.diagnostics, ...failed]),
      };
    const found = analysisDiagnostics(entry.scenario, analysis);
    if (options.strict)
      found.push(...qualityDiagnostics(entry.scenario, analysis, result.taxonomy));
    const diagnostics = sortDiagnostics([...entry.diagnostics, ...found]);
    const playable = !found.some((d) => d.severity === 'error');
    return {
      folder: entry.folder,
      ...(playable ? { scenario: entry.scenario } : {}),
      compiled: entry.scenario,
      analysis,
      diagnostics,
      ...(entry.translations ? { translations: entry.translations } : {}),
    };
  });
  return { ...result, scenarios };
}

export function checkCourse(input: CourseInput, options: CheckOptions = {}): CourseResult {
  const result = checkCourseInDetail(input, options);
  return {
    ...result,
    scenarios: result.scenarios.map(({ folder, scenario, diagnostics, translations }) => ({
      folder,
      ...(scenario ? { scenario } : {}),
      diagnostics,
      ...(translations ? { translations } : {}),
    })),
  };
}

/** Where a failure of the analysis is reported: the top of the scenario's machine.json. */
function machineFile(scenario: CompiledScenario) {
  const origin = { line: 1, col: 1, offset: 0 };
  const path = scenario.scenes[0]?.source.file ?? `${scenario.id}/machine.json`;
  return { path, range: () => ({ start: origin, end: origin }) };
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.range.start.offset - b.range.start.offset ||
      compare(a.code, b.code),
  );
}

/** A compiled scenario with its analysis, as `stats` and `graph` describe it. */
export interface Analysed {
  scenario: CompiledScenario;
  analysis: Analysis;
}

/**
 * The scenarios of a checked course that compiled and could be analysed (playable or
 * not: `stats` shows where a run gets stuck), and the errors that kept the others out.
 */
export function analysedScenarios(check: CourseCheck): {
  analysed: Analysed[];
  errors: Diagnostic[];
} {
  const analysed: Analysed[] = [];
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  for (const entry of check.scenarios) {
    if (entry.compiled && entry.analysis)
      analysed.push({ scenario: entry.compiled, analysis: entry.analysis });
    else errors.push(...entry.diagnostics.filter((d) => d.severity === 'error'));
  }
  return { analysed, errors };
}
