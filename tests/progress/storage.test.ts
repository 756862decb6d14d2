/**
 * Loading and saving never crash the app: missing, refused, full, damaged, foreign,
 * older and newer storage all end in a working in-memory progress plus a notice, and
 * data that cannot be used (or an older document) is copied to a backup key before
 * anything replaces it.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  STORAGE_KEY,
  allRuns,
  emptyProgress,
  loadProgress,
  runById,
  saveProgress,
  type Notice,
  type Progress,
} from '../../src/progress';
import { MemoryStorage, layoutStorage } from './memory-storage';
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
    const text = JSON.stringify({ ...sampleProgress(), version: 2 });
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

/** A v1 document exactly as Casebook 0.1 saved it in a learner's browser. */
const V1_TEXT =
  '{"version":1,"runs":{' +
  '"r-m7q2k1x0-4fj29dka":{"id":"r-m7q2k1x0-4fj29dka","scenarioId":"missed-deadline",' +
  '"contentHash":"9c1e0f","seed":1742,"events":["ASK_WHAT_HAPPENED","AGREE_PLAN"],' +
  '"startedAt":"2026-11-20T10:00:00.000Z","updatedAt":"2026-11-20T10:04:12.345Z",' +
  '"finishedAt":"2026-11-20T10:04:12.345Z","status":"complete",' +
  '"ending":{"id":"outcome-owned-plan","outcome":"strong"}},' +
  '"r-m7q3a9b1-0k4z9xya":{"id":"r-m7q3a9b1-0k4z9xya","scenarioId":"first-delegation",' +
  '"contentHash":"77ab20","seed":5,"events":["DELEGATE_VAGUELY"],' +
  '"startedAt":"2026-11-21T08:30:00.000Z","updatedAt":"2026-11-21T08:31:00.000Z",' +
  '"status":"stale","stale":{"step":0,"event":"DELEGATE_VAGUELY","contentHash":"88cd31"}},' +
  '"r-m7q4c2d3-zz000001":{"id":"r-m7q4c2d3-zz000001","scenarioId":"missed-deadline",' +
  '"contentHash":"9c1e0f","seed":99,"events":[],' +
  '"startedAt":"2026-11-22T12:00:00.000Z","updatedAt":"2026-11-22T12:00:00.000Z",' +
  '"status":"active"}},' +
  '"settings":{"coaching":"practice"}}';

/** The same progress as v3, written out by hand. */
const V1_AS_V3: Progress = {
  version: 3,
  runs: {
    'r-m7q2k1x0-4fj29dka': {
      id: 'r-m7q2k1x0-4fj29dka',
      scenarioId: 'missed-deadline',
      contentHash: '9c1e0f',
      seed: 1742,
      events: ['ASK_WHAT_HAPPENED', 'AGREE_PLAN'],
      startedAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:04:12.345Z',
      finishedAt: '2026-11-20T10:04:12.345Z',
      status: 'complete',
      ending: { id: 'outcome-owned-plan', outcome: 'strong' },
    },
    'r-m7q3a9b1-0k4z9xya': {
      id: 'r-m7q3a9b1-0k4z9xya',
      scenarioId: 'first-delegation',
      contentHash: '77ab20',
      seed: 5,
      events: ['DELEGATE_VAGUELY'],
      startedAt: '2026-11-21T08:30:00.000Z',
      updatedAt: '2026-11-21T08:31:00.000Z',
      status: 'stale',
      stale: { step: 0, event: 'DELEGATE_VAGUELY', contentHash: '88cd31' },
    },
    'r-m7q4c2d3-zz000001': {
      id: 'r-m7q4c2d3-zz000001',
      scenarioId: 'missed-deadline',
      contentHash: '9c1e0f',
      seed: 99,
      events: [],
      startedAt: '2026-11-22T12:00:00.000Z',
      updatedAt: '2026-11-22T12:00:00.000Z',
      status: 'active',
    },
  },
  settings: { coaching: 'practice' },
  profile: {},
  reflections: {},
};

describe('a v1 document from an earlier Casebook', () => {
  it('loads as v3 with every run, after copying the original verbatim to a backup key', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: V1_TEXT });
    const loaded = loadProgress(storage, now);
    expect(loaded.progress).toEqual(V1_AS_V3);
    expect(storage.getItem(backupKey)).toBe(V1_TEXT);
    expect(loaded.notices).toMatchObject([
      {
        code: 'storage-upgraded',
        severity: 'info',
        source: { kind: 'storage', name: STORAGE_KEY },
      },
    ]);
    expect(loaded.notices[0]?.message).toMatch(/from format 1 to 3\). All of it was kept/);
    expect(loaded.notices[0]?.message).toContain(`kept in this browser under "${backupKey}"`);
  });

  it('is upgraded once: the v3 layout replaces it, and the next load is silent', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: V1_TEXT });
    const first = loadProgress(storage, now);
    const { runs, reflections, ...main } = V1_AS_V3;
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null')).toEqual(main);
    expect(reflections).toEqual({});
    for (const [id, run] of Object.entries(runs))
      expect(JSON.parse(storage.getItem(`casebook:run:${id}`) ?? 'null')).toEqual(run);
    expect(loadProgress(storage, at(60))).toEqual({ progress: first.progress, notices: [] });
    expect(storage.keys(BACKUP_PREFIX)).toEqual([backupKey]);
  });

  it('keeps working, and leaves the v1 document in place, when the copy cannot be written', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: V1_TEXT });
    storage.fullFor = (key) => key.startsWith(BACKUP_PREFIX);
    const loaded = loadProgress(storage, now);
    expect(loaded.progress).toEqual(V1_AS_V3);
    expect(codes(loaded.notices)).toEqual(['storage-upgraded']);
    expect(loaded.notices[0]?.message).toMatch(/could not be kept \(the browser storage is full\)/);
    expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: V1_TEXT });
  });

  it('with an invalid run, keeps the rest; the one copy of the original holds the bad run', () => {
    const doc = JSON.parse(V1_TEXT) as { runs: Record<string, Record<string, unknown>> };
    const bad = doc.runs['r-m7q4c2d3-zz000001'];
    if (bad) bad.status = 'finished';
    const text = JSON.stringify(doc);
    const storage = new MemoryStorage({ [STORAGE_KEY]: text });
    const loaded = loadProgress(storage, now);
    expect(Object.keys(allRuns(loaded.progress))).toEqual([
      'r-m7q2k1x0-4fj29dka',
      'r-m7q3a9b1-0k4z9xya',
    ]);
    expect(loaded.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['storage-upgraded', undefined],
      ['record-invalid', 'runs["r-m7q4c2d3-zz000001"].status'],
    ]);
    expect(loaded.notices[1]?.message).toContain(backupKey);
    expect(storage.keys(BACKUP_PREFIX)).toEqual([backupKey]);
    expect(storage.getItem(backupKey)).toBe(text);
  });

  it('backs up a damaged v1 document verbatim, as any damaged document', () => {
    const text = V1_TEXT.replace('"runs":{', '"runs":[');
    const storage = new MemoryStorage({ [STORAGE_KEY]: text });
    expect(codes(loadProgress(storage, now).notices)).toEqual(['storage-corrupt']);
    expect(storage.getItem(backupKey)).toBe(text);
  });
});

describe('a document from a newer version', () => {
  const future = JSON.stringify({ version: 4, runs: {}, reflections: {}, badges: [] });

  it('is kept untouched: the app works in memory, and saving does not overwrite it', () => {
    const storage = new MemoryStorage({ [STORAGE_KEY]: future });
    const loaded = loadProgress(storage, now);
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.notices).toMatchObject([
      { code: 'storage-future-version', severity: 'warning', source: { name: STORAGE_KEY } },
    ]);
    expect(loaded.readOnly).toBe(4);
    const saved = saveProgress(storage, sampleProgress(), { readOnly: loaded.readOnly });
    expect(codes(saved)).toEqual(['storage-future-version']);
    expect(storage.snapshot()).toEqual({ [STORAGE_KEY]: future });
  });
});

describe('invalid records', () => {
  const good = clone(sampleProgress());
  const broken = (mutate: (doc: Record<string, unknown> & typeof good) => void) => {
    const doc = clone(good) as Record<string, unknown> & typeof good;
    mutate(doc);
    return layoutStorage(doc);
  };

  it('keeps every valid record, backs up each invalid one verbatim, one notice each with its path', () => {
    const badEvent = { ...runById(good, 'r-old'), events: ['ESCALATE_TO_HR', 'A', 5] };
    const noStatus: Record<string, unknown> = { ...runById(good, 'r-now') };
    delete noStatus.status;
    const storage = broken((doc) => {
      (allRuns(doc) as Record<string, unknown>)['r-old'] = badEvent;
      (allRuns(doc) as Record<string, unknown>)['r-now'] = noStatus;
      (allRuns(doc) as Record<string, unknown>)['r-moved'] = runById(good, 'r-done');
      doc.settings = { coaching: 'loud' } as never;
      doc.mood = 'sunny';
    });
    const loaded = loadProgress(storage, now);

    expect(Object.keys(allRuns(loaded.progress)).sort()).toEqual(['r-done', 'r-stale']);
    expect(runById(loaded.progress, 'r-done')).toEqual(runById(good, 'r-done'));
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
      { path: 'runs["r-moved"]', value: runById(good, 'r-done') },
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
    const storage = broken((doc) => mutate(runById(doc, 'r-now') as never, doc as never));
    const loaded = loadProgress(storage, now);
    expect(loaded.notices.map((n) => [n.code, n.source.path])).toEqual([['record-invalid', path]]);
    expect(Object.keys(allRuns(loaded.progress)).sort()).toEqual(['r-done', 'r-old', 'r-stale']);
  });

  it('when the backup cannot be written, says so and leaves storage as it was', () => {
    const storage = broken((doc) => ((allRuns(doc) as Record<string, unknown>)['r-now'] = 'junk'));
    const before = storage.snapshot();
    storage.fullFor = (key) => key.startsWith(BACKUP_PREFIX);
    const loaded = loadProgress(storage, now);
    expect(Object.keys(allRuns(loaded.progress))).toHaveLength(3);
    expect(loaded.notices[0]?.message).toMatch(/could not be kept/);
    expect(storage.snapshot()).toEqual(before);
  });
});

describe('invalid reflections and profile', () => {
  const good = clone(sampleProgress());
  type Doc = Record<string, unknown> & {
    reflections: Record<string, unknown>;
    profile: unknown;
  };
  const load = (mutate: (doc: Doc) => void) => {
    const doc = clone(good) as unknown as Doc;
    mutate(doc);
    const storage = layoutStorage(doc);
    return { storage, loaded: loadProgress(storage, now) };
  };
  const reflection = (plan: Record<string, unknown>) => ({
    runId: 'r-1',
    answers: { 'went-well': 'Listened.' },
    plan: { what: 'Ask first', who: 'Sam', ...plan },
    updatedAt: at(40).toISOString(),
  });

  it('moves an invalid reflection to the backup with its path, and keeps the others', () => {
    const bad = reflection({ when: 42 });
    const { storage, loaded } = load((doc) => (doc.reflections['r-1'] = bad));
    expect(loaded.progress.reflections).toEqual(good.reflections);
    expect(allRuns(loaded.progress)).toEqual(allRuns(good));
    expect(loaded.progress.profile).toEqual(good.profile);
    expect(loaded.notices.map((n) => [n.code, n.severity, n.source.path])).toEqual([
      ['record-invalid', 'warning', 'reflections["r-1"].plan.when'],
    ]);
    expect(loaded.notices[0]?.message).toMatch(
      /^Your reflection on a run \("r-1"\) could not be used: "when" should be text but is 42\./,
    );
    expect(loaded.notices[0]?.message).toContain(backupKey);
    const backup = JSON.parse(storage.getItem(backupKey) ?? 'null') as { records: unknown[] };
    expect(backup.records).toEqual([{ path: 'reflections["r-1"]', value: bad }]);
    expect(loadProgress(storage, at(60))).toEqual({ progress: loaded.progress, notices: [] });
  });

  it('keeps a reflection whose run does not exist', () => {
    expect(runById(good, 'r-gone')).toBeUndefined();
    const { loaded } = load(() => {});
    expect(loaded.progress.reflections['r-gone']).toEqual(good.reflections['r-gone']);
    expect(loaded.notices).toEqual([]);
  });

  it('takes text of exactly the limit, and rejects a reflection with longer text', () => {
    const limit = load((doc) => (doc.reflections['r-1'] = reflection({ when: 'x'.repeat(5000) })));
    expect(limit.loaded.notices).toEqual([]);
    expect(limit.loaded.progress.reflections['r-1']?.plan.when).toHaveLength(5000);
    const { loaded } = load((doc) => {
      const r = reflection({ when: 'Friday' });
      r.answers['went-well'] = 'x'.repeat(5001);
      doc.reflections['r-1'] = r;
    });
    expect(loaded.notices.map((n) => n.source.path)).toEqual([
      'reflections["r-1"].answers["went-well"]',
    ]);
    expect(loaded.notices[0]?.message).toMatch(/"went-well" is longer than 5,000 characters/);
    expect(loaded.progress.reflections['r-1']).toBeUndefined();
  });

  it.each([
    ['a prompt id that is not kebab-case', { 'Went Well': 'x' }, 'answers["Went Well"]'],
    ['a prompt id that is a plain word', { summary: 5 }, 'answers["summary"]'],
    ['a reserved prompt id', { 'went-well': 'a', constructor: 'b' }, 'answers["constructor"]'],
    ['"prototype" as a prompt id', { prototype: 'b' }, 'answers["prototype"]'],
  ])('rejects a reflection with %s, at its path', (_what, answers, path) => {
    const { loaded } = load((doc) => {
      doc.reflections['r-1'] = { ...reflection({ when: 'Friday' }), answers };
    });
    expect(loaded.notices.map((n) => n.source.path)).toEqual([`reflections["r-1"].${path}`]);
    expect(loaded.progress.reflections['r-1']).toBeUndefined();
    expect(Object.keys(loaded.progress.reflections).sort()).toEqual(['r-done', 'r-gone']);
  });

  it.each([
    ['a run id that differs from its key', { runId: 'r-2' }, 'reflections["r-1"].runId'],
    ['an unknown field', { mood: 'tired' }, 'reflections["r-1"].mood'],
    ['no plan', { plan: undefined }, 'reflections["r-1"].plan'],
    ['a bad date', { updatedAt: 'today' }, 'reflections["r-1"].updatedAt'],
    ['answers saved as a list', { answers: ['Listened.'] }, 'reflections["r-1"].answers'],
  ])('rejects a reflection with %s', (_what, change, path) => {
    const { loaded } = load((doc) => {
      doc.reflections['r-1'] = { ...reflection({ when: 'Friday' }), ...change };
    });
    expect(loaded.notices.map((n) => n.source.path)).toEqual([path]);
    expect(Object.keys(loaded.progress.reflections).sort()).toEqual(['r-done', 'r-gone']);
  });

  it('sets aside reflections that are not a group of reflections, and loads the runs', () => {
    const text = JSON.stringify({ ...good, version: 2, reflections: ['I did well'] });
    const storage = new MemoryStorage({ [STORAGE_KEY]: text });
    const loaded = loadProgress(storage, now);
    expect(allRuns(loaded.progress)).toEqual(allRuns(good));
    expect(loaded.progress.reflections).toEqual({});
    expect(loaded.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['storage-upgraded', undefined],
      ['record-invalid', 'reflections'],
    ]);
    expect(storage.getItem(backupKey)).toBe(text);
  });

  it('starts with an empty profile when the saved one is unusable, and says so', () => {
    const { loaded } = load((doc) => (doc.profile = { stage: 'intern', demands: 'both' }));
    expect(loaded.progress.profile).toEqual({});
    expect(loaded.progress.reflections).toEqual(good.reflections);
    expect(loaded.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['record-invalid', 'profile.stage'],
    ]);
    expect(loaded.notices[0]?.message).toMatch(/^Your learner profile could not be used/);
    expect(loaded.notices[0]?.message).toMatch(/Your profile is empty for now/);
  });

  it('rejects a profile saved as a list, even an empty one', () => {
    const { loaded } = load((doc) => (doc.profile = []));
    expect(loaded.progress.profile).toEqual({});
    expect(loaded.notices.map((n) => n.source.path)).toEqual(['profile']);
    expect(loaded.notices[0]?.message).toMatch(
      /could not be used: it should be a group of named fields but is a list/,
    );
  });

  it('treats a v2 document without profile or reflections as having none', () => {
    const { loaded } = load((doc) => {
      delete doc.profile;
      delete (doc as Record<string, unknown>).reflections;
    });
    expect(loaded.notices).toEqual([]);
    expect(loaded.progress.profile).toEqual({});
    expect(loaded.progress.reflections).toEqual({});
  });
});

describe('hostile keys', () => {
  it('rejects a run saved under "__proto__" without touching any prototype', () => {
    const run = { ...runById(clone(sampleProgress()), 'r-now'), id: '__proto__' };
    const main = '{"version":3,"settings":{"coaching":"practice"}}';
    const storage = new MemoryStorage({ [STORAGE_KEY]: main });
    storage.items.set('casebook:run:__proto__', JSON.stringify(run));
    const loaded = loadProgress(storage, now);
    expect(Object.getPrototypeOf(allRuns(loaded.progress))).toBe(Object.prototype);
    expect(Object.keys(allRuns(loaded.progress))).toEqual([]);
    expect(loaded.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['record-invalid', 'runs["__proto__"]'],
    ]);
  });

  it('rejects a reflection saved under "__proto__" without touching any prototype', () => {
    const reflection =
      '{"runId":"__proto__","answers":{},"plan":{"what":"","who":"","when":""},' +
      '"updatedAt":"2025-03-01T09:00:00.000Z"}';
    const storage = new MemoryStorage({ [STORAGE_KEY]: '{"version":3,"profile":{}}' });
    storage.items.set('casebook:reflection:__proto__', reflection);
    const loaded = loadProgress(storage, now);
    expect(Object.getPrototypeOf(loaded.progress.reflections)).toBe(Object.prototype);
    expect(Object.keys(loaded.progress.reflections)).toEqual([]);
    expect(loaded.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['record-invalid', 'reflections["__proto__"]'],
    ]);
  });
});
