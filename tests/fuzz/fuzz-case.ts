/**
 * One fuzz case: mutations of the bundled course (scenarios/ with behaviours.json),
 * checked as a course of behaviours.json, the scenarios the mutations touch and one
 * more. Checking the nine scenarios every time would spend the run's time analysing
 * scenarios nothing changed in; a course of fewer folders is still a course.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rootPath } from '../support/paths';
import { applyMutations, folderOf, type CourseFiles, type Mutation } from './mutation';

export interface FuzzCase {
  mutations: Mutation[];
  /** A scenario folder checked beside the mutated ones (a change to behaviours.json shows there). */
  also: string;
}

function readCourse(dir: string): CourseFiles {
  const files = new Map<string, Buffer>([
    ['behaviours.json', readFileSync(join(dir, 'behaviours.json'))],
  ]);
  for (const entry of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const name of ['scenario.md', 'machine.json'])
      files.set(`${entry.name}/${name}`, readFileSync(join(dir, entry.name, name)));
    // Format v1.1: the portraits and images the scenario's text refers to.
    const assets = join(dir, entry.name, 'assets');
    if (existsSync(assets))
      for (const asset of readdirSync(assets))
        files.set(`${entry.name}/assets/${asset}`, readFileSync(join(assets, asset)));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The bundled course, as it is on disk. */
export const BUNDLED = readCourse(rootPath('scenarios'));
export const FOLDERS = [...new Set([...BUNDLED.keys()].map(folderOf).filter((f) => f !== ''))];
export const PATHS = [...BUNDLED.keys()].filter((p) => !p.includes('/assets/'));
export const JSON_PATHS = PATHS.filter((p) => p.endsWith('.json'));
export const MACHINE_PATHS = PATHS.filter((p) => p.endsWith('machine.json'));
export const MARKDOWN_PATHS = PATHS.filter((p) => p.endsWith('.md'));

/** The files `check` is given for `fuzzCase`. */
export function courseFor(fuzzCase: FuzzCase, base: CourseFiles = BUNDLED): CourseFiles {
  const folders = new Set([fuzzCase.also, ...fuzzCase.mutations.map((m) => folderOf(m.file))]);
  const chosen = new Map(
    [...base].filter(([path]) => !folderOf(path) || folders.has(folderOf(path))),
  );
  return applyMutations(chosen, fuzzCase.mutations);
}

/** A case as a replayable line: JSON with every character outside printable ASCII escaped. */
export function describeCase(fuzzCase: FuzzCase): string {
  return JSON.stringify(fuzzCase).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
