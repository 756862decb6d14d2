/**
 * `npm run bench:progress`: what the learner's saved progress costs on page load with
 * many runs, in Node: reading and checking 10,000 runs from storage, the one notice
 * about 10,000 runs of scenarios the course no longer has, and replaying 10,000 runs of
 * the reference scenario (every run is proven on load, whatever its contentHash). Prints
 * the median of a few rounds; never run as a test (wall-clock time on a shared machine).
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
  runKey,
  type Progress,
  type SavedRun,
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
  const notices = reconcile(missing, [], now).notices;
  if (notices.length !== 1) throw new Error(`${notices.length} notices`);
});
const playable = progressOf(() => ({ contentHash: scenario.contentHash, events: path }));
median('replay every run of one scenario (each replays)', () =>
  reconcile(playable, [version], now),
);
median('  the same with the prefix-sharing prover the app uses', () =>
  reconcile(playable, [{ ...version, replays: prover(player) }], now),
);
const broken = progressOf(() => ({ contentHash: scenario.contentHash, events: ['NOPE'] }));
median('replay every run of one scenario (none replays: grouped)', () =>
  reconcile(broken, [version], now),
);
median('  the same with the prefix-sharing prover the app uses', () =>
  reconcile(broken, [{ ...version, replays: prover(player) }], now),
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
median('replay every run, varied complete paths (replay)', () => reconcile(varied, [version], now));
median('  the same with the prefix-sharing prover the app uses', () =>
  reconcile(varied, [{ ...version, replays: prover(player) }], now),
);
