/**
 * Author mode's way to its heavy work: one Web Worker for the page's lifetime where
 * the browser has workers, else (unit tests in jsdom) the same functions in the page,
 * behind the same async interface. The work's code loads only when author mode first
 * asks for it, so learners never download the compiler.
 */
import { wrap } from 'comlink';
import type { AuthorWork } from './protocol';

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

/** The one AuthorWork of this page: in a worker when the browser has them. */
export function authorWork(): AuthorWork {
  work ??=
    typeof Worker === 'undefined'
      ? inPage()
      : (wrap(
          new Worker(new URL('./author.worker.ts', import.meta.url), {
            type: 'module',
            name: 'casebook-author',
          }),
        ) as unknown as AuthorWork);
  return work;
}
