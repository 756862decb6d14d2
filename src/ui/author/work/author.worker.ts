/**
 * The Web Worker author mode's heavy work runs in, so that checking, laying out and
 * analysing a large scenario never blocks the page's typing and clicking. Comlink
 * turns the page's calls into messages and the answers into promises. The check's
 * and the map's long lists stay here and go to the page in batches (`parts.ts`).
 */
import { expose } from 'comlink';
import { createAuthorWork } from './author-work';
import { checkWithoutParts, mapWithoutParts, partStore } from './parts';
import type { WorkerApi } from './protocol';

const work = createAuthorWork('worker');
const parts = partStore();
const api: WorkerApi = {
  ...work,
  async check(request, files, fallback) {
    return checkWithoutParts(await work.check(request, files, fallback), parts);
  },
  async layout(request, folder) {
    const map = await work.layout(request, folder);
    return map && mapWithoutParts(request, folder, map, parts);
  },
  async part(request, folder, part, from, to) {
    return parts.get(request, folder, part, from, to);
  },
};
expose(api);
