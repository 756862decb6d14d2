/**
 * Author mode's reading of files chosen in the browser: a folder picked with the
 * File System Access API or an `<input webkitdirectory>`, turned into the compiler's
 * course input (scenario folders plus `behaviours.json`). Nothing is uploaded: the
 * files are read in the page and checked by the same compiler and analysis as
 * `npm run check`, loaded only when author mode opens.
 */
import type { CourseInput, ScenarioInput } from '../compiler';

export interface PickedFile {
  /** Path inside the picked folder, with `/`, e.g. `course/missed-deadline/machine.json`. */
  path: string;
  text: string;
}

/** Where files chosen on their own (no folder) go, until their machine.json names them. */
const LOOSE = 'scenario';

/**
 * The `id` a machine.json gives itself: files chosen without their folder have no
 * folder name, and the scenario's folder must be named after its id.
 */
function machineId(text: string | undefined): string | undefined {
  try {
    const id: unknown = text ? (JSON.parse(text) as { id?: unknown }).id : undefined;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined; // The check reports the broken JSON with its position.
  }
}

/** Group picked files into a course: every folder holding scenario.md or machine.json is a scenario. */
export function courseFromFiles(files: PickedFile[]): CourseInput {
  const paths = files.map((f) => f.path.split('/'));
  const depth = Math.min(...paths.map((p) => p.length));
  // The picked folder's own name leads every path. Drop it for a course folder, but
  // keep it when the picked folder is itself a scenario: its name is the scenario's.
  const oneRoot = depth > 1 && new Set(paths.map((p) => p[0])).size === 1;
  const rootIsScenario = paths.some(
    (p) => p.length === 2 && (p[1] === 'scenario.md' || p[1] === 'machine.json'),
  );
  const strip = oneRoot && !rootIsScenario ? 1 : 0;
  const byFolder = new Map<string, ScenarioInput>();
  let taxonomy: PickedFile | undefined;
  for (const file of files) {
    const parts = file.path.split('/').slice(strip);
    const name = parts.at(-1);
    const relative = parts.join('/');
    if (name === 'behaviours.json' && parts.length === 1)
      taxonomy = { path: relative, text: file.text };
    if (name !== 'scenario.md' && name !== 'machine.json') continue;
    const folder = parts.length >= 2 ? (parts.at(-2) as string) : LOOSE;
    const dir = parts.slice(0, -1).join('/') || folder;
    const entry = byFolder.get(dir) ?? { folder, dir };
    if (name === 'scenario.md') entry.scenarioMd = { path: relative, text: file.text };
    else entry.machineJson = { path: relative, text: file.text };
    byFolder.set(dir, entry);
  }
  const loose = byFolder.get(LOOSE);
  if (loose) loose.folder = machineId(loose.machineJson?.text) ?? LOOSE;
  const input: CourseInput = { scenarios: [...byFolder.values()], taxonomyPath: 'behaviours.json' };
  if (taxonomy) input.taxonomy = { path: taxonomy.path, text: taxonomy.text };
  return input;
}

/** Read the files of an `<input type="file" webkitdirectory multiple>` selection. */
export async function readPicked(list: FileList | File[]): Promise<PickedFile[]> {
  const files = [...list].filter((f) =>
    /(^|\/)(scenario\.md|machine\.json|behaviours\.json)$/.test(f.webkitRelativePath || f.name),
  );
  return Promise.all(
    files.map(async (f) => ({ path: f.webkitRelativePath || f.name, text: await f.text() })),
  );
}
