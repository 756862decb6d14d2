/**
 * The read itself, the same in the worker and (without workers) in the page: the LRS paged
 * through by src/insight/lrs.ts with each page folded as it comes (so memory holds the fold,
 * never the statements), or the chosen files read and folded; the answer is the fold's
 * CohortInsight, or the problem as data with a code and the reader's message (which never
 * carries the credentials).
 */
import { createFold } from '../../insight/fold';
import { LrsError, readLrs } from '../../insight/lrs';
import type { InsightRequest, OnProgress, ReadAnswer, ReadProblem } from './protocol';

function problemOf(error: unknown): ReadProblem {
  if (error instanceof LrsError)
    return { code: `lrs-${error.problem.code}`, message: error.message };
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
    } else {
      return {
        ok: false,
        problem: { code: 'read-failed', message: 'Reading files is not ready yet.' },
      };
    }
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  return { ok: true, insight: fold.result() };
}
