/**
 * Author mode's way to its heavy work: one Web Worker for the page's lifetime where
 * the browser has workers, else (unit tests in jsdom) the same functions in the page,
 * behind the same async interface. The work's code loads only when author mode first
 * asks for it, so learners never download the compiler.
 */
import { wrap, type Remote } from 'comlink';
import type { CompiledScenario } from '../../../contract';
import type { AuthorCheck, AuthorWork, WorkerApi } from './protocol';

/** Scenes per message from the worker: some 350 KB, a few milliseconds to unpack. */
const SCENE_BATCH = 50;

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

/** Put the scenes the worker's answer left out back, fetched a batch at a time. */
async function withScenes(remote: Remote<WorkerApi>, answer: AuthorCheck): Promise<AuthorCheck> {
  for (const s of answer.scenarios) {
    const compiled = s.compiled;
    if (!compiled) continue;
    const total = s.sceneCount ?? 0;
    const scenes: CompiledScenario['scenes'] = [];
    for (let from = 0; from < total; from += SCENE_BATCH) {
      const batch = await remote.scenes(answer.request, s.folder, from, from + SCENE_BATCH);
      scenes.push(...(batch as CompiledScenario['scenes']));
    }
    s.compiled = { ...compiled, scenes };
  }
  return answer;
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
    check: async (...args) => withScenes(remote(), await remote().check(...args)),
    layout: (...args) => remote().layout(...args),
    fromHere: (...args) => remote().fromHere(...args),
    where: () => remote().where(),
  };
}

/** The one AuthorWork of this page: in a worker when the browser has them. */
export function authorWork(): AuthorWork {
  work ??= typeof Worker === 'undefined' ? inPage() : inWorker();
  return work;
}
