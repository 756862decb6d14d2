/**
 * A deep link opens one scenario: its briefing renders before the runs of every other
 * scenario are parsed and checked. Those are read a moment later (`loadDeferred`, the
 * store's `loadRest`), with the same checks, backup and notices as on a full load, so
 * nothing is lost: what a focused load and its deferred read give together is what a
 * full load gives. Parsing is counted by spying on `JSON.parse`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUP_PREFIX,
  RUN_KEY_PREFIX,
  allRuns,
  emptyProgress,
  loadDeferred,
  loadProgress,
  recordChoice,
  runById,
  saveProgress,
  type Progress,
  type SavedRun,
} from '../../src/progress';
import { ProgressStore } from '../../src/ui/store';
import { MemoryStorage } from './memory-storage';
import { at } from './sample';

const now = at(59);

const run = (id: string, scenarioId: string, status: SavedRun['status']): SavedRun => ({
  id,
  scenarioId,
  contentHash: 'h1',
  seed: 1,
  events: ['A'],
  startedAt: at(1).toISOString(),
  updatedAt: at(2).toISOString(),
  status,
  ...(status === 'complete'
    ? { finishedAt: at(2).toISOString(), ending: { id: 'end', outcome: 'mixed' as const } }
    : {}),
});

/** `others` finished runs of `other`, two runs of `focused` (one in play), and two damaged keys. */
function stored(others: number): MemoryStorage {
  const runs: Record<string, SavedRun> = {};
  for (let i = 0; i < others; i++) runs[`r-o${i}`] = run(`r-o${i}`, 'other', 'complete');
  runs['r-f1'] = run('r-f1', 'focused', 'complete');
  runs['r-f2'] = run('r-f2', 'focused', 'active');
  const storage = new MemoryStorage();
  expect(saveProgress(storage, { ...emptyProgress(), runs })).toEqual([]);
  storage.setItem(`${RUN_KEY_PREFIX}r-bad-other`, '{"id":"r-bad-other","scenarioId":"other"');
  storage.setItem(
    `${RUN_KEY_PREFIX}r-bad-focused`,
    JSON.stringify({ ...run('r-bad-focused', 'focused', 'active'), seed: 'x' }),
  );
  storage.writes.length = 0;
  return storage;
}

const copyOf = (storage: MemoryStorage) => new MemoryStorage(Object.fromEntries(storage.items));
const sortedIds = (p: Progress) => Object.keys(allRuns(p)).sort();

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a deep link reads its own scenario’s runs first', () => {
  it('parses none of 3,000 runs of other scenarios before the first render', () => {
    const storage = stored(3000);
    const parse = vi.spyOn(JSON, 'parse');
    const loaded = loadProgress(storage, now, { focus: 'focused' });
    // The main key and the three runs that name the focused scenario.
    expect(parse.mock.calls.length).toBeLessThanOrEqual(4);
    vi.restoreAllMocks();
    expect(sortedIds(loaded.progress)).toEqual(['r-f1', 'r-f2']);
    expect(loaded.deferred?.runs).toHaveLength(3001);
    // The damaged run of the focused scenario is reported at once, as before.
    expect(loaded.notices.map((n) => n.source.name)).toEqual([`${RUN_KEY_PREFIX}r-bad-focused`]);
  });

  it('then reads the others with the checks, backup and notices of a full load', () => {
    const storage = stored(20);
    const full = loadProgress(copyOf(storage), now);
    const loaded = loadProgress(storage, now, { focus: 'focused' });
    if (!loaded.deferred) throw new Error('nothing was put off');
    const rest = loadDeferred(storage, loaded.progress, loaded.deferred, now);
    expect(sortedIds(rest.progress)).toEqual(sortedIds(full.progress));
    expect(allRuns(rest.progress)).toEqual(allRuns(full.progress));
    const reported = [...loaded.notices, ...rest.notices].map((n) => [n.code, n.source.name]);
    expect(reported.sort()).toEqual(full.notices.map((n) => [n.code, n.source.name]).sort());
    // The damaged key of the other scenario is copied verbatim to a backup, then removed.
    expect(storage.getItem(`${RUN_KEY_PREFIX}r-bad-other`)).toBeNull();
    const backups = [...storage.items.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
    expect(backups.some((k) => storage.getItem(k)?.includes('r-bad-other'))).toBe(true);
  });

  it('keeps a run changed before the rest was read', () => {
    const storage = stored(5);
    const loaded = loadProgress(storage, now, { focus: 'focused' });
    if (!loaded.deferred) throw new Error('nothing was put off');
    const played = recordChoice(loaded.progress, 'r-f2', 'B', at(40));
    const rest = loadDeferred(storage, played, loaded.deferred, now);
    expect(runById(rest.progress, 'r-f2')?.events).toEqual(['A', 'B']);
    expect(runById(rest.progress, 'r-o3')).toEqual(run('r-o3', 'other', 'complete'));
  });
});

describe('the store on a deep link', () => {
  it('shows the focused scenario first, reads the rest on loadRest, and still writes one key per choice', () => {
    const storage = stored(300);
    const store = new ProgressStore(storage, () => now, 'focused');
    expect(sortedIds(store.getSnapshot().progress)).toEqual(['r-f1', 'r-f2']);
    storage.writes.length = 0; // the load's backup of the damaged focused run
    store.update((p) => recordChoice(p, 'r-f2', 'B', at(40)));
    expect(storage.writes).toEqual([`${RUN_KEY_PREFIX}r-f2`]);
    store.loadRest();
    const { progress, notices } = store.getSnapshot();
    expect(Object.keys(allRuns(progress))).toHaveLength(302);
    expect(runById(progress, 'r-f2')?.events).toEqual(['A', 'B']);
    expect(notices.map((n) => n.source.name).sort()).toEqual([
      `${RUN_KEY_PREFIX}r-bad-focused`,
      `${RUN_KEY_PREFIX}r-bad-other`,
    ]);
    storage.writes.length = 0;
    store.update((p) => recordChoice(p, 'r-f2', 'C', at(41)));
    expect(storage.writes).toEqual([`${RUN_KEY_PREFIX}r-f2`]);
    const read = store.getSnapshot();
    store.loadRest();
    expect(store.getSnapshot()).toBe(read);
  });

  it('reads the rest before anything that needs every run (a reconcile, an import)', () => {
    const storage = stored(10);
    const store = new ProgressStore(storage, () => now, 'focused');
    let seen = 0;
    store.report((progress) => {
      seen = Object.keys(allRuns(progress)).length;
      return { progress, notices: [] };
    });
    expect(seen).toBe(12);
  });
});
