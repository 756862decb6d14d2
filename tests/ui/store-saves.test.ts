/**
 * The store's saves: one key per choice whatever the history, a failed write retried by
 * the next save, a newer version (found on load or written by another tab) never written
 * over, two tabs that keep each other's runs, and the request for persistent storage.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  STORAGE_KEY,
  allRuns,
  loadProgress,
  plainRuns,
  recordChoice,
  runById,
  saveProgress,
  setCoaching,
  startRun,
  type StorageLike,
} from '../../src/progress';
import { ProgressStore } from '../../src/ui/store';
import { MemoryStorage } from '../progress/memory-storage';
import { at, sampleProgress } from '../progress/sample';

const clock = () => at(50);

/** The sample progress plus `r-x`, a run with no choices yet. */
const fresh = () =>
  startRun(sampleProgress(), {
    id: 'r-x',
    scenarioId: 'missed-deadline',
    contentHash: 'h1',
    seed: 2,
    now: at(15),
  });

function storeOn(progress = fresh()): { store: ProgressStore; storage: MemoryStorage } {
  const storage = new MemoryStorage();
  saveProgress(storage, progress);
  storage.writes.length = 0;
  return { store: new ProgressStore(storage, clock), storage };
}

const choose = (store: ProgressStore, runId: string, event: string, minute = 30) =>
  store.update((p) => recordChoice(p, runId, event, at(minute)));

const begin = (store: ProgressStore, id: string, minute = 20) =>
  store.update((p) =>
    startRun(p, { id, scenarioId: 'missed-deadline', contentHash: 'h1', seed: 1, now: at(minute) }),
  );

describe('saving from the store', () => {
  it('writes only the changed run per choice', () => {
    const { store, storage } = storeOn();
    choose(store, 'r-x', 'ASK_WHAT_HAPPENED');
    choose(store, 'r-x', 'AGREE_PLAN', 31);
    expect(storage.writes).toEqual(['casebook:run:r-x', 'casebook:run:r-x']);
    expect(runById(loadProgress(storage, clock()).progress, 'r-x')?.events).toEqual([
      'ASK_WHAT_HAPPENED',
      'AGREE_PLAN',
    ]);
  });

  it('retries a write that failed (storage full) with the next save', () => {
    const { store, storage } = storeOn();
    storage.fullFor = (key) => key === 'casebook:run:r-x';
    choose(store, 'r-x', 'ASK_WHAT_HAPPENED');
    expect(store.getSnapshot().notices.map((n) => n.code)).toEqual(['storage-full']);
    storage.fullFor = () => false;
    store.update((p) =>
      setCoaching(p, p.settings.coaching === 'practice' ? 'assessment' : 'practice'),
    );
    expect(storage.writes).toEqual(['casebook:run:r-x', STORAGE_KEY]);
    expect(loadProgress(storage, clock()).progress).toEqual(
      plainRuns(store.getSnapshot().progress),
    );
  });

  it('never writes over a newer version found on load', () => {
    const future = JSON.stringify({ version: 4, everything: 'elsewhere' });
    const storage = new MemoryStorage({ [STORAGE_KEY]: future });
    const store = new ProgressStore(storage, clock);
    begin(store, 'r-new');
    expect(runById(store.getSnapshot().progress, 'r-new')).toBeDefined();
    expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: future });
    expect(store.getSnapshot().notices.map((n) => n.code)).toEqual(['storage-future-version']);
  });

  it('reads the stored version once, on load: a save reads nothing', () => {
    const { store, storage } = storeOn();
    const reads: string[] = [];
    const getItem = storage.getItem.bind(storage);
    storage.getItem = (key) => {
      reads.push(key);
      return getItem(key);
    };
    choose(store, 'r-x', 'ASK_WHAT_HAPPENED');
    expect(reads).toEqual([]);
  });
});

/**
 * Two tabs on one storage. Like the browser, a write fires a `storage` event in the other
 * tab only, later: events wait in a queue until `deliver`.
 */
function twoTabs(progress = fresh()) {
  const storage = new MemoryStorage();
  saveProgress(storage, progress);
  const queue: { to: number; key: string; value: string | null }[] = [];
  const tabs: ProgressStore[] = [];
  const view = (tab: number): StorageLike => ({
    get length() {
      return storage.length;
    },
    key: (i) => storage.key(i),
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => {
      storage.setItem(key, value);
      queue.push({ to: 1 - tab, key, value });
    },
    removeItem: (key) => {
      storage.removeItem(key);
      queue.push({ to: 1 - tab, key, value: null });
    },
  });
  tabs.push(new ProgressStore(view(0), clock), new ProgressStore(view(1), clock));
  const deliver = () => {
    while (queue.length > 0) {
      const event = queue.shift()!;
      tabs[event.to]?.followOtherTab(event.key, event.value);
    }
  };
  return { storage, a: tabs[0]!, b: tabs[1]!, deliver };
}

describe('two tabs', () => {
  it('keep the runs each started, in both tabs and after a reload', () => {
    const { storage, a, b, deliver } = twoTabs();
    begin(a, 'r-a');
    choose(a, 'r-a', 'ASK_WHAT_HAPPENED');
    begin(b, 'r-b');
    deliver();
    expect(Object.keys(allRuns(a.getSnapshot().progress))).toContain('r-b');
    expect(runById(b.getSnapshot().progress, 'r-a')?.events).toEqual(['ASK_WHAT_HAPPENED']);
    const reloaded = loadProgress(storage, clock()).progress;
    expect(runById(reloaded, 'r-a')?.events).toEqual(['ASK_WHAT_HAPPENED']);
    expect(runById(reloaded, 'r-b')).toBeDefined();
  });

  it('continue each other: the tab that played on is taken, and a stale tab writes nothing back', () => {
    const { storage, a, b, deliver } = twoTabs();
    choose(a, 'r-x', 'ASK_WHAT_HAPPENED');
    choose(a, 'r-x', 'AGREE_PLAN', 31);
    deliver();
    expect(runById(b.getSnapshot().progress, 'r-x')?.events).toEqual([
      'ASK_WHAT_HAPPENED',
      'AGREE_PLAN',
    ]);
    choose(b, 'r-x', 'THIRD', 32);
    deliver();
    expect(runById(a.getSnapshot().progress, 'r-x')?.events).toHaveLength(3);
    expect(runById(loadProgress(storage, clock()).progress, 'r-x')?.events).toHaveLength(3);
  });

  it('take the other tab’s settings, so a later write keeps them', () => {
    const { storage, a, b, deliver } = twoTabs();
    const other =
      a.getSnapshot().progress.settings.coaching === 'practice' ? 'assessment' : 'practice';
    b.update((p) => setCoaching(p, other));
    deliver();
    expect(a.getSnapshot().progress.settings.coaching).toBe(other);
    choose(a, 'r-x', 'ASK_WHAT_HAPPENED');
    deliver();
    expect(loadProgress(storage, clock()).progress.settings.coaching).toBe(other);
  });

  it('that played one run two ways keep the later one, back up the other, and say so', () => {
    const { storage, a, b, deliver } = twoTabs();
    choose(a, 'r-x', 'ASK_WHAT_HAPPENED', 30);
    choose(b, 'r-x', 'ESCALATE_TO_HR', 31);
    deliver();
    for (const tab of [a, b])
      expect(runById(tab.getSnapshot().progress, 'r-x')?.events).toEqual(['ESCALATE_TO_HR']);
    expect(runById(loadProgress(storage, clock()).progress, 'r-x')?.events).toEqual([
      'ESCALATE_TO_HR',
    ]);
    const [conflict] = a.getSnapshot().notices;
    expect(conflict).toMatchObject({ code: 'run-conflict', severity: 'warning' });
    expect(conflict?.message).toMatch(/played in two tabs at once, and from choice 1/);
    expect(b.getSnapshot().notices).toEqual([]);
    const backups = storage.keys(BACKUP_PREFIX);
    expect(backups).toHaveLength(1);
    expect(conflict?.backup).toBe(backups[0]);
    expect(storage.getItem(backups[0]!)).toContain('"ASK_WHAT_HAPPENED"');
  });

  it('stop writing when the other tab saves a newer version', () => {
    const { storage, a, deliver } = twoTabs();
    deliver();
    const future = JSON.stringify({ version: 4 });
    storage.setItem(STORAGE_KEY, future);
    a.followOtherTab(STORAGE_KEY, future);
    const before = storage.snapshot();
    choose(a, 'r-x', 'ASK_WHAT_HAPPENED');
    expect(storage.snapshot()).toEqual(before);
    expect(a.getSnapshot().notices.map((n) => n.code)).toEqual(['storage-future-version']);
  });
});

describe('persistent storage', () => {
  const refused = { persisted: async () => false, persist: async () => false };

  it('asks once, and says so (info, dismissible) when the browser refuses', async () => {
    const { store } = storeOn();
    let asked = 0;
    await store.askToPersist({ ...refused, persist: async () => (asked++, false) });
    expect(asked).toBe(1);
    const [notice] = store.getSnapshot().notices;
    expect(notice).toMatchObject({ code: 'storage-not-persistent', severity: 'info' });
    expect(notice?.message).toMatch(/may clear it.*export your progress/s);
  });

  it('says nothing when the browser agrees, or already did, or cannot be asked', async () => {
    for (const manager of [
      { persisted: async () => false, persist: async () => true },
      { persisted: async () => true, persist: async () => false },
      {},
      undefined,
    ]) {
      const { store } = storeOn();
      await store.askToPersist(manager);
      expect(store.getSnapshot().notices).toEqual([]);
    }
  });

  it('stays dismissed on the next page loads', async () => {
    const { store, storage } = storeOn();
    await store.askToPersist(refused);
    store.dismiss(store.getSnapshot().notices[0]!.id);
    const next = new ProgressStore(storage, clock);
    await next.askToPersist(refused);
    expect(next.getSnapshot().notices).toEqual([]);
  });
});
