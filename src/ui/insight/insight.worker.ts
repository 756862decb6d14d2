/**
 * The Web Worker a cohort's read runs in: it fetches the LRS's pages (or reads the files)
 * and folds every statement, so the page stays responsive and only the small result and
 * the progress cross over (comlink). The page cancels by terminating this worker.
 */
import { expose } from 'comlink';
import { readCohort } from './insight-work';
import type { InsightWorkerApi } from './protocol';

const api: InsightWorkerApi = {
  read: (request, onProgress) => readCohort(request, onProgress, new AbortController().signal),
};
expose(api);
