/**
 * Loading and saving never crash the app: missing, refused, full, damaged, foreign and
 * newer storage all end in a working in-memory progress plus a notice, and data that
 * cannot be used is copied to a backup key before anything replaces it.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  STORAGE_KEY,
  emptyProgress,
  loadProgress,
  saveProgress,
  type Notice,
} from '../../src/progress';
import { MemoryStorage } from './memory-storage';
import { at, clone, sampleProgress } from './sample';

const now = at(59);
const backupKey = `${BACKUP_PREFIX}${now.toISOString()}`;
const codes = (notices: Notice[]) => notices.map((n) => n.code);

function stored(progress = sampleProgress()): MemoryStorage {
  const storage = new MemoryStorage();
  expect(saveProgress(storage, progress)).toEqual([]);
  return storage;
}

describe('save and load', () => {
  it('round-trips progress exactly, with no notices', () => {
    const progress = sampleProgress();
    const loaded = loadProgress(stored(progress), now);
    expect(loaded).toEqual({ progress: clone(progress), notices: [] });
  });

  it('starts empty, silently, when nothing was saved yet', () => {
    expect(loadProgress(new MemoryStorage(), now)).toEqual({
      progress: emptyProgress(),
      notices: [],
    });
    expect(emptyProgress().settings.coaching).toBe('assessment');
  });
});

describe('storage that is unavailable', () => {
  it('without storage, works in memory and says so', () => {
    const loaded = loadProgress(undefined, now);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.notices).toMatchObject([
      {
        code: 'storage-unavailable',
        severity: 'warning',
        source: { kind: 'storage', name: STORAGE_KEY },
      },
    ]);
    expect(codes(saveProgress(undefined, sampleProgress()))).toEqual(['storage-unavailable']);
  });

  it('when access throws SecurityError (private mode), loads empty and saves nothing, without throwing', () => {
    const storage = stored();
    storage.denyAccess = true;
    const loaded = loadProgress(storage, now);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(codes(loaded.notices)).toEqual(['storage-unavailable']);
    expect(codes(saveProgress(storage, sampleProgress()))).toEqual(['storage-unavailable']);
  });
});

describe('storage that is full', () => {
  it('reports QuotaExceededError and keeps both the in-memory progress and the last save', () => {
    const first = sampleProgress();
    const storage = stored(first);
    const before = storage.snapshot();
    storage.quota = 10;
    const progress = { ...first, settings: { coaching: 'assessment' as const } };
    const copy = clone(progress);
    const notices = saveProgress(storage, progress);
    expect(notices).toMatchObject([{ code: 'storage-full', severity: 'error' }]);
    expect(notices[0]?.message).toMatch(/not saved/);
    expect(progress).toEqual(copy);
    expect(storage.snapshot()).toEqual(before);
  });

  it('recognises the older code-22 form of the quota error', () => {
    const storage = new MemoryStorage();
    storage.setItem = () => {
      throw Object.assign(new Error('quota'), { code: 22 });
    };
    expect(codes(saveProgress(storage, sampleProgress()))).toEqual(['storage-full']);
  });
});

describe('damaged storage', () => {
  it('survives the saved document truncated at every length, backing up the exact text', () => {
    const text = stored().getItem(STORAGE_KEY) ?? '';
    for (let length = 0; length < text.length; length++) {
      const storage = new MemoryStorage({ [STORAGE_KEY]: text.slice(0, length) });
      const loaded = loadProgress(storage, now);
      expect(loaded.progress).toEqual(emptyProgress());
      expect(codes(loaded.notices)).toEqual(['storage-corrupt']);
      expect(loaded.notices[0]?.message).toContain(backupKey);
      expect(storage.getItem(backupKey)).toBe(text.slice(0, length));
      expect(storage.getItem(STORAGE_KEY)).toBeNull();
    }
  });

  it('says so, and leaves the data in place, when the backup cannot be written', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: '{"version":1,"runs":{' });
    storage.fullFor = (key) => key.startsWith(BACKUP_PREFIX);
    const loaded = loadProgress(storage, now);
    expect(codes(loaded.notices)).toEqual(['storage-corrupt']);
    expect(loaded.notices[0]?.message).toMatch(/could not be kept \(the browser storage is full\)/);
    expect(storage.getItem(STORAGE_KEY)).toBe('{"version":1,"runs":{');
    expect(storage.keys(BACKUP_PREFIX)).toEqual([]);
  });

  it('never overwrites an earlier backup', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: 'first', [backupKey]: 'older' });
    loadProgress(storage, now);
    storage.setItem(STORAGE_KEY, 'second');
    loadProgress(storage, now);
    expect(storage.keys(BACKUP_PREFIX).map((k) => storage.getItem(k))).toEqual([
      'older',
      'first',
      'second',
    ]);
  });

  it.each([
    ['an array', '[1,2,3]'],
    ['a string', '"hello"'],
    ['null', 'null'],
    ["another app's settings", '{"theme":"dark"}'],
    ['a version that is not a number', '{"version":"1","runs":{}}'],
    ['a version that never existed', '{"version":0,"runs":{}}'],
  ])('treats %s as foreign: backed up, then empty progress', (_what, text) => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: text });
    const loaded = loadProgress(storage, now);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.notices).toMatchObject([{ code: 'storage-foreign', severity: 'error' }]);
    expect(storage.getItem(backupKey)).toBe(text);
  });

  it('treats our document with a broken frame as corrupt', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: '{"version":1,"runs":[]}' });
    const loaded = loadProgress(storage, now);
    expect(codes(loaded.notices)).toEqual(['storage-corrupt']);
    expect(storage.getItem(backupKey)).toBe('{"version":1,"runs":[]}');
  });
});

describe('a document from a newer version', () => {
  const future = JSON.stringify({ version: 2, runs: {}, reflections: {} });

  it('is kept untouched: the app works in memory, and saving does not overwrite it', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: future });
    const loaded = loadProgress(storage, now);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.notices).toMatchObject([
      { code: 'storage-future-version', severity: 'warning', source: { name: STORAGE_KEY } },
    ]);
    expect(codes(saveProgress(storage, sampleProgress()))).toEqual(['storage-future-version']);
    expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: future });
  });
});

describe('invalid records', () => {
  const good = clone(sampleProgress());
  const broken = (mutate: (doc: Record<string, unknown> & typeof good) => void) => {
    const doc = clone(good) as Record<string, unknown> & typeof good;
    mutate(doc);
    return new MemoryStorage({ [STORAGE_KEY]: JSON.stringify(doc) });
  };

  it('keeps every valid record, backs up each invalid one verbatim, one notice each with its path', () => {
    const badEvent = { ...good.runs['r-old'], events: ['ESCALATE_TO_HR', 'A', 5] };
    const noStatus: Record<string, unknown> = { ...good.runs['r-now'] };
    delete noStatus.status;
    const storage = broken((doc) => {
      (doc.runs as Record<string, unknown>)['r-old'] = badEvent;
      (doc.runs as Record<string, unknown>)['r-now'] = noStatus;
      (doc.runs as Record<string, unknown>)['r-moved'] = good.runs['r-done'];
      doc.settings = { coaching: 'loud' } as never;
      doc.mood = 'sunny';
    });
    const loaded = loadProgress(storage, now);

    expect(Object.keys(loaded.progress.runs).sort()).toEqual(['r-done', 'r-stale']);
    expect(loaded.progress.runs['r-done']).toEqual(good.runs['r-done']);
    expect(loaded.progress.settings).toEqual({ coaching: 'assessment' });
    expect(loaded.notices.map((n) => [n.code, n.severity, n.source.path])).toEqual([
      ['record-invalid', 'warning', 'runs["r-old"].events[2]'],
      ['record-invalid', 'warning', 'runs["r-now"].status'],
      ['record-invalid', 'warning', 'runs["r-moved"].id'],
      ['record-invalid', 'warning', 'settings.coaching'],
      ['record-invalid', 'warning', 'mood'],
    ]);
    expect(loaded.notices[0]?.message).toMatch(/A saved run \("r-old"\) could not be used/);
    expect(loaded.notices[0]?.message).toContain(backupKey);
    expect(loaded.notices[1]?.message).toMatch(/"status" is missing/);
    expect(loaded.notices[3]?.message).toMatch(/default settings apply/);
    expect(new Set(loaded.notices.map((n) => n.id)).size).toBe(5);

    const backup = JSON.parse(storage.getItem(backupKey) ?? 'null') as { records: unknown[] };
    expect(backup.records).toEqual([
      { path: 'runs["r-old"]', value: badEvent },
      { path: 'runs["r-now"]', value: noStatus },
      { path: 'runs["r-moved"]', value: good.runs['r-done'] },
      { path: 'settings', value: { coaching: 'loud' } },
      { path: 'mood', value: 'sunny' },
    ]);
    // Moved, not copied: the next load is clean and finds the same progress.
    expect(loadProgress(storage, at(60))).toEqual({ progress: loaded.progress, notices: [] });
  });

  it.each([
    [
      'an unknown field',
      (r: Record<string, unknown>) => (r.colour = 'red'),
      'runs["r-now"].colour',
    ],
    [
      'a bad date',
      (r: Record<string, unknown>) => (r.updatedAt = 'yesterday'),
      'runs["r-now"].updatedAt',
    ],
    [
      'an unknown outcome',
      (r: Record<string, unknown>) => (r.ending = { id: 'x', outcome: 'great' }),
      'runs["r-now"].ending.outcome',
    ],
    [
      'an ending while in progress',
      (r: Record<string, unknown>) => (r.ending = { id: 'x', outcome: 'weak' }),
      'runs["r-now"]',
    ],
    [
      'complete without an ending',
      (r: Record<string, unknown>) => (r.status = 'complete'),
      'runs["r-now"]',
    ],
    [
      'stale without a reason',
      (r: Record<string, unknown>) => (r.status = 'stale'),
      'runs["r-now"]',
    ],
    [
      'a negative stale step',
      (r: Record<string, unknown>) =>
        Object.assign(r, { status: 'stale', stale: { step: -1, event: 'E', contentHash: 'h' } }),
      'runs["r-now"].stale.step',
    ],
    [
      'a run that is not an object',
      (_r: Record<string, unknown>, doc: { runs: Record<string, unknown> }) =>
        (doc.runs['r-now'] = 42),
      'runs["r-now"]',
    ],
  ])('rejects a run with %s, at its path', (_what, mutate, path) => {
    const storage = broken((doc) => mutate(doc.runs['r-now'] as never, doc as never));
    const loaded = loadProgress(storage, now);
    expect(loaded.notices.map((n) => [n.code, n.source.path])).toEqual([['record-invalid', path]]);
    expect(Object.keys(loaded.progress.runs).sort()).toEqual(['r-done', 'r-old', 'r-stale']);
  });

  it('when the backup cannot be written, says so and leaves storage as it was', () => {
    const storage = broken((doc) => ((doc.runs as Record<string, unknown>)['r-now'] = 'junk'));
    const before = storage.snapshot();
    storage.fullFor = (key) => key.startsWith(BACKUP_PREFIX);
    const loaded = loadProgress(storage, now);
    expect(Object.keys(loaded.progress.runs)).toHaveLength(3);
    expect(loaded.notices[0]?.message).toMatch(/could not be kept/);
    expect(storage.snapshot()).toEqual(before);
  });
});

describe('hostile keys', () => {
  it('rejects a run saved under "__proto__" without touching any prototype', () => {
    const run = { ...clone(sampleProgress()).runs['r-now'], id: '__proto__' };
    const text = `{"version":1,"runs":{"__proto__":${JSON.stringify(run)}},"settings":{"coaching":"practice"}}`;
    const loaded = loadProgress(new MemoryStorage({ [STORAGE_KEY]: text }), now);
    expect(Object.getPrototypeOf(loaded.progress.runs)).toBe(Object.prototype);
    expect(Object.keys(loaded.progress.runs)).toEqual([]);
    expect(loaded.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['record-invalid', 'runs["__proto__"]'],
    ]);
  });
});
