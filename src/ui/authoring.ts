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
  /** The file's text; empty for an image. */
  text: string;
  /** Format v1.1: an image in a scenario's `assets/` folder, as bytes. */
  bytes?: Uint8Array;
}

/** The files author mode reads: the two scenario files, the taxonomy, and images in a scenario's `assets/`. */
export const COURSE_TEXT_FILE = /(^|\/)(scenario\.md|machine\.json|behaviours\.json)$/;
export const ASSET_FILE = /(^|\/)assets\/[^/]+\.(png|jpe?g|webp|gif|svg|avif)$/i;

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
  const assets: { dir: string; path: string; bytes: Uint8Array }[] = [];
  let taxonomy: PickedFile | undefined;
  for (const file of files) {
    const parts = file.path.split('/').slice(strip);
    const name = parts.at(-1);
    const relative = parts.join('/');
    if (file.bytes && parts.at(-2) === 'assets') {
      const dir = parts.slice(0, -2).join('/') || LOOSE;
      assets.push({ dir, path: `assets/${name}`, bytes: file.bytes });
      continue;
    }
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
  for (const { dir, path, bytes } of assets) {
    const entry = byFolder.get(dir);
    if (entry) (entry.assets ??= []).push({ path, bytes });
  }
  const loose = byFolder.get(LOOSE);
  if (loose) loose.folder = machineId(loose.machineJson?.text) ?? LOOSE;
  const input: CourseInput = { scenarios: [...byFolder.values()], taxonomyPath: 'behaviours.json' };
  if (taxonomy) input.taxonomy = { path: taxonomy.path, text: taxonomy.text };
  return input;
}

/** Read the files of an `<input type="file" webkitdirectory multiple>` selection. */
export async function readPicked(list: FileList | File[]): Promise<PickedFile[]> {
  const picked = [...list].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
  return Promise.all(
    picked
      .filter(({ path }) => COURSE_TEXT_FILE.test(path) || ASSET_FILE.test(path))
      .map(({ file, path }) => readPickedFile(path, file)),
  );
}

/** One chosen file as author mode keeps it: text, or an image's bytes. */
export async function readPickedFile(path: string, file: Blob): Promise<PickedFile> {
  if (!ASSET_FILE.test(path)) return { path, text: await file.text() };
  return { path, text: '', bytes: new Uint8Array(await file.arrayBuffer()) };
}
