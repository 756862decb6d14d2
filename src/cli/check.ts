/**
 * `npm run check -- [--strict] [--json] [PATH ...]`: compile each course or
 * scenario folder (default `scenarios/`) and report every diagnostic. Exit 1 on
 * errors (and on warnings with `--strict`), 2 on a usage mistake.
 */
import { checkCourse, formatDiagnostic, sourcesOf, summary } from '../check';
import type { Diagnostic } from '../contract';
import { loadCourse, NoSuchFolderError } from '../disk/load';
import { isMistake, parseCommand } from './args';
import { type Io } from './io';

const USAGE =
  'Usage: npm run check -- [--strict] [--json] [PATH ...]   (PATH: a course folder or a scenario folder; default scenarios/)';

const OPTIONS = {
  options: {
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
} as const;

export function runCheck(args: readonly string[], io: Io): number {
  const parsed = parseCommand(args, OPTIONS);
  if (isMistake(parsed)) {
    io.err(`${parsed.mistake}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const strict = values.strict === true;
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  let count = 0;
  try {
    for (const path of positionals.length > 0 ? positionals : ['scenarios']) {
      const input = loadCourse(path, io.cwd);
      for (const [file, text] of sourcesOf(input)) sources.set(file, text);
      const result = checkCourse(input, { strict });
      count += result.scenarios.length;
      diagnostics.push(...result.diagnostics, ...result.scenarios.flatMap((s) => s.diagnostics));
    }
  } catch (error) {
    if (!(error instanceof NoSuchFolderError)) throw error;
    io.err(`${error.message}\n${USAGE}`);
    return 2;
  }
  const failed = diagnostics.some((d) => d.severity === 'error' || strict);
  if (values.json) {
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
