/** Files of a folder on disk as an `<input webkitdirectory>` selection gives them to the page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function pickedFiles(dir: string, base = dir, folder = 'picked'): File[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pickedFiles(path, base, folder);
    const file = new File([readFileSync(path)], name);
    Object.defineProperty(file, 'webkitRelativePath', {
      value: `${folder}/${relative(base, path)}`,
    });
    return [file];
  });
}
