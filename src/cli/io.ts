/** The little a command needs from its surroundings, so tests can run commands in-process; and the one way commands read a folder. */
import type { CourseInput } from '../compiler';
import { loadCourse, NoSuchFolderError } from '../disk/load';
import { compileMessagesAtRuntime } from '../i18n/compile-at-runtime';

// Every command words messages from the catalogs' ICU text, whatever NODE_ENV says.
compileMessagesAtRuntime();

/** What a command writes to, and where it runs. */
export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** A course or scenario folder read for a command, or exit code 2 after saying it is no folder. */
export function readFolder(path: string, io: Io): CourseInput | number {
  try {
    return loadCourse(path, io.cwd);
  } catch (error) {
    if (!(error instanceof NoSuchFolderError)) throw error;
    io.err(error.message);
    return 2;
  }
}
