/**
 * The read itself, the same in the worker and (without workers) in the page: the LRS paged
 * through by src/insight/lrs.ts with each page folded as it comes (so memory holds the fold,
 * never the statements), or the chosen files read and folded; the answer is the fold's
 * CohortInsight, or the problem as data with a code and the reader's message (which never
 * carries the credentials).
 */
import { createFold, type Fold } from '../../insight/fold';
import { exportStatements, progressRecords } from '../../insight/sources';
import { LrsError, readLrs } from '../../insight/lrs';
import type {
  FileNotes,
  InsightRequest,
  InsightSource,
  OnProgress,
  ReadAnswer,
  ReadProblem,
} from './protocol';

function problemOf(error: unknown): ReadProblem {
  if (error instanceof LrsError)
    return { code: `lrs-${error.problem.code}`, message: error.message, lrs: error.problem };
  return { code: 'read-failed', message: error instanceof Error ? error.message : String(error) };
}

export async function readCohort(
  request: InsightRequest,
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<ReadAnswer> {
  const fold = createFold(request.filter);
  const { source, filter } = request;
  try {
    if (source.kind === 'lrs') {
      const done = await readLrs(
        {
          endpoint: source.endpoint,
          key: source.key,
          secret: source.secret,
          ...(filter.since ? { since: filter.since } : {}),
        },
        (statements, progress) => {
          for (const statement of statements) fold.add(statement);
          onProgress(progress);
        },
        signal,
      );
      onProgress(done);
      return { ok: true, insight: fold.result() };
    }
    const notes = await readFiles(source, fold, onProgress, signal);
    if ('code' in notes) return { ok: false, problem: notes };
    return { ok: true, insight: fold.result(), notes };
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
}

/** Fold the chosen files one by one; an export that is not one stops the read, a progress file that is not one is noted. */
async function readFiles(
  source: Exclude<InsightSource, { kind: 'lrs' }>,
  fold: Fold,
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<FileNotes | ReadProblem> {
  const notes: FileNotes = { unreadable: [], unmatchedRuns: 0 };
  const progress = { statements: 0, pages: 0, total: 'unknown' as const, done: false };
  for (const file of source.files) {
    if (signal.aborted) return { code: 'read-failed', message: 'The read was cancelled.' };
    let text: string;
    try {
      text = await file.text();
    } catch {
      return {
        code: 'file-unreadable',
        message: `${file.name} could not be read.`,
        file: file.name,
      };
    }
    if (source.kind === 'lrs-export') {
      const statements = exportStatements(text);
      if (!Array.isArray(statements))
        return {
          code: 'file-not-an-export',
          message: `${file.name} is not an LRS export: give a JSON array of statements, {"statements": […]}, or one statement per line.`,
          file: file.name,
        };
      for (const statement of statements) fold.add(statement);
      progress.statements += statements.length;
    } else {
      const reading = progressRecords(text, file.name, source.course);
      if (reading.notice) notes.unreadable.push(file.name);
      notes.unmatchedRuns += reading.unmatched;
      for (const record of reading.records) fold.addRecord(record);
      progress.statements += reading.records.length;
    }
    progress.pages += 1;
    onProgress({ ...progress });
  }
  onProgress({ ...progress, done: true });
  return notes;
}
