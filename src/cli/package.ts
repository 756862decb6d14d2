/**
 * `npm run package -- <course-folder> [--scenario ID] --format scorm12|scorm2004|cmi5|html --out FILE`:
 * a course (or one of its scenarios) as a package for an LMS, or as one HTML file that
 * plays offline. The course is checked first, as `npm run check` does, and a course with
 * errors is not packaged (exit 1); a usage mistake exits 2. docs/delivery.md is the guide.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { checkCourse, formatDiagnostic, sourcesOf, summary } from '../check';
import type { CourseInput, DeliverySettings } from '../compiler';
import type { CompiledScenario } from '../contract';
import { isMistake, parseCommand } from './args';
import { readFolder, type Io } from './io';
import { cmi5Structure, scormManifest, type PackageCourse } from './manifests';
import { buildApp, zipPackage, type Format } from './package-build';

const FORMATS: readonly Format[] = ['scorm12', 'scorm2004', 'cmi5', 'html'];

const USAGE =
  'Usage: npm run package -- <course-folder> [--scenario ID] --format scorm12|scorm2004|cmi5|html --out FILE';

const OPTIONS = {
  options: {
    scenario: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  allowPositionals: true,
  needs: {
    scenario: 'a scenario id, e.g. --scenario missed-deadline',
    format: `a format: ${FORMATS.join(', ')}`,
    out: 'a file to write, e.g. --out course.zip',
  },
} as const;

interface Request {
  folder: string;
  scenario?: string;
  format: Format;
  out: string;
}

/** The arguments as a request, or the words for what is wrong with them. */
export function readPackageArgs(args: readonly string[]): Request | { mistake: string } | 'help' {
  const parsed = parseCommand(args, OPTIONS);
  if (isMistake(parsed)) return parsed;
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length !== 1)
    return {
      mistake:
        positionals.length === 0
          ? 'Give the course folder to package, e.g. scenarios.'
          : `Give one course folder, not ${positionals.length} (${positionals.join(', ')}).`,
    };
  const format = values.format;
  if (format === undefined) return { mistake: `--format is needed: ${FORMATS.join(', ')}.` };
  if (!(FORMATS as readonly string[]).includes(format))
    return { mistake: `--format ${format} is not a format; use one of ${FORMATS.join(', ')}.` };
  if (values.out === undefined)
    return { mistake: '--out is needed: the file to write, e.g. --out course.zip.' };
  return {
    folder: positionals[0] ?? '',
    format: format as Format,
    out: values.out,
    ...(values.scenario !== undefined ? { scenario: values.scenario } : {}),
  };
}

export async function runPackage(args: readonly string[], io: Io): Promise<number> {
  const request = readPackageArgs(args);
  if (request === 'help') {
    io.out(USAGE);
    return 0;
  }
  if ('mistake' in request) {
    io.err(`${request.mistake}\n${USAGE}`);
    return 2;
  }
  const read = readFolder(request.folder, io);
  if (typeof read === 'number') return read;
  const input = onlyScenario(read, request.scenario);
  if (typeof input === 'string') {
    io.err(`${input}\n${USAGE}`);
    return 2;
  }
  const result = checkCourse(input);
  const diagnostics = [...result.diagnostics, ...result.scenarios.flatMap((s) => s.diagnostics)];
  const sources = sourcesOf(input);
  for (const d of diagnostics) io.out(formatDiagnostic(d, sources));
  const scenarios = result.scenarios.flatMap((s) => (s.scenario ? [s.scenario] : []));
  if (diagnostics.some((d) => d.severity === 'error') || scenarios.length === 0) {
    io.err(
      `${summary(result.scenarios.length, diagnostics)}\nFix the errors above, then package again.`,
    );
    return 1;
  }
  const courseDir = resolve(io.cwd, request.folder);
  const course = packageCourse(courseDir, request.scenario, scenarios, result.delivery);
  const built = await buildScenarios(courseDir, request, result.delivery);
  const bytes =
    request.format === 'html'
      ? (built.get('index.html') ?? new Uint8Array())
      : zipPackage(built, manifestOf(request.format, { ...course, files: [...built.keys()] }));
  const out = resolve(io.cwd, request.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  io.out(
    `Wrote ${request.out}: ${describeFormat(request.format)} of ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} (${Math.ceil(bytes.length / 1024).toLocaleString('en')} KB).`,
  );
  return 0;
}

/** The course with only the scenario `--scenario` names, or the words for why there is none. */
function onlyScenario(input: CourseInput, id: string | undefined): CourseInput | string {
  if (id === undefined) return input;
  const scenarios = input.scenarios.filter((s) => s.folder === id);
  if (scenarios.length > 0) return { ...input, scenarios };
  const known = input.scenarios.map((s) => s.folder).join(', ');
  return `--scenario ${id}: the course has no such scenario${known ? ` (it has ${known})` : ''}.`;
}

/**
 * Build the app: from the course folder itself, or for `--scenario`, from a temporary
 * course holding that scenario's folder, behaviours.json and delivery.json.
 */
async function buildScenarios(
  courseDir: string,
  request: Request,
  delivery: DeliverySettings | undefined,
): Promise<Map<string, Uint8Array>> {
  const scoreRule = delivery ? scoreSettings(delivery) : undefined;
  if (request.scenario === undefined) return buildApp(courseDir, request.format, scoreRule);
  const temp = mkdtempSync(join(tmpdir(), 'casebook-course-'));
  try {
    cpSync(join(courseDir, request.scenario), join(temp, request.scenario), { recursive: true });
    for (const file of ['behaviours.json', 'delivery.json'])
      if (existsSync(join(courseDir, file))) cpSync(join(courseDir, file), join(temp, file));
    return await buildApp(temp, request.format, scoreRule);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** delivery.json's scores and pass mark (the build puts them over the defaults); moveOn is cmi5.xml's. */
function scoreSettings({ moveOn: _moveOn, ...rule }: DeliverySettings): object | undefined {
  return Object.keys(rule).length > 0 ? rule : undefined;
}

function packageCourse(
  courseDir: string,
  scenario: string | undefined,
  scenarios: CompiledScenario[],
  delivery: DeliverySettings | undefined,
): Omit<PackageCourse, 'files'> {
  const folder = basename(courseDir);
  const only = scenarios.length === 1 ? scenarios[0] : undefined;
  return {
    id: scenario === undefined ? folder : `${folder}-${scenario}`,
    title: only ? only.title : `Casebook: ${folder}`,
    scenarios: scenarios.map(({ id, title, summary }) => ({ id, title, summary })),
    // src/delivery/score.ts's default pass mark (which src/cli may not import): tests hold them equal.
    passScore: delivery?.passScore ?? 60,
    moveOn: delivery?.moveOn ?? 'CompletedAndPassed',
  };
}

function manifestOf(format: Exclude<Format, 'html'>, course: PackageCourse) {
  return format === 'cmi5'
    ? { name: 'cmi5.xml', text: cmi5Structure(course) }
    : { name: 'imsmanifest.xml', text: scormManifest(format, course) };
}

function describeFormat(format: Format): string {
  return {
    scorm12: 'a SCORM 1.2 package',
    scorm2004: 'a SCORM 2004 4th Edition package',
    cmi5: 'a cmi5 package',
    html: 'one HTML file',
  }[format];
}
