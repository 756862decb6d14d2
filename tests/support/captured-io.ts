/** A command's surroundings for an in-process CLI test: what it writes to stdout and stderr, kept as lines. */
import type { Io } from '../../src/cli/io';

export function capturedIo(cwd: string): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { cwd, stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}
