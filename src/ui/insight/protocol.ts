/**
 * What the insight page asks its worker (or, without workers, the same code in the page):
 * a source — the LRS with the lead's credentials, an LRS export file, or learners' progress
 * files — and a filter; the answer is the cohort's insight, or a problem as data with a
 * code. Credentials travel only in this request, never into storage, the URL or history.
 */
import type { LrsProblem } from '../../insight/lrs';
import type { ReplayCourse } from '../../insight/sources';
import type { CohortInsight, InsightFilter, ReadProgress } from '../../insight/types';

export type InsightSource =
  | { kind: 'lrs'; endpoint: string; key: string; secret: string }
  | { kind: 'lrs-export'; files: File[] }
  | { kind: 'progress-files'; files: File[]; course: ReplayCourse };

/** A source as the form picks it: progress files get the course they replay on afterwards. */
export type PickedSource =
  Exclude<InsightSource, { kind: 'progress-files' }> | { kind: 'progress-files'; files: File[] };

export interface InsightRequest {
  source: InsightSource;
  filter: InsightFilter;
}

/** The LRS reader's problems (src/insight/lrs.ts) as `lrs-<code>`, the files', and the rest. */
type ReadProblemCode =
  `lrs-${LrsProblem['code']}` | 'file-not-an-export' | 'file-unreadable' | 'read-failed';

export interface ReadProblem {
  code: ReadProblemCode;
  /** The reader's own words, in English: shown only for a problem the catalog has no words for. */
  message: string;
  /** What the LRS reader said went wrong, as data (for `lrs-…` codes). */
  lrs?: LrsProblem;
  /** The file a `file-…` problem is about. */
  file?: string;
}

/** What a read of files could not use: files that were not what they should be, and runs of other scenarios. */
export interface FileNotes {
  unreadable: string[];
  unmatchedRuns: number;
}

export type ReadAnswer =
  { ok: true; insight: CohortInsight; notes?: FileNotes } | { ok: false; problem: ReadProblem };

export type OnProgress = (progress: ReadProgress) => void;

/** The worker's face (comlink): cancelling ends the worker itself. */
export interface InsightWorkerApi {
  read(request: InsightRequest, onProgress: OnProgress): Promise<ReadAnswer>;
}
