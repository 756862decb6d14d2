/**
 * `scenario stats <folder> [--json]` and `scenario graph <folder> [--format mermaid|dot]`:
 * the analysis of every run, and the scenario map. The folder may be one scenario or
 * a whole course (then every scenario in it, in folder order).
 */
import { compileCourse } from '../compiler';
import type { CompiledScenario, Diagnostic } from '../contract';
import { analyse, type Analysis } from '../engine';
import { formatDiagnostic } from '../check/format';
import { scenarioGraph, type GraphFormat } from './graph';
import type { Io } from './io';
import { loadCourse, UsageError } from '../disk/load';
import { statsJson, statsText } from '../check/stats';

type Analysed = { scenario: CompiledScenario; analysis: Analysis };

function analyseFolder(path: string, io: Io): Analysed[] | number {
  let input;
  try {
    input = loadCourse(path, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(error.message);
    return 2;
  }
  const result = compileCourse(input);
  const sources = new Map(
    [input.taxonomy, ...input.scenarios.flatMap((s) => [s.scenarioMd, s.machineJson])].flatMap(
      (f) => (f ? [[f.path, f.text] as const] : []),
    ),
  );
  const errors: Diagnostic[] = [
    ...result.diagnostics,
    ...result.scenarios.flatMap((s) => s.diagnostics),
  ].filter((d) => d.severity === 'error');
  if (errors.length > 0 || result.scenarios.length === 0) {
    for (const d of errors) io.err(formatDiagnostic(d, sources));
    io.err(
      result.scenarios.length === 0
        ? `${path}: no scenario found.`
        : 'Fix these errors first (npm run check shows all problems).',
    );
    return 1;
  }
  return result.scenarios.flatMap((s) =>
    s.scenario ? [{ scenario: s.scenario, analysis: analyse(s.scenario) }] : [],
  );
}

export function runStats(args: readonly string[], io: Io): number {
  const paths = args.filter((a) => !a.startsWith('-'));
  if (paths.length !== 1) {
    io.err('Usage: npm run scenario -- stats <folder> [--json]');
    return 2;
  }
  const analysed = analyseFolder(paths[0] as string, io);
  if (typeof analysed === 'number') return analysed;
  if (args.includes('--json')) {
    const json = analysed.map((a) => statsJson(a.scenario, a.analysis));
    io.out(JSON.stringify(json.length === 1 ? json[0] : json, null, 2));
  } else {
    io.out(analysed.map((a) => statsText(a.scenario, a.analysis)).join('\n\n'));
  }
  return 0;
}

export function runGraph(args: readonly string[], io: Io): number {
  const formatAt = args.indexOf('--format');
  const format = formatAt >= 0 ? args[formatAt + 1] : 'mermaid';
  const paths = args.filter((a, i) => !a.startsWith('-') && (formatAt < 0 || i !== formatAt + 1));
  if (paths.length !== 1 || (format !== 'mermaid' && format !== 'dot')) {
    io.err('Usage: npm run scenario -- graph <folder> [--format mermaid|dot]');
    return 2;
  }
  const analysed = analyseFolder(paths[0] as string, io);
  if (typeof analysed === 'number') return analysed;
  io.out(
    analysed.map((a) => scenarioGraph(a.scenario, a.analysis, format as GraphFormat)).join('\n'),
  );
  return 0;
}
