/**
 * `npm run check -- [--strict] [--json] [PATH ...]`: compile each course or
 * scenario folder (default `scenarios/`) and report every diagnostic. Exit 1 on
 * errors (and on warnings with `--strict`), 2 on a usage mistake.
 */
import { checkCourse } from '../check/check-course';
import type { Diagnostic } from '../contract';
import { formatDiagnostic, summary } from '../check/format';
import { type Io } from './io';
import { loadCourse, UsageError } from '../disk/load';

const USAGE =
  'Usage: npm run check -- [--strict] [--json] [PATH ...]   (PATH: a course folder or a scenario folder; default scenarios/)';

export function runCheck(args: readonly string[], io: Io): number {
  const flags = new Set(args.filter((a) => a.startsWith('-')));
  const unknown = [...flags].filter((f) => !['--strict', '--json', '--help', '-h'].includes(f));
  if (unknown.length > 0 || flags.has('--help') || flags.has('-h')) {
    (unknown.length > 0 ? io.err : io.out)(
      unknown.length > 0 ? `Unknown option ${unknown.join(', ')}.\n${USAGE}` : USAGE,
    );
    return unknown.length > 0 ? 2 : 0;
  }
  const paths = args.filter((a) => !a.startsWith('-'));
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let count = 0;
  try {
    for (const path of paths.length > 0 ? paths : ['scenarios']) {
      const input = loadCourse(path, io.cwd);
      for (const file of [
        input.taxonomy,
        ...input.scenarios.flatMap((s) => [s.scenarioMd, s.machineJson]),
      ]) {
        if (file) sources.set(file.path, file.text);
      }
      const result = checkCourse(input, { strict: flags.has('--strict') });
      count += result.scenarios.length;
      diagnostics.push(...result.diagnostics, ...result.scenarios.flatMap((s) => s.diagnostics));
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n${USAGE}`);
    return 2;
  }
  const failed = diagnostics.some((d) => d.severity === 'error' || flags.has('--strict'));
  if (flags.has('--json')) {
    io.out(JSON.stringify({ scenarios: count, diagnostics }, null, 2));
  } else {
    for (const d of diagnostics) io.out(formatDiagnostic(d, sources));
    io.out(
      summary(count, diagnostics) +
        (failed && diagnostics.every((d) => d.severity === 'warning')
          ? ' (--strict: warnings fail the check)'
          : ''),
    );
  }
  return failed ? 1 : 0;
}
