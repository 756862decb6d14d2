/**
 * The v3 storage layout: each run and reflection under its own key, a save writing only
 * what changed (counted on a recording storage), damaged keys handled one by one, and the
 * one-time upgrade of a v2 document with its verbatim backup.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  STORAGE_KEY,
  allRuns,
  emptyProgress,
  loadProgress,
  plainRuns,
  recordChoice,
  runById,
  saveProgress,
  saveReflection,
  setCoaching,
  startRun,
  type Progress,
} from '../../src/progress';
import { MemoryStorage } from './memory-storage';
import { at, clone, sampleProgress } from './sample';

const now = at(59);
const backupKey = `${BACKUP_PREFIX}${now.toISOString()}`;

/** Progress with `count` finished-looking runs besides the sample's. */
function withRuns(count: number): Progress {
  const p = sampleProgress();
  const runs = { ...allRuns(p) };
  for (let i = 0; i < count; i++) {
    const run = runById(
      startRun(emptyProgress(), {
        id: `r-${i}`,
        scenarioId: 'other',
        contentHash: 'h',
        seed: i,
        now: at(5),
      }),
      `r-${i}`,
    );
    if (run) runs[run.id] = run;
  }
  return { ...p, runs };
}

/** Storage holding `progress`, its write log cleared. */
function saved(progress: Progress): MemoryStorage {
  const storage = new MemoryStorage();
  expect(saveProgress(storage, progress)).toEqual([]);
  storage.writes.length = 0;
  return storage;
}

describe('what a save writes', () => {
  it.each([0, 300, 3000])(
    'a choice writes the one run it changed, with %i other runs saved',
    (count) => {
      const before = withRuns(count);
      const storage = saved(before);
      const after = recordChoice(before, 'r-now', 'ASK_WHAT_HAPPENED', at(30));
      expect(saveProgress(storage, after, { before })).toEqual([]);
      expect(storage.writes).toEqual(['casebook:run:r-now']);
      expect(loadProgress(storage, now)).toEqual({
        progress: clone(plainRuns(after)),
        notices: [],
      });
    },
  );

  it('a new run writes its own key only; a settings change writes the main key only', () => {
    const before = withRuns(10);
    const storage = saved(before);
    const started = startRun(before, {
      id: 'r-new',
      scenarioId: 'missed-deadline',
      contentHash: 'h1',
      seed: 1,
      now: at(31),
    });
    saveProgress(storage, started, { before });
    expect(storage.writes).toEqual(['casebook:run:r-new']);
    storage.writes.length = 0;
    const other = started.settings.coaching === 'practice' ? 'assessment' : 'practice';
    const coached = setCoaching(started, other);
    saveProgress(storage, coached, { before: started });
    expect(storage.writes).toEqual([STORAGE_KEY]);
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null')).toEqual({
      version: 3,
      settings: { coaching: other },
      profile: coached.profile,
    });
  });

  it('a reflection writes its own key only', () => {
    const before = withRuns(10);
    const storage = saved(before);
    const after = saveReflection(before, 'r-done', { answers: { 'went-well': 'Asked.' } }, at(40));
    saveProgress(storage, after, { before });
    expect(storage.writes).toEqual(['casebook:reflection:r-done']);
  });

  it('without `before`, writes everything: runs and reflections first, the main key last', () => {
    const progress = sampleProgress();
    const storage = saved(emptyProgress());
    saveProgress(storage, progress);
    expect(storage.writes.at(-1)).toBe(STORAGE_KEY);
    expect(storage.writes.slice(0, -1).sort()).toEqual(
      [
        ...Object.keys(allRuns(progress)).map((id) => `casebook:run:${id}`),
        ...Object.keys(progress.reflections).map((id) => `casebook:reflection:${id}`),
      ].sort(),
    );
  });

  it('when storage is full, says so and leaves what was saved before', () => {
    const before = sampleProgress();
    const storage = saved(before);
    const snapshot = storage.snapshot();
    storage.fullFor = (key) => key === 'casebook:run:r-now';
    const after = recordChoice(before, 'r-now', 'ASK_WHAT_HAPPENED', at(30));
    expect(saveProgress(storage, after, { before }).map((n) => n.code)).toEqual(['storage-full']);
    expect(storage.snapshot()).toEqual(snapshot);
  });
});

describe('damaged run keys', () => {
  it('backs up a truncated run and a doctored one, removes their keys, names each key and path', () => {
    const progress = sampleProgress();
    const storage = saved(progress);
    const text = storage.getItem('casebook:run:r-old') ?? '';
    storage.setItem('casebook:run:r-old', text.slice(0, 20));
    storage.setItem('casebook:run:r-now', text);
    const loaded = loadProgress(storage, now);
    expect(Object.keys(allRuns(loaded.progress)).sort()).toEqual(['r-done', 'r-stale']);
    expect(loaded.progress.reflections).toEqual(clone(progress.reflections));
    expect(loaded.notices.map((n) => [n.code, n.source.name, n.source.path])).toEqual([
      ['record-invalid', 'casebook:run:r-old', 'runs["r-old"]'],
      ['record-invalid', 'casebook:run:r-now', 'runs["r-now"].id'],
    ]);
    expect(loaded.notices[0]?.message).toMatch(/damaged or incomplete/);
    expect(loaded.notices[0]?.message).toContain(backupKey);
    const backup = JSON.parse(storage.getItem(backupKey) ?? 'null') as { records: unknown[] };
    expect(backup.records).toEqual([
      { path: 'runs["r-old"]', value: text.slice(0, 20) },
      { path: 'runs["r-now"]', value: JSON.parse(text) },
    ]);
    expect(storage.getItem('casebook:run:r-old')).toBeNull();
    expect(loadProgress(storage, at(60))).toEqual({ progress: loaded.progress, notices: [] });
  });

  it('leaves a damaged key in place when no copy can be kept, and reports it again', () => {
    const storage = saved(sampleProgress());
    storage.setItem('casebook:run:r-old', '{"id":');
    storage.fullFor = (key) => key.startsWith(BACKUP_PREFIX);
    const loaded = loadProgress(storage, now);
    expect(loaded.notices[0]?.message).toMatch(/could not be kept/);
    expect(storage.getItem('casebook:run:r-old')).toBe('{"id":');
    expect(loadProgress(storage, now).notices.map((n) => n.code)).toEqual(['record-invalid']);
  });

  it('loads the runs under their own keys when the main key is damaged', () => {
    const progress = sampleProgress();
    const storage = saved(progress);
    storage.setItem(STORAGE_KEY, '{"version":3,"sett');
    const loaded = loadProgress(storage, now);
    expect(loaded.notices.map((n) => n.code)).toEqual(['storage-corrupt']);
    expect(allRuns(loaded.progress)).toEqual(clone(allRuns(progress)));
    expect(storage.getItem(backupKey)).toBe('{"version":3,"sett');
  });
});

describe('the upgrade of a v2 document', () => {
  const v2 = () => JSON.stringify({ ...sampleProgress(), version: 2 });

  it('is backed up verbatim, then written in the new layout, once', () => {
    const text = v2();
    const storage = new MemoryStorage({ [STORAGE_KEY]: text });
    const loaded = loadProgress(storage, now);
    expect(loaded.progress).toEqual(clone(sampleProgress()));
    expect(loaded.notices.map((n) => n.code)).toEqual(['storage-upgraded']);
    expect(loaded.notices[0]?.message).toMatch(/from format 2 to 3/);
    expect(storage.getItem(backupKey)).toBe(text);
    expect(storage.getItem('casebook:run:r-now')).not.toBeNull();
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null')).not.toHaveProperty('runs');
    expect(loadProgress(storage, at(60))).toEqual({ progress: loaded.progress, notices: [] });
    expect(storage.keys(BACKUP_PREFIX)).toEqual([backupKey]);
  });

  it('leaves the v2 document in charge when the layout cannot be written, and says so', () => {
    const text = v2();
    const storage = new MemoryStorage({ [STORAGE_KEY]: text });
    storage.fullFor = (key) => key === 'casebook:run:r-stale';
    const loaded = loadProgress(storage, now);
    expect(loaded.notices.map((n) => n.code)).toEqual(['storage-upgraded', 'storage-full']);
    expect(loaded.unsaved).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBe(text);
    storage.fullFor = () => false;
    // The next load finds the same v2 document and upgrades it then.
    expect(loadProgress(storage, at(60)).progress).toEqual(loaded.progress);
  });
});
