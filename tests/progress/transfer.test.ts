/**
 * Export writes all progress to a file; import reads it back with the same checks as
 * storage (migrating older files) and merges record by record: runs and reflections by
 * `updatedAt` (later wins, a tie keeps ours), the profile whole by its `updatedAt`. A
 * bad file never costs the current progress anything and is named in the notice.
 */
import { describe, expect, it } from 'vitest';
import {
  allRuns,
  backupWriter,
  emptyProgress,
  exportProgress,
  importProgress,
  recordChoice,
  runById,
  saveReflection,
  setCoaching,
  setProfile,
  startRun,
  type Progress,
} from '../../src/progress';
import { MemoryStorage } from './memory-storage';
import { at, clone, sampleProgress } from './sample';

const now = at(59);
const FILE = 'casebook-progress-2025-03-01.json';
/** Somewhere to back up what an import replaces (without one, nothing is replaced). */
const keeping = () => ({ backup: backupWriter(new MemoryStorage(), now) });

describe('export', () => {
  it('writes a pretty, self-describing JSON file', () => {
    const progress = sampleProgress();
    const text = exportProgress(progress, now);
    expect(text).toMatch(/^\{\n {2}"format": "casebook-progress",\n {2}"version": 3,/);
    expect(JSON.parse(text)).toEqual({
      format: 'casebook-progress',
      version: 3,
      exportedAt: now.toISOString(),
      progress: clone(progress),
    });
  });
});

describe('import', () => {
  it('round-trips: exporting then importing into an empty browser gives the same progress', () => {
    const progress = sampleProgress();
    const result = importProgress(emptyProgress(), exportProgress(progress, now), FILE, now);
    expect(result.progress).toEqual(progress);
    expect(result.notices).toMatchObject([
      { code: 'import-merged', severity: 'info', source: { kind: 'import', name: FILE } },
    ]);
    expect(result.notices[0]?.message).toMatch(/4 new runs added, 0 runs updated/);
    expect(result.notices[0]?.message).toMatch(/settings were taken from the file/);
  });

  it('round-trips reflections and the profile', () => {
    const progress = sampleProgress();
    const file = JSON.parse(exportProgress(progress, now)) as { progress: Progress };
    expect(file.progress.reflections).toEqual(clone(progress.reflections));
    expect(file.progress.profile).toEqual({
      stage: 'new-manager',
      demands: 'both',
      updatedAt: at(6).toISOString(),
    });
    const result = importProgress(emptyProgress(), exportProgress(progress, now), FILE, now);
    expect(result.progress.reflections).toEqual(progress.reflections);
    expect(result.progress.profile).toEqual(progress.profile);
    expect(result.notices[0]?.message).toMatch(
      /Reflections: 2 added, 0 updated from the file, 0 kept as in this browser\./,
    );
    expect(result.notices[0]?.message).toMatch(/learner profile was taken from the file/);
  });

  it('imports a version-1 export through the same migration', () => {
    const v1 = JSON.stringify({
      format: 'casebook-progress',
      version: 1,
      exportedAt: '2026-11-21T10:00:00.000Z',
      progress: {
        version: 1,
        runs: {
          'r-moved': {
            id: 'r-moved',
            scenarioId: 'missed-deadline',
            contentHash: 'x',
            seed: 3,
            events: ['ACCEPT_FRIDAY'],
            startedAt: '2026-11-21T09:00:00.000Z',
            updatedAt: '2026-11-21T09:01:00.000Z',
            status: 'active',
          },
        },
        settings: { coaching: 'practice' },
      },
    });
    const here = sampleProgress();
    const result = importProgress(here, v1, FILE, now);
    expect(runById(result.progress, 'r-moved')?.events).toEqual(['ACCEPT_FRIDAY']);
    expect(result.progress.reflections).toBe(here.reflections);
    expect(result.progress.profile).toBe(here.profile);
    expect(result.notices.map((n) => n.code)).toEqual(['import-merged']);
    expect(result.notices[0]?.message).not.toMatch(/Reflections|profile/);
  });

  it('imports a file exported by the v2 release (the file format did not change with the storage layout)', () => {
    const progress = sampleProgress();
    const v2 = exportProgress(progress, now)
      .replace('"version": 3,', '"version": 2,')
      .replace('"version": 3,', '"version": 2,');
    expect(JSON.parse(v2)).toMatchObject({ version: 2, progress: { version: 2 } });
    const result = importProgress(emptyProgress(), v2, FILE, now);
    expect(allRuns(result.progress)).toEqual(allRuns(progress));
    expect(result.progress.reflections).toEqual(progress.reflections);
    expect(result.notices.map((n) => n.code)).toEqual(['import-merged']);
  });

  it('changes nothing when the file holds what is already here', () => {
    const progress = sampleProgress();
    const result = importProgress(progress, exportProgress(progress, now), FILE, now);
    expect(result.progress).toBe(progress);
    expect(result.notices[0]?.message).toMatch(
      /0 new runs added, 0 runs updated from the file, 0 runs kept/,
    );
  });

  it.each([
    ['garbage', 'not json at all'],
    ['an empty file', ''],
    ['a truncated export', exportProgress(sampleProgress(), now).slice(0, 200)],
    ['another format', JSON.stringify({ format: 'someone-else', version: 1, progress: {} })],
    ['bare JSON', '[1, 2, 3]'],
    [
      'an export with no runs',
      JSON.stringify({ format: 'casebook-progress', version: 1, progress: { version: 1 } }),
    ],
  ])('refuses %s, naming the file and keeping the progress', (_what, text) => {
    const progress = sampleProgress();
    const result = importProgress(progress, text, FILE, now);
    expect(result.progress).toBe(progress);
    expect(result.notices).toMatchObject([
      { code: 'import-invalid', severity: 'error', source: { kind: 'import', name: FILE } },
    ]);
    expect(result.notices[0]?.message).toContain(`"${FILE}" could not be imported`);
    expect(result.notices[0]?.message).toMatch(/current progress is unchanged/);
  });

  it('refuses a file from a newer version', () => {
    const progress = sampleProgress();
    const text = JSON.stringify({
      format: 'casebook-progress',
      version: 4,
      progress: { version: 4 },
    });
    const result = importProgress(progress, text, FILE, now);
    expect(result.progress).toBe(progress);
    expect(result.notices.map((n) => n.code)).toEqual(['import-future-version']);
  });

  it('imports the good runs of a file with bad ones, pointing at each bad one in the file', () => {
    const file = JSON.parse(exportProgress(sampleProgress(), now)) as {
      progress: { runs: Record<string, { events: unknown[] }> };
    };
    const broken = file.progress.runs['r-old'];
    if (broken) broken.events[0] = null;
    const result = importProgress(emptyProgress(), JSON.stringify(file), FILE, now);
    expect(Object.keys(allRuns(result.progress)).sort()).toEqual(['r-done', 'r-now', 'r-stale']);
    expect(result.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['record-invalid', 'progress.runs["r-old"].events[0]'],
      ['import-merged', undefined],
    ]);
    expect(result.notices[0]?.message).toMatch(/left out of the import/);
  });

  it('gives each import its own notice ids', () => {
    const text = exportProgress(sampleProgress(), now);
    const first = importProgress(emptyProgress(), text, FILE, at(1));
    const second = importProgress(emptyProgress(), text, FILE, at(2));
    expect(first.notices[0]?.id).not.toBe(second.notices[0]?.id);
  });
});

describe('merge rules for reflections and the profile', () => {
  const here = sampleProgress();

  it('adds new reflections, takes later ones from the file, keeps ours when not older', () => {
    let there = saveReflection(here, 'r-done', { plan: { who: 'Priya' } }, at(40));
    there = saveReflection(there, 'r-now', { answers: { 'went-well': 'New one' } }, at(41));
    there = {
      ...there,
      reflections: {
        ...there.reflections,
        'r-gone': { ...here.reflections['r-gone']!, answers: { 'went-well': 'Same time' } },
      },
    };
    const mine = saveReflection(here, 'r-stale', { answers: { 'went-well': 'Only here' } }, at(42));
    const result = importProgress(mine, exportProgress(there, now), FILE, now, keeping());
    expect(result.progress.reflections['r-done']?.plan.who).toBe('Priya');
    expect(result.progress.reflections['r-now']?.answers).toEqual({ 'went-well': 'New one' });
    expect(result.progress.reflections['r-gone']).toBe(mine.reflections['r-gone']);
    expect(result.progress.reflections['r-stale']).toBe(mine.reflections['r-stale']);
    expect(result.notices[0]?.message).toMatch(
      /Reflections: 1 added, 1 updated from the file, 1 kept as in this browser\./,
    );
  });

  it('keeps our reflection when the file has an older one', () => {
    const mine = saveReflection(here, 'r-done', { plan: { who: 'Mine' } }, at(45));
    const there = saveReflection(here, 'r-done', { plan: { who: 'Theirs' } }, at(44));
    const result = importProgress(mine, exportProgress(there, now), FILE, now);
    expect(result.progress).toBe(mine);
  });

  it("takes the file's profile only when it is newer", () => {
    const newer = setProfile(here, { stage: 'senior-leader' }, at(40));
    const taken = importProgress(here, exportProgress(newer, now), FILE, now, keeping());
    expect(taken.progress.profile).toEqual(newer.profile);
    expect(taken.notices[0]?.message).toMatch(/learner profile was taken from the file/);

    const kept = importProgress(newer, exportProgress(here, now), FILE, now);
    expect(kept.progress).toBe(newer);
    expect(kept.notices[0]?.message).not.toMatch(/profile/);

    const tie = { ...here, profile: { ...here.profile, demands: 'execution' as const } };
    expect(importProgress(here, exportProgress(tie, now), FILE, now).progress).toBe(here);
  });

  it('never takes a profile that was never answered, and takes any answered one into an empty one', () => {
    const blank = emptyProgress();
    expect(importProgress(here, exportProgress(blank, now), FILE, now).progress.profile).toBe(
      here.profile,
    );
    const answered = setProfile(blank, { demands: 'execution' }, at(1));
    expect(
      importProgress(blank, exportProgress(answered, now), FILE, now).progress.profile,
    ).toEqual({ demands: 'execution', updatedAt: at(1).toISOString() });
  });

  it('leaves out an invalid reflection in the file, naming its path, and imports the rest', () => {
    const file = JSON.parse(exportProgress(here, now)) as {
      progress: { reflections: Record<string, { plan: Record<string, unknown> }> };
    };
    const bad = file.progress.reflections['r-done'];
    if (bad) bad.plan.when = 'x'.repeat(5001);
    const result = importProgress(emptyProgress(), JSON.stringify(file), FILE, now);
    expect(Object.keys(result.progress.reflections)).toEqual(['r-gone']);
    expect(Object.keys(allRuns(result.progress))).toHaveLength(4);
    expect(result.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['record-invalid', 'progress.reflections["r-done"].plan.when'],
      ['import-merged', undefined],
    ]);
    expect(result.notices[0]?.message).toMatch(
      /Your reflection on a run \("r-done"\) in the file could not be used: "when" is longer than 5,000 characters/,
    );
  });
});

describe('merge rules', () => {
  const here = sampleProgress();
  /** The file: r-now played further elsewhere, r-old older there, r-done identical, plus a new run. */
  function elsewhere(): Progress {
    let p = recordChoice(here, 'r-now', 'NAME_THE_MISSED_DATES', at(40));
    p = {
      ...p,
      runs: {
        ...allRuns(p),
        'r-old': { ...runById(here, 'r-old')!, events: [], updatedAt: at(5).toISOString() },
      },
    };
    p = startRun(p, {
      id: 'r-away',
      scenarioId: 'missed-deadline',
      contentHash: 'h1',
      seed: 3,
      now: at(45),
    });
    return p;
  }

  it('adds new runs, takes later ones from the file, keeps ours when the file is older', () => {
    const result = importProgress(here, exportProgress(elsewhere(), now), FILE, now, keeping());
    expect(runById(result.progress, 'r-away')).toEqual(runById(elsewhere(), 'r-away'));
    expect(runById(result.progress, 'r-now')?.events).toEqual([
      'ASK_WHAT_HAPPENED',
      'NAME_THE_MISSED_DATES',
    ]);
    expect(runById(result.progress, 'r-old')).toBe(runById(here, 'r-old'));
    expect(runById(result.progress, 'r-done')).toBe(runById(here, 'r-done'));
    expect(result.notices[0]?.message).toMatch(
      /1 new run added, 1 run updated from the file, 1 run kept/,
    );
  });

  it('keeps ours on a tie, and keeps runs that are only here', () => {
    const other = {
      ...here,
      runs: { 'r-now': { ...runById(here, 'r-now')!, events: ['DIFFERENT'] } },
    };
    const result = importProgress(here, exportProgress(other, now), FILE, now);
    expect(result.progress).toBe(here);
  });

  it("takes the file's settings, but not when the file's settings are unusable", () => {
    const plain = setCoaching(here, 'assessment');
    expect(
      importProgress(plain, exportProgress(here, now), FILE, now).progress.settings.coaching,
    ).toBe('practice');
    const file = JSON.parse(exportProgress(plain, now)) as { progress: { settings: unknown } };
    file.progress.settings = { coaching: 'shouting' };
    const result = importProgress(here, JSON.stringify(file), FILE, now);
    expect(result.progress.settings.coaching).toBe('practice');
    expect(result.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['record-invalid', 'progress.settings.coaching'],
      ['import-merged', undefined],
    ]);
  });
});
