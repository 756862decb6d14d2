/**
 * `npm run scenario -- schema <course-folder>`: writes the course's own JSON Schema for
 * machine.json to `<course>/.casebook/machine.schema.json` (src/check/course-schema.ts),
 * so VS Code completes behaviour ids, state ids, events and names.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { courseNames, courseSchema } from '../check';
import { parseTaxonomy, sourceFile } from '../compiler';
import { readFolder, type Io } from './io';

export const SCHEMA_USAGE = 'Usage: npm run scenario -- schema <course-folder>';
const BASE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'schemas',
  'machine.schema.json',
);

export function runSchema(args: readonly string[], io: Io): number {
  const [folder, ...extra] = args;
  if (!folder || extra.length > 0) {
    io.err(`Give one course folder.\n${SCHEMA_USAGE}`);
    return 2;
  }
  const dir = resolve(io.cwd, folder);
  const input = readFolder(dir, io);
  if (typeof input === 'number') return input;
  const taxonomy = input.taxonomy
    ? parseTaxonomy(sourceFile(input.taxonomy.path, input.taxonomy.text)).taxonomy
    : undefined;
  const machines = input.scenarios.flatMap((s) => (s.machineJson ? [s.machineJson.text] : []));
  const base = JSON.parse(readFileSync(BASE, 'utf8')) as Record<string, unknown>;
  const schema = courseSchema(
    base,
    taxonomy ?? ({ behaviours: [] } as never),
    courseNames(machines),
  );
  const out = join(dir, '.casebook', 'machine.schema.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
  io.out(`Wrote ${relative(io.cwd, out).split(sep).join('/')}.`);
  return 0;
}
