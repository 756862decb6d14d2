/**
 * `npm run insight`: what a cohort chose, read from an LRS (`--lrs URL --key K --secret S`),
 * from an LRS export file (`--file`), or from a folder of learners' exported progress files
 * replayed on a course (`--progress FOLDER --course FOLDER`); filtered by `--since`,
 * `--until`, `--scenario` and `--group KEY=VALUE`; printed as a text report, `--json` (the
 * `CohortInsight`) or `--csv`. Progress goes to stderr. Exit 0: done; 1: the LRS or a file
 * could not be read; 2: a usage mistake. docs/insight.md is the guide.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { compileCourse } from '../compiler';
import { createFold, type Fold } from '../insight/fold';
import { LrsError, readLrs } from '../insight/lrs';
import { exportStatements, progressRecords } from '../insight/sources';
import type { InsightFilter } from '../insight/types';
import { isMistake, parseCommand } from './args';
import { insightCsv, insightText } from './insight-report';
import { readFolder, type Io } from './io';

const INSIGHT_USAGE = [
  'Usage: npm run insight -- --lrs URL --key K --secret S [filters] [--json|--csv]',
  '       npm run insight -- --file EXPORT.json [filters] [--json|--csv]',
  '       npm run insight -- --progress FOLDER --course FOLDER [filters] [--json|--csv]',
  'Filters: --since DATE  --until DATE  --scenario ID  --group KEY=VALUE (KEY: registration or a context extension IRI)',
  'The secret may also come from the environment: CASEBOOK_LRS_SECRET.',
].join('\n');

const OPTIONS = {
  options: {
    lrs: { type: 'string' },
    key: { type: 'string' },
    secret: { type: 'string' },
    file: { type: 'string' },
    progress: { type: 'string' },
    course: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    scenario: { type: 'string' },
    group: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: false,
  needs: {
    lrs: 'the LRS’s xAPI endpoint, e.g. --lrs https://lrs.example.org/xAPI/',
    key: 'the LRS client’s key',
    secret: 'the LRS client’s secret',
    file: 'an LRS export file, e.g. --file statements.json',
    progress: 'a folder of exported progress files',
    course: 'the course folder the progress files were played on, e.g. --course scenarios',
    since: 'a date, e.g. --since 2026-01-01',
    until: 'a date, e.g. --until 2026-06-30',
    scenario: 'a scenario id, e.g. --scenario missed-deadline',
    group: 'KEY=VALUE, e.g. --group https://example.org/xapi/team=north',
  },
} as const;

type Source =
  | { kind: 'lrs'; endpoint: string; key: string; secret: string }
  | { kind: 'file'; path: string }
  | { kind: 'progress'; folder: string; course: string };

interface Request {
  source: Source;
  filter: InsightFilter;
  format: 'text' | 'json' | 'csv';
}

function dateOption(
  name: string,
  value: string | undefined,
): string | { mistake: string } | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (!Number.isFinite(time))
    return { mistake: `--${name} ${value} is not a date: give an ISO date, e.g. 2026-01-31.` };
  return new Date(time).toISOString();
}

/** The arguments as a request, or the words for what is wrong with them. */
export function readInsightArgs(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
): Request | { mistake: string } | 'help' {
  const parsed = parseCommand(args, OPTIONS);
  if (isMistake(parsed)) return parsed;
  const v = parsed.values;
  if (v.help) return 'help';
  const given = (['lrs', 'file', 'progress'] as const).filter((k) => v[k] !== undefined);
  if (given.length !== 1)
    return {
      mistake:
        given.length === 0
          ? 'Say where the statements are: --lrs URL (with --key and --secret), --file EXPORT.json, or --progress FOLDER --course FOLDER.'
          : `Give one source, not ${given.map((k) => `--${k}`).join(' and ')}.`,
    };
  let source: Source;
  if (v.lrs !== undefined) {
    const secret = v.secret ?? env.CASEBOOK_LRS_SECRET;
    if (v.key === undefined || secret === undefined)
      return { mistake: '--lrs needs --key and --secret (or CASEBOOK_LRS_SECRET) too.' };
    source = { kind: 'lrs', endpoint: v.lrs, key: v.key, secret };
  } else if (v.file !== undefined) source = { kind: 'file', path: v.file };
  else {
    if (v.course === undefined)
      return { mistake: '--progress needs --course: the course folder its runs were played on.' };
    source = { kind: 'progress', folder: v.progress ?? '', course: v.course };
  }
  if (v.json && v.csv) return { mistake: 'Choose --json or --csv, not both.' };
  const since = dateOption('since', v.since);
  const until = dateOption('until', v.until);
  if (typeof since === 'object') return since;
  if (typeof until === 'object') return until;
  const filter: InsightFilter = {
    ...(v.scenario !== undefined ? { scenario: v.scenario } : {}),
    ...(since !== undefined ? { since } : {}),
    ...(until !== undefined ? { until } : {}),
  };
  if (v.group !== undefined) {
    const at = v.group.indexOf('=');
    if (at <= 0 || at === v.group.length - 1)
      return { mistake: `--group ${v.group} is not KEY=VALUE, e.g. --group registration=<uuid>.` };
    filter.group = { key: v.group.slice(0, at), value: v.group.slice(at + 1) };
  }
  return { source, filter, format: v.json ? 'json' : v.csv ? 'csv' : 'text' };
}

/** Reads the request's source into `fold`; a number is the exit code of a failure already told. */
async function readSource(
  source: Source,
  filter: InsightFilter,
  fold: Fold,
  io: Io,
): Promise<number | undefined> {
  if (source.kind === 'lrs') {
    try {
      const done = await readLrs(
        {
          endpoint: source.endpoint,
          key: source.key,
          secret: source.secret,
          ...(filter.since ? { since: filter.since } : {}),
        },
        (page, progress) => {
          for (const s of page) fold.add(s);
          io.err(
            `Read ${progress.statements} statements (${progress.pages} page${progress.pages === 1 ? '' : 's'})…`,
          );
        },
      );
      io.err(`Read ${done.statements} statements from the LRS.`);
      return undefined;
    } catch (error) {
      if (!(error instanceof LrsError)) throw error;
      io.err(error.message);
      return 1;
    }
  }
  if (source.kind === 'file') {
    const path = resolve(io.cwd, source.path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      io.err(`Cannot read ${source.path}: no such file, or not readable.`);
      return 1;
    }
    const statements = exportStatements(text);
    if (!Array.isArray(statements)) {
      io.err(
        `${source.path} is not an LRS export: give a JSON array of statements, {"statements": […]}, or one statement per line.`,
      );
      return 1;
    }
    for (const s of statements) fold.add(s);
    io.err(`Read ${statements.length} statements from ${source.path}.`);
    return undefined;
  }
  const read = readFolder(source.course, io);
  if (typeof read === 'number') return read;
  const compiled = compileCourse(read);
  const scenarios = compiled.scenarios.flatMap((s) => (s.scenario ? [s.scenario] : []));
  const folder = resolve(io.cwd, source.folder);
  let files: string[];
  try {
    files = readdirSync(folder)
      .filter((f) => f.endsWith('.json') && statSync(join(folder, f)).isFile())
      .sort();
  } catch {
    io.err(`Cannot read the folder ${source.folder}.`);
    return 1;
  }
  const course = {
    id: basename(resolve(io.cwd, source.course)),
    scenarios,
    ...(compiled.taxonomy ? { taxonomy: compiled.taxonomy } : {}),
  };
  let unmatched = 0;
  for (const file of files) {
    const reading = progressRecords(readFileSync(join(folder, file), 'utf8'), file, course);
    if (reading.notice) io.err(`${file}: not used (${reading.notice.code}).`);
    unmatched += reading.unmatched;
    for (const r of reading.records) fold.addRecord(r);
  }
  io.err(
    `Read ${files.length} progress files${unmatched > 0 ? `; ${unmatched} runs were of scenarios or versions the course does not serve` : ''}.`,
  );
  return undefined;
}

export async function runInsight(
  args: readonly string[],
  io: Io,
  env: Record<string, string | undefined> = {},
): Promise<number> {
  const request = readInsightArgs(args, env);
  if (request === 'help') {
    io.out(INSIGHT_USAGE);
    return 0;
  }
  if ('mistake' in request) {
    io.err(`${request.mistake}\n${INSIGHT_USAGE}`);
    return 2;
  }
  const fold = createFold(request.filter);
  const failed = await readSource(request.source, request.filter, fold, io);
  if (failed !== undefined) return failed;
  const insight = fold.result();
  if (request.format === 'json') io.out(JSON.stringify(insight, null, 2));
  else if (request.format === 'csv') io.out(insightCsv(insight).trimEnd());
  else io.out(insightText(insight));
  return 0;
}
