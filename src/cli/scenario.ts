/**
 * `npm run scenario -- <command>`: the author's commands beyond `check`.
 * `new <id> [--course DIR]` creates a scenario folder that passes `check --strict`;
 * `stats <folder> [--json]` analyses every run; `graph <folder> [--format mermaid|dot]` draws the map;
 * `play <scenario-folder> --choose …|--random N` prints the debrief a run gets (play.ts);
 * `translate <scenario-folder> --lang de` writes or updates a translation (translate.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTaxonomy, sourceFile } from '../compiler';
import type { Io } from './io';
import { scaffold } from '../check';
import { PROJECT_SCENARIOS } from '../disk/load';
import { runGraph, runStats } from './analysis-commands';
import { PLAY_USAGE, runPlay } from './play';
import { runSync, SYNC_USAGE } from './sync';
import { runSchema, SCHEMA_USAGE } from './schema';
import { runTranslate, TRANSLATE_USAGE } from './translate';
import { isMistake, parseCommand, type Mistake } from './args';

const USAGE = [
  'Usage: npm run scenario -- new <id> [--course DIR]   (id: kebab-case, e.g. first-delegation; DIR defaults to scenarios/)',
  '       npm run scenario -- stats <folder> [--json]',
  '       npm run scenario -- graph <folder> [--format mermaid|dot]',
  PLAY_USAGE.replace('Usage:', '      '),
  SYNC_USAGE.replace('Usage:', '      '),
  SCHEMA_USAGE.replace('Usage:', '      '),
  TRANSLATE_USAGE.replace('Usage:', '      '),
].join('\n');
const SCHEMAS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `defaultCourse` is where `new` creates a scenario without `--course`: the project's `scenarios/`. */
export function runScenario(
  args: readonly string[],
  io: Io,
  defaultCourse: string = PROJECT_SCENARIOS,
): number {
  const [command, ...rest] = args;
  if (command === 'new') return runNew(rest, io, defaultCourse);
  if (command === 'stats') return runStats(rest, io);
  if (command === 'graph') return runGraph(rest, io);
  if (command === 'play') return runPlay(rest, io);
  if (command === 'sync') return runSync(rest, io);
  if (command === 'schema') return runSchema(rest, io);
  if (command === 'translate') return runTranslate(rest, io);
  if (command === '--help' || command === '-h') {
    io.out(USAGE);
    return 0;
  }
  io.err(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
  return 2;
}

const NEW = {
  options: { course: { type: 'string' } },
  allowPositionals: true,
  needs: { course: 'a folder after it, e.g. --course path/to/course' },
} as const;

/** `new`'s arguments: the id and `--course DIR`, in either order, or the usage mistake. */
function newArgs(args: readonly string[]): { id: string; course?: string } | Mistake {
  const parsed = parseCommand(args, NEW);
  if (isMistake(parsed)) return parsed;
  const ids = parsed.positionals;
  const [id, ...extra] = ids;
  const mistake = (text: string) => ({ mistake: text });
  if (!id) return mistake('Give the new scenario an id.');
  if (extra.length > 0) return mistake(`Give one id, not ${ids.length}: ${ids.join(' ')}.`);
  if (!KEBAB.test(id)) return mistake(`"${id}" is not a kebab-case id.`);
  const { course } = parsed.values;
  return course === undefined ? { id } : { id, course };
}

function runNew(args: readonly string[], io: Io, defaultCourse: string): number {
  const parsed = newArgs(args);
  if (isMistake(parsed)) {
    io.err(`${parsed.mistake}\n${USAGE}`);
    return 2;
  }
  const { id } = parsed;
  const course = resolve(io.cwd, parsed.course ?? defaultCourse);
  const dir = join(course, id);
  if (existsSync(dir)) {
    io.err(`${show(io, dir)} already exists; nothing was written. Choose another id.`);
    return 1;
  }
  const taxonomyPath = existsSync(join(course, 'behaviours.json'))
    ? join(course, 'behaviours.json')
    : join(PROJECT_SCENARIOS, 'behaviours.json');
  const { taxonomy } = parseTaxonomy(
    sourceFile('behaviours.json', readFileSync(taxonomyPath, 'utf8')),
  );
  if (!taxonomy || taxonomy.behaviours.length === 0) {
    io.err(`${show(io, taxonomyPath)} has no usable behaviours; run "npm run check" to see why.`);
    return 1;
  }
  const schema = relative(dir, join(SCHEMAS, 'machine.schema.json')).split(sep).join('/');
  const files = scaffold(id, taxonomy, schema);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  io.out(
    `Created ${show(io, join(dir, 'scenario.md'))} and ${show(io, join(dir, 'machine.json'))}.`,
  );
  io.out(`Next: write your scenes, then run "npm run check -- ${show(io, dir)}".`);
  return 0;
}

function show(io: Io, path: string): string {
  return relative(io.cwd, path).split(sep).join('/');
}
