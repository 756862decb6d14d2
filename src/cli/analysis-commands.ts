/**
 * `scenario stats <folder> [--json]` and `scenario graph <folder> [--format mermaid|dot]`:
 * the analysis of every run, and the scenario map. The folder may be one scenario or
 * a whole course (then every scenario in it, in folder order). The check compiles and
 * analyses; this file reads the arguments and prints.
 */
import {
  analysedScenarios,
  checkCourseInDetail,
  formatDiagnostic,
  sourcesOf,
  type Analysed,
} from '../check';
import { readFolder } from './io';
import { isMistake, parseCommand, type Mistake } from './args';
import { scenarioGraph, type GraphFormat } from './graph';
import type { Io } from './io';
import { statsJson, statsText } from './stats';

const STATS_USAGE = 'Usage: npm run scenario -- stats <folder> [--json]';
const GRAPH_USAGE = 'Usage: npm run scenario -- graph <folder> [--format mermaid|dot]';

function analyseFolder(path: string, io: Io): Analysed[] | number {
  const input = readFolder(path, io);
  if (typeof input === 'number') return input;
  const check = checkCourseInDetail(input);
  const { analysed, errors } = analysedScenarios(check);
  if (errors.length > 0 || check.scenarios.length === 0) {
    const sources = sourcesOf(input);
    for (const d of errors) io.err(formatDiagnostic(d, sources));
    io.err(
      check.scenarios.length === 0
        ? `${path}: no scenario found.`
        : 'Fix these errors first (npm run check shows all problems).',
    );
    return 1;
  }
  return analysed;
}

/** The one folder a command takes, or what is wrong with the arguments. */
function oneFolder(positionals: readonly string[]): string | Mistake {
  const [path, ...extra] = positionals;
  if (path === undefined) return { mistake: 'Give a scenario or course folder.' };
  if (extra.length > 0)
    return { mistake: `Give one folder, not ${positionals.length}: ${positionals.join(' ')}.` };
  return path;
}

const STATS = { options: { json: { type: 'boolean' } }, allowPositionals: true } as const;

function statsArgs(args: readonly string[]): { path: string; json: boolean } | Mistake {
  const parsed = parseCommand(args, STATS);
  if (isMistake(parsed)) return parsed;
  const path = oneFolder(parsed.positionals);
  return typeof path === 'string' ? { path, json: parsed.values.json === true } : path;
}

export function runStats(args: readonly string[], io: Io): number {
  const read = statsArgs(args);
  if (isMistake(read)) {
    io.err(`${read.mistake}\n${STATS_USAGE}`);
    return 2;
  }
  const analysed = analyseFolder(read.path, io);
  if (typeof analysed === 'number') return analysed;
  if (read.json) {
    const json = analysed.map((a) => statsJson(a.scenario, a.analysis));
    io.out(JSON.stringify(json.length === 1 ? json[0] : json, null, 2));
  } else {
    io.out(analysed.map((a) => statsText(a.scenario, a.analysis)).join('\n\n'));
  }
  return 0;
}

const GRAPH = {
  options: { format: { type: 'string', default: 'mermaid' } },
  allowPositionals: true,
  needs: { format: 'mermaid or dot after it' },
} as const;

function graphArgs(args: readonly string[]): { path: string; format: GraphFormat } | Mistake {
  const parsed = parseCommand(args, GRAPH);
  if (isMistake(parsed)) return parsed;
  const path = oneFolder(parsed.positionals);
  if (typeof path !== 'string') return path;
  const { format } = parsed.values;
  if (format !== 'mermaid' && format !== 'dot')
    return { mistake: `There is no map format "${format}": use mermaid or dot.` };
  return { path, format };
}

export function runGraph(args: readonly string[], io: Io): number {
  const read = graphArgs(args);
  if (isMistake(read)) {
    io.err(`${read.mistake}\n${GRAPH_USAGE}`);
    return 2;
  }
  const analysed = analyseFolder(read.path, io);
  if (typeof analysed === 'number') return analysed;
  io.out(analysed.map((a) => scenarioGraph(a.scenario, a.analysis, read.format)).join('\n'));
  return 0;
}
