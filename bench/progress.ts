/**
 * `npm run bench:progress`: what the learner's saved progress costs on page load with
 * many runs, in Node: reading and checking 10,000 runs from storage, the one notice
 * about 10,000 runs of scenarios the course no longer has, replaying 10,000 runs of
 * the reference scenario (as an import proves every run, whatever its contentHash), and
 * the start-up reconcile with 0, 300 and 3,000 saved runs, which replays only runs whose
 * scenario changed; and one choice (the update and its save) with 0, 300 and 3,000
 * settled runs, which should cost the same. Prints the median of a few rounds; never run
 * as a test (wall-clock time on a shared machine).
 */
import { compileCourse } from '../src/compiler';
import { loadCourse } from '../src/disk/load';
import { createPlayer, prover, replay } from '../src/engine';
import {
  PROGRESS_VERSION,
  STORAGE_KEY,
  emptyProgress,
  loadProgress,
  reconcile,
  recordChoice,
  runKey,
  saveProgress,
  startRun,
  type Progress,
  type SavedRun,
  type ScenarioVersion,
  type StorageLike,
} from '../src/progress';
import { ROOT } from './common';

const RUNS = Number(process.argv[2] ?? 10_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const now = new Date(Date.UTC(2025, 2, 1, 10));

function progressOf(run: (i: number) => Partial<SavedRun>): Progress {
  const runs: Record<string, SavedRun> = {};
  for (let i = 0; i < RUNS; i++) {
    const id = `r-${i}`;
    runs[id] = {
      id,
      scenarioId: 'missed-deadline',
      contentHash: 'h',
      seed: i,
      events: [],
      startedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      status: 'active',
      ...run(i),
    };
  }
  return { ...emptyProgress(), runs };
}

function median(label: string, work: () => unknown): void {
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times[Math.floor(times.length / 2)] ?? 0;
  console.log(`${label.padEnd(58)} ${mid.toFixed(1).padStart(8)} ms`);
}

const scenario = compileCourse(loadCourse('scenarios/missed-deadline', ROOT)).scenarios[0]
  ?.scenario;
if (!scenario) throw new Error('The reference scenario does not compile: run npm run check.');
const player = createPlayer(scenario);
const version = {
  id: scenario.id,
  contentHash: scenario.contentHash,
  replays: (events: string[]) => replay(player, events),
};
const path = replay(player, []).snapshot && ['ASK_WHAT_CHANGED'];
/** Replay every run, as an import does (and as start-up did before it trusted runs on their version). */
const prove = (progress: Progress, v: ScenarioVersion) =>
  reconcile(progress, { ids: [], versions: [v] }, now, { prove: 'every' });

const missing = progressOf((i) => ({ scenarioId: `gone-${i}` }));
/** Storage holding `missing` in the current layout (a key per run); writes are dropped. */
const items = new Map<string, string>([
  [STORAGE_KEY, JSON.stringify({ version: PROGRESS_VERSION, settings: missing.settings })],
  ...Object.values(missing.runs).map((run) => [runKey(run.id), JSON.stringify(run)] as const),
]);
const keys = [...items.keys()];
const storage = {
  length: keys.length,
  key: (index: number) => keys[index] ?? null,
  getItem: (key: string) => items.get(key) ?? null,
  setItem: () => undefined,
  removeItem: () => undefined,
};
const size = [...items.values()].reduce((n, text) => n + text.length, 0);
console.log(
  `${RUNS.toLocaleString('en-GB')} runs, ${(size / 1e6).toFixed(1)} MB stored, median of ${ROUNDS}`,
);
median('load from storage (a key per run: parse, check every run)', () =>
  loadProgress(storage, now),
);
median('missing scenarios: the one grouped notice', () => {
  const notices = reconcile(missing, { ids: [], versions: [] }, now).notices;
  if (notices.length !== 1) throw new Error(`${notices.length} notices`);
});
const playable = progressOf(() => ({ contentHash: scenario.contentHash, events: path }));
median('import: replay every run of one scenario (each replays)', () => prove(playable, version));
median('  the same with the prefix-sharing prover the app uses', () =>
  prove(playable, { ...version, replays: prover(player) }),
);
const broken = progressOf(() => ({ contentHash: scenario.contentHash, events: ['NOPE'] }));
median('import: replay every run (none replays: grouped)', () => prove(broken, version));
median('  the same with the prefix-sharing prover the app uses', () =>
  prove(broken, { ...version, replays: prover(player) }),
);
/** Distinct logs: each run takes a different path, so prefixes are shared only near the start. */
const paths: string[][] = [];
(function walk(snapshot = replay(player, []).snapshot, log: string[] = []): void {
  if (paths.length >= RUNS) return;
  const choices = player.scenes.get(String(snapshot.value))?.choices ?? [];
  const open = choices.filter((c) => snapshot.can({ type: c.event }));
  if (open.length === 0) paths.push(log);
  for (const c of open) {
    const next = replay(player, [...log, c.event]).snapshot;
    walk(next, [...log, c.event]);
  }
})();
const varied = progressOf((i) => ({
  contentHash: scenario.contentHash,
  events: paths[i % paths.length] ?? [],
}));
console.log(`(${paths.length} distinct complete paths of the reference scenario, reused in turn)`);
median('import: replay every run, varied complete paths', () => prove(varied, version));
median('  the same with the prefix-sharing prover the app uses', () =>
  prove(varied, { ...version, replays: prover(player) }),
);

/**
 * Opening a scenario with 0, 300 and 3,000 saved runs of it, each a complete run of a
 * varied path on the version served (the learner's usual case), with a fresh prover
 * each round as on a page load: start-up trusts them, an import replays them all; and
 * the same runs after the scenario changed, which start-up replays.
 */
console.log('\nopening a scenario: reconcile with its saved runs (varied complete paths)');
for (const count of [0, 300, 3_000]) {
  const runs: Record<string, SavedRun> = {};
  for (const [id, run] of Object.entries(varied.runs).slice(0, count))
    runs[id] = { ...run, status: 'complete', ending: { id: 'x', outcome: 'mixed' } };
  const saved: Progress = { ...emptyProgress(), runs };
  const served = () => ({
    ids: [],
    versions: [{ ...version, replays: prover(player) }],
  });
  const changed: Progress = {
    ...saved,
    runs: Object.fromEntries(
      Object.entries(saved.runs).map(([id, run]) => [id, { ...run, contentHash: 'older' }]),
    ),
  };
  const n = count.toLocaleString('en-GB');
  median(`  ${n} runs on the served version: start-up (changed only)`, () =>
    reconcile(saved, served(), now),
  );
  median(`  ${n} runs on the served version: every run replayed`, () =>
    reconcile(saved, served(), now, { prove: 'every' }),
  );
  median(`  ${n} runs on an older version: start-up replays them`, () =>
    reconcile(changed, served(), now),
  );
}

/** Storage in memory, as the browser's: a map of texts. */
class MapStorage implements StorageLike {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/**
 * One choice with 0, 300 and 3,000 settled (complete) runs of other scenarios: the
 * update and the save of what it changed, as the store makes them on every click, in
 * µs per choice over `CHOICES` choices in a row (so any work done once in so many
 * choices is shared out among them).
 */
const CHOICES = 640;
console.log(`\none choice: recordChoice and its save (µs per choice, ${CHOICES} in a row)`);
for (const count of [0, 300, 3_000]) {
  const runs: Record<string, SavedRun> = {};
  for (let i = 0; i < count; i++) {
    const id = `r-settled-${i}`;
    runs[id] = {
      id,
      scenarioId: 'other',
      contentHash: 'h',
      seed: i,
      events: ['A', 'B'],
      startedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      finishedAt: now.toISOString(),
      status: 'complete',
      ending: { id: 'x', outcome: 'mixed' },
    };
  }
  const start = { id: 'r-now', scenarioId: 'missed-deadline', contentHash: 'h', seed: 1, now };
  const saved = startRun({ ...emptyProgress(), runs }, start);
  const n = count.toLocaleString('en-GB');
  const perChoice = (work: (p: Progress, i: number) => Progress) => {
    let p = saved;
    const began = performance.now();
    for (let i = 0; i < CHOICES; i++) p = work(p, i);
    return ((performance.now() - began) * 1000) / CHOICES;
  };
  const choose = (p: Progress, i: number) => recordChoice(p, 'r-now', `E${i % 50}`, now);
  const microMedian = (label: string, work: (p: Progress, i: number) => Progress) => {
    const times = Array.from({ length: ROUNDS }, () => perChoice(work)).sort((a, b) => a - b);
    const mid = times[Math.floor(times.length / 2)] ?? 0;
    console.log(`${label.padEnd(58)} ${mid.toFixed(1).padStart(8)} µs`);
  };
  microMedian(`  ${n} settled runs: the update`, choose);
  const storage = new MapStorage();
  saveProgress(storage, saved);
  microMedian(`  ${n} settled runs: the update and its save`, (p, i) => {
    const next = choose(p, i);
    saveProgress(storage, next, { before: p });
    return next;
  });
}
