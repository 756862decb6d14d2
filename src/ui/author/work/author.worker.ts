/**
 * The Web Worker author mode's heavy work runs in, so that checking, laying out and
 * analysing a large scenario never blocks the page's typing and clicking. Comlink
 * turns the page's calls into messages and the answers into promises.
 */
import { expose } from 'comlink';
import type { CompiledScenario } from '../../../contract';
import { createAuthorWork } from './author-work';
import type { WorkerApi } from './protocol';

const work = createAuthorWork('worker');
const api: WorkerApi = {
  ...work,
  // The answer goes without its scenes: the page fetches them in batches.
  async check(request, files, fallback) {
    const answer = await work.check(request, files, fallback);
    return {
      ...answer,
      scenarios: answer.scenarios.map((s) =>
        s.compiled
          ? { ...s, compiled: { ...s.compiled, scenes: [] as CompiledScenario['scenes'] } }
          : s,
      ),
    };
  },
};
expose(api);
