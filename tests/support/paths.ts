/** The project's folders, for tests (works in node and jsdom environments alike). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const rootPath = (...parts: string[]) => join(ROOT, ...parts);
