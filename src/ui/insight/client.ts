/**
 * The insight page's way to its read: a Web Worker per read where the browser has workers
 * (fetching and folding a large cohort never blocks the page; cancelling terminates the
 * worker, and its requests with it), else (jsdom tests) the same code in the page with an
 * AbortSignal. Either way the work's code loads only when a read starts.
 */
import { proxy, wrap } from 'comlink';
import type { InsightRequest, InsightWorkerApi, OnProgress, ReadAnswer } from './protocol';

const aborted = () => new DOMException('The read was cancelled.', 'AbortError');

function inPage(request: InsightRequest, onProgress: OnProgress, signal: AbortSignal) {
  return import('./insight-work').then((m) => m.readCohort(request, onProgress, signal));
}

function inWorker(
  request: InsightRequest,
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<ReadAnswer> {
  const worker = new Worker(new URL('./insight.worker.ts', import.meta.url), {
    type: 'module',
    name: 'casebook-insight',
  });
  return new Promise<ReadAnswer>((resolve, reject) => {
    const end = () => worker.terminate();
    signal.addEventListener('abort', () => {
      end();
      reject(aborted());
    });
    worker.addEventListener('error', (event) => {
      end();
      reject(new Error(event.message || 'The insight worker could not start.'));
    });
    wrap<InsightWorkerApi>(worker)
      .read(request, proxy(onProgress))
      .then(resolve, reject)
      .finally(end);
  });
}

/**
 * Read a cohort's insight; rejects with an AbortError when `signal` aborts. No progress is
 * reported once the answer is in: the worker's progress comes through its own message
 * channel, so its last report can arrive after the answer, and would undo it.
 */
export function readInsight(
  request: InsightRequest,
  onProgress: OnProgress,
  signal: AbortSignal,
): Promise<ReadAnswer> {
  if (signal.aborted) return Promise.reject(aborted());
  let answered = false;
  const report: OnProgress = (progress) => {
    if (!answered) onProgress(progress);
  };
  const read =
    typeof Worker === 'undefined'
      ? inPage(request, report, signal)
      : inWorker(request, report, signal);
  return read.finally(() => (answered = true));
}
