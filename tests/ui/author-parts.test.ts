/**
 * Author mode's worker answers a large check or map without its long lists and the
 * page fetches them in batches: every message stays small (a short task to unpack),
 * and the answer the page puts back together is exactly what the work answered.
 */
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateScenario } from '../../bench/generate';
import { loadTaxonomy } from '../../bench/common';
import { createAuthorWork } from '../../src/ui/author/work/author-work';
import {
  checkWithParts,
  checkWithoutParts,
  mapWithParts,
  mapWithoutParts,
  partStore,
} from '../../src/ui/author/work/parts';
import type { Part } from '../../src/ui/author/work/protocol';
import { rootPath } from '../support/paths';

const generated = generateScenario({ scenes: 300, behaviours: loadTaxonomy().behaviours });
const files = [
  { path: `${generated.folder}/scenario.md`, text: generated.scenarioMd },
  { path: `${generated.folder}/machine.json`, text: generated.machineJson },
];
const taxonomy = readFileSync(rootPath('scenarios/behaviours.json'), 'utf8');

/** Message sizes in bytes as the structured clone writes them (the page unpacks each in one task). */
const bytes = (value: unknown) => serialize(value).length;

/** A worker's `part` over `store`, recording every batch it sends and the message's size. */
function fakeWorker(store: ReturnType<typeof partStore>) {
  const sent: { part: Part; items: number; bytes: number }[] = [];
  return {
    sent,
    async part(request: number, folder: string, part: Part, from: number, to: number) {
      const items = store.get(request, folder, part, from, to);
      sent.push({ part, items: items.length, bytes: bytes(items) });
      return structuredClone(items);
    },
  };
}

const work = createAuthorWork('worker');
let whole: Awaited<ReturnType<typeof work.check>>;
beforeAll(async () => {
  whole = await work.check(1, files, taxonomy);
}, 60_000);

describe("the worker's answers in parts", () => {
  it('sends a large check in small messages and puts back the same answer', async () => {
    const store = partStore();
    const answer = structuredClone(checkWithoutParts(whole, store));
    const scenario = answer.scenarios[0];
    expect(scenario?.leftOut).toEqual({
      scenes: 300,
      'scene-usage': 300,
      'choice-usage': whole.scenarios[0]?.usage?.choices.size,
    });
    expect(scenario?.compiled?.scenes).toEqual([]);
    // What stays in the first message is the diagnostics and the figures: tens of KB at
    // most at 300 scenes (the whole answer was about 640 KB), whatever the check reports.
    expect(bytes(answer)).toBeLessThan(32_000);

    const worker = fakeWorker(store);
    const back = await checkWithParts(worker, answer);
    expect(back).toEqual(whole);
    expect(new Set(worker.sent.map((s) => s.part))).toEqual(
      new Set(['scenes', 'scene-usage', 'choice-usage']),
    );
    expect(worker.sent.filter((s) => s.part === 'scenes').length).toBeGreaterThan(10);
    for (const message of worker.sent) expect(message.bytes).toBeLessThan(100_000);
  });

  it('sends a large map in small messages and puts back the same map', async () => {
    const map = await work.layout(1, generated.folder);
    if (!map) throw new Error('no layout');
    const store = partStore();
    const answer = structuredClone(mapWithoutParts(1, generated.folder, map, store));
    expect(answer.scenes).toEqual([]);
    expect(answer.arrows).toEqual([]);
    expect(bytes(answer)).toBeLessThan(1_000);

    const worker = fakeWorker(store);
    expect(await mapWithParts(worker, 1, generated.folder, answer)).toEqual(map);
    expect(worker.sent.filter((s) => s.part === 'map-arrows').length).toBeGreaterThan(1);
    for (const message of worker.sent) expect(message.bytes).toBeLessThan(100_000);
  });

  it('keeps the parts of the newest requests only', () => {
    const store = partStore(2);
    for (const request of [1, 2, 3]) store.put(request, 'a', 'scenes', [request]);
    expect(store.get(1, 'a', 'scenes', 0, 1)).toEqual([]);
    expect(store.get(2, 'a', 'scenes', 0, 1)).toEqual([2]);
    expect(store.get(3, 'a', 'scenes', 0, 1)).toEqual([3]);
    expect(store.get(3, 'b', 'scenes', 0, 1)).toEqual([]);
  });
});
