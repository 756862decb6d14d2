/**
 * Reading a course or a scenario folder from disk for the compiler (which never
 * touches the file system itself). A course is a folder of scenario folders with its
 * `behaviours.json`; a scenario folder checked on its own uses the `behaviours.json`
 * one level up, or else the project's own. Used by the Node shells: src/cli and
 * src/vite (author mode reads folders through the browser's own folder access).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  AssetFile,
  CourseInput,
  InputFile,
  ScenarioInput,
  TranslationInput,
} from '../compiler';

export const PROJECT_SCENARIOS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'scenarios',
);

const SCENARIO_FILES = ['scenario.md', 'machine.json'];

/**
 * The path given is not a folder. The reader decides what that is: the CLI answers it
 * as a usage mistake (exit 2), the Vite plugin fails the build with the message.
 */
export class NoSuchFolderError extends Error {}

/** Is this folder a scenario folder (as opposed to a course)? */
function isScenarioFolder(dir: string): boolean {
  return SCENARIO_FILES.some((f) => existsSync(join(dir, f)));
}

/** Load `path` (course or scenario folder) as compiler input; paths in diagnostics are relative to `cwd`. */
export function loadCourse(path: string, cwd: string): CourseInput {
  const dir = resolve(cwd, path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new NoSuchFolderError(
      `${path}: no such folder. Give a course folder (scenario folders plus behaviours.json) or one scenario folder.`,
    );
  }
  const show = (p: string) => relative(cwd, p).split(sep).join('/') || '.';
  if (isScenarioFolder(dir)) {
    const beside = join(dirname(dir), 'behaviours.json');
    const taxonomyFile = existsSync(beside) ? beside : join(PROJECT_SCENARIOS, 'behaviours.json');
    const taxonomyTranslations = existsSync(beside)
      ? translationsIn(dirname(dir), 'behaviours', '.json', show)
      : [];
    return {
      taxonomy: readInput(taxonomyFile, show),
      taxonomyPath: show(beside),
      scenarios: [loadScenario(dir, show)],
      ...(taxonomyTranslations.length > 0 ? { taxonomyTranslations } : {}),
    };
  }
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isScenarioFolder(join(dir, entry.name)))
    .map((entry) => loadScenario(join(dir, entry.name), show));
  const taxonomyFile = join(dir, 'behaviours.json');
  const delivery = readInput(join(dir, 'delivery.json'), show);
  const taxonomyTranslations = translationsIn(dir, 'behaviours', '.json', show);
  return {
    taxonomy: readInput(taxonomyFile, show),
    taxonomyPath: show(taxonomyFile),
    scenarios: folders,
    ...(delivery ? { delivery } : {}),
    ...(taxonomyTranslations.length > 0 ? { taxonomyTranslations } : {}),
  };
}

function loadScenario(dir: string, show: (p: string) => string): ScenarioInput {
  const input: ScenarioInput = { folder: basename(dir), dir: show(dir) };
  const md = readInput(join(dir, 'scenario.md'), show);
  const json = readInput(join(dir, 'machine.json'), show);
  if (md) input.scenarioMd = md;
  if (json) input.machineJson = json;
  const assets = readAssets(dir);
  if (assets.length > 0) input.assets = assets;
  const translations = translationsIn(dir, 'scenario', '.md', show);
  if (translations.length > 0) input.translations = translations;
  return input;
}

/**
 * Issue 18: the translations in `dir`, `<stem>.<lang><ext>` (scenario.de.md,
 * behaviours.fr.json), in name order. Any middle part counts, so that the compiler can
 * tell a translator that `scenario.DE.md` names no language it reads.
 */
function translationsIn(
  dir: string,
  stem: string,
  ext: string,
  show: (p: string) => string,
): TranslationInput[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() &&
        entry.name.startsWith(`${stem}.`) &&
        entry.name.endsWith(ext) &&
        entry.name.length > stem.length + ext.length + 1,
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      lang: name.slice(stem.length + 1, -ext.length),
      file: readInput(join(dir, name), show) as InputFile,
    }));
}

/** Format v1.1: the files of the scenario's `assets/` folder (one level), as bytes for the compiler. */
function readAssets(dir: string): AssetFile[] {
  const folder = join(dir, 'assets');
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => ({
      path: `assets/${entry.name}`,
      bytes: new Uint8Array(readFileSync(join(folder, entry.name))),
    }));
}

function readInput(file: string, show: (p: string) => string): InputFile | undefined {
  if (!existsSync(file)) return undefined;
  return { path: show(file), text: readFileSync(file, 'utf8') };
}
