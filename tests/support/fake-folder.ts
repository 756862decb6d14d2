/**
 * A folder in memory behind the directory-handle interface author mode reads (the
 * File System Access API's), whose files a test can change as an editor saving would.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectoryHandle, FileHandle } from '../../src/ui/author/folder-access';

/** A folder in memory whose files can be changed, as an editor saving would. */
export class FakeFolder implements DirectoryHandle {
  readonly kind = 'directory';
  readonly entries = new Map<string, FakeFolder | { text: string; modified: number }>();
  broken = false;
  constructor(readonly name: string) {}
  folder(name: string): FakeFolder {
    const child = new FakeFolder(name);
    this.entries.set(name, child);
    return child;
  }
  write(name: string, text: string, modified = 1): this {
    this.entries.set(name, { text, modified });
    return this;
  }
  async *values(): AsyncIterable<DirectoryHandle | FileHandle> {
    if (this.broken) throw new DOMException('The folder was moved.', 'NotFoundError');
    for (const [name, entry] of this.entries) {
      if (entry instanceof FakeFolder) yield entry;
      else
        yield {
          kind: 'file',
          name,
          getFile: async () => new File([entry.text], name, { lastModified: entry.modified }),
        };
    }
  }
}

/** A copy of a folder on disk, as a directory handle. */
export function fakeFolderOf(dir: string, name: string): FakeFolder {
  const folder = new FakeFolder(name);
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) folder.entries.set(entry, fakeFolderOf(path, entry));
    else folder.write(entry, readFileSync(path, 'utf8'));
  }
  return folder;
}
