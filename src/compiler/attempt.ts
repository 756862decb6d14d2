/**
 * The compiler never throws on author input; if a stage does anyway (a bug, or an input
 * no test foresaw), the author hears it as a diagnostic at the file, and the other
 * scenarios of the course are still checked and built: one file never fails the
 * whole course, and a failure is never taken for "no problems".
 */
import type { Diagnostic, Range } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { visible } from './quote';
import { words } from '../i18n/diagnostic-words';

interface Located {
  path: string;
  range(start: number, end: number): Range;
}

/** CB002 at the top of `file`: a stage of the checker failed on it, which is Casebook's bug. */
export function failure(file: Located, error: unknown): Diagnostic {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const name = file.path.split('/').pop() ?? file.path;
  return diagnostic(
    'CB002',
    file.path,
    file.range(0, 0),
    // The error's own message (JavaScript's English) is a value.
    words('diagnostics.CB002.failure', { name, error: visible(what) }),
  );
}

/** `run()`, or undefined with a CB002 at `file` in `diagnostics` when it throws. */
export function attempt<T>(file: Located, diagnostics: Diagnostic[], run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    diagnostics.push(failure(file, error));
    return undefined;
  }
}
