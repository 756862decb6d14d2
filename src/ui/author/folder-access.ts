/**
 * Author mode's direct access to a folder on the author's computer: the File System
 * Access API where the browser has it (Chromium-based browsers). Unlike a file
 * picker, a directory handle can be read again, so the page notices when the author
 * saves a file in their editor and checks again by itself. Only scenario.md,
 * machine.json, behaviours.json and the images in a scenario's `assets/` are read;
 * nothing is written or uploaded.
 */
import { ASSET_FILE, COURSE_TEXT_FILE, readPickedFile, type PickedFile } from '../authoring';

/** The parts of a directory handle this module uses (so tests can pass their own). */
export interface DirectoryHandle {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<DirectoryHandle | FileHandle>;
}

export interface FileHandle {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
}

export interface OpenedFolder {
  files: PickedFile[];
  /** Names, sizes and modification times of the files read: it changes when any of them does. */
  signature: string;
}

/** Folders an author's course never keeps scenarios in, and that can be huge. */
const SKIPPED = /^(\.|node_modules$|dist$)/;

type Picker = (options?: { id?: string; mode?: 'read' }) => Promise<DirectoryHandle>;

/** True when this browser can open a folder directly (and so watch it for changes). */
export function canOpenFolders(): boolean {
  return typeof (window as { showDirectoryPicker?: Picker }).showDirectoryPicker === 'function';
}

/** Ask the author for a folder; undefined when they cancel. */
export async function pickFolder(): Promise<DirectoryHandle | undefined> {
  const picker = (window as { showDirectoryPicker?: Picker }).showDirectoryPicker;
  if (!picker) return undefined;
  try {
    return await picker({ id: 'casebook-course', mode: 'read' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
}

interface Listing {
  found: { path: string; file: File }[];
  signature: string;
}

/** The folder's course files (not yet read), depth first, with paths that start with its name. */
async function listFolder(root: DirectoryHandle): Promise<Listing> {
  const found: Listing['found'] = [];
  const walk = async (dir: DirectoryHandle, prefix: string, depth: number): Promise<void> => {
    for await (const entry of dir.values()) {
      const path = `${prefix}/${entry.name}`;
      if (entry.kind === 'file' && (COURSE_TEXT_FILE.test(path) || ASSET_FILE.test(path)))
        found.push({ path, file: await entry.getFile() });
      else if (entry.kind === 'directory' && depth < 4 && !SKIPPED.test(entry.name))
        await walk(entry, path, depth + 1);
    }
  };
  await walk(root, root.name, 0);
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const signature = found.map((f) => `${f.path}:${f.file.size}:${f.file.lastModified}`).join('|');
  return { found, signature };
}

async function readListing({ found, signature }: Listing): Promise<OpenedFolder> {
  const files = await Promise.all(found.map((f) => readPickedFile(f.path, f.file)));
  return { files, signature };
}

/** Read a folder's course files (scenario folders up to four levels down). */
export async function readFolder(root: DirectoryHandle): Promise<OpenedFolder> {
  return readListing(await listFolder(root));
}

export interface Watch {
  stop: () => void;
}

/**
 * Read the folder again every `intervalMs` while the page is visible, and call
 * `changed` with its new contents when a course file was saved, added or removed.
 * A folder that can no longer be read (moved, permission withdrawn) calls `failed`
 * once and stops watching.
 */
export function watchFolder(
  root: DirectoryHandle,
  since: string,
  changed: (folder: OpenedFolder) => void,
  failed: (error: unknown) => void,
  intervalMs = 1000,
): Watch {
  let signature = since;
  let stopped = false;
  let busy = false;
  const timer = setInterval(() => {
    if (busy || stopped || document.visibilityState === 'hidden') return;
    busy = true;
    listFolder(root)
      .then(async (listing) => {
        if (stopped || listing.signature === signature) return;
        const folder = await readListing(listing);
        signature = folder.signature;
        if (!stopped) changed(folder);
      })
      .catch((error: unknown) => {
        if (stopped) return;
        stop();
        failed(error);
      })
      .finally(() => (busy = false));
  }, intervalMs);
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  return { stop };
}
