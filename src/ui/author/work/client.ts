/**
 * Author mode's way to its heavy work: one Web Worker for the page's lifetime where
 * the browser has workers, else (unit tests in jsdom) the same functions in the page,
 * behind the same async interface. The work's code loads only when author mode first
 * asks for it, so learners never download the compiler. The worker's big answers
 * come in batches (`parts.ts`).
 */
import { wrap, type Remote } from 'comlink';
import { checkWithParts, mapWithParts } from './parts';
import type { AuthorWork, WorkerApi } from './protocol';

let work: AuthorWork | undefined;

function inPage(): AuthorWork {
  const loaded = import('./author-work').then((m) => m.createAuthorWork('page'));
  return {
    check: async (...args) => (await loaded).check(...args),
    layout: async (...args) => (await loaded).layout(...args),
    fromHere: async (...args) => (await loaded).fromHere(...args),
    where: async () => (await loaded).where(),
  };
}

function inWorker(): AuthorWork {
  // Started at the first call, so opening author mode fetches no compiler until a folder is chosen.
  let started: Remote<WorkerApi> | undefined;
  const remote = () =>
    (started ??= wrap<WorkerApi>(
      new Worker(new URL('./author.worker.ts', import.meta.url), {
        type: 'module',
        name: 'casebook-author',
      }),
    ));
  return {
    check: async (...args) => checkWithParts(remote(), await remote().check(...args)),
    layout: async (request, folder) =>
      mapWithParts(remote(), request, folder, await remote().layout(request, folder)),
    fromHere: (...args) => remote().fromHere(...args),
    where: () => remote().where(),
  };
}

/** The one AuthorWork of this page: in a worker when the browser has them. */
export function authorWork(): AuthorWork {
  work ??= typeof Worker === 'undefined' ? inPage() : inWorker();
  return work;
}
