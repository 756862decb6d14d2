/**
 * The worker's big answers in parts. The page unpacks each message from the worker in
 * one task, and a 1,000-scene check (its scenes, its runs per scene and per choice)
 * or map (its boxes and arrows) is megabytes of objects: one message of it blocks the
 * page for a few hundred milliseconds. So the worker answers without those lists,
 * keeps them (`partStore`), and the page fetches them a batch at a time, each batch a
 * few tens of kilobytes and a few milliseconds to unpack, then puts the answer back
 * together: what the page ends up with is what the work answered.
 */
import type { Usage } from '../../../engine';
import type { ScenarioMap } from '../map-model';
import type { AuthorCheck, LeftOut, Part, WorkerApi } from './protocol';

/** Items per batch: some 30–70 KB of structured clone each (a generated scene is 6–7 KB). */
const BATCH: Record<Part, number> = {
  scenes: 10,
  'scene-usage': 250,
  'choice-usage': 1000,
  'map-scenes': 500,
  'map-arrows': 200,
};

/** Batches asked for at once: enough to keep the worker busy, few enough to keep messages short. */
const IN_FLIGHT = 4;

type Store = ReturnType<typeof partStore>;

/** The worker's store of the parts its answers left out, for the newest `keep` check requests. */
export function partStore(keep = 2) {
  const requests = new Map<number, Map<string, unknown[]>>();
  const key = (folder: string, part: Part) => `${part}\u0000${folder}`;
  return {
    put(request: number, folder: string, part: Part, items: unknown[]): number {
      const parts = requests.get(request) ?? new Map<string, unknown[]>();
      parts.set(key(folder, part), items);
      requests.set(request, parts);
      for (const old of [...requests.keys()].sort((a, b) => a - b))
        if (requests.size > keep) requests.delete(old);
      return items.length;
    },
    get(request: number, folder: string, part: Part, from: number, to: number): unknown[] {
      return requests.get(request)?.get(key(folder, part))?.slice(from, to) ?? [];
    },
  };
}

/** In the worker: a check's answer without its scenes and run counts, which go into `store`. */
export function checkWithoutParts(answer: AuthorCheck, store: Store): AuthorCheck {
  const { request } = answer;
  return {
    ...answer,
    scenarios: answer.scenarios.map((s) => {
      const leftOut: LeftOut = {};
      const out = { ...s, leftOut };
      if (s.compiled) {
        leftOut.scenes = store.put(request, s.folder, 'scenes', s.compiled.scenes);
        out.compiled = { ...s.compiled, scenes: [] };
      }
      if (s.usage) {
        leftOut['scene-usage'] = store.put(request, s.folder, 'scene-usage', [...s.usage.scenes]);
        leftOut['choice-usage'] = store.put(request, s.folder, 'choice-usage', [
          ...s.usage.choices,
        ]);
        out.usage = { scenes: new Map(), choices: new Map() };
      }
      return out;
    }),
  };
}

/** In the worker: a map without its boxes and arrows, which go into `store`. */
export function mapWithoutParts(
  request: number,
  folder: string,
  map: ScenarioMap,
  store: Store,
): ScenarioMap & { leftOut: LeftOut } {
  return {
    ...map,
    scenes: [],
    arrows: [],
    leftOut: {
      'map-scenes': store.put(request, folder, 'map-scenes', map.scenes),
      'map-arrows': store.put(request, folder, 'map-arrows', map.arrows),
    },
  };
}

type Fetch = Pick<WorkerApi, 'part'>;

/** All `count` items of a part, a batch per message, a few batches in flight. */
async function fetchPart(
  remote: Fetch,
  request: number,
  folder: string,
  part: Part,
  count: number | undefined,
): Promise<unknown[]> {
  const size = BATCH[part];
  const starts: number[] = [];
  for (let from = 0; from < (count ?? 0); from += size) starts.push(from);
  const batches: unknown[][] = [];
  let next = 0;
  const fetchNext = async (): Promise<void> => {
    for (let i = next++; i < starts.length; i = next++) {
      const from = starts[i] as number;
      batches[i] = await remote.part(request, folder, part, from, from + size);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, starts.length) }, fetchNext));
  return batches.flat();
}

/** In the page: the check's answer with its parts fetched and put back. */
export async function checkWithParts(remote: Fetch, answer: AuthorCheck): Promise<AuthorCheck> {
  const { request } = answer;
  const scenarios = [];
  for (const { leftOut, ...s } of answer.scenarios) {
    const get = (part: Part) => fetchPart(remote, request, s.folder, part, leftOut?.[part]);
    if (s.compiled) s.compiled = { ...s.compiled, scenes: (await get('scenes')) as never };
    if (s.usage) {
      const usage: Usage = {
        scenes: new Map((await get('scene-usage')) as never),
        choices: new Map((await get('choice-usage')) as never),
      };
      s.usage = usage;
    }
    scenarios.push(s);
  }
  return { ...answer, scenarios };
}

/** In the page: a map with its boxes and arrows fetched and put back. */
export async function mapWithParts(
  remote: Fetch,
  request: number,
  folder: string,
  answer: (ScenarioMap & { leftOut: LeftOut }) | undefined,
): Promise<ScenarioMap | undefined> {
  if (!answer) return undefined;
  const { leftOut, ...map } = answer;
  const get = (part: Part) => fetchPart(remote, request, folder, part, leftOut[part]);
  return {
    ...map,
    scenes: (await get('map-scenes')) as ScenarioMap['scenes'],
    arrows: (await get('map-arrows')) as ScenarioMap['arrows'],
  };
}
