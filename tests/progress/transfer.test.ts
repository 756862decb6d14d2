/**
 * Export writes all progress to a file; import reads it back with the same checks as
 * storage and merges run by run (a later `updatedAt` wins, a tie keeps ours). A bad
 * file never costs the current progress anything and is named in the notice.
 */
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  exportProgress,
  importProgress,
  recordChoice,
  setCoaching,
  startRun,
  type Progress,
} from '../../src/progress';
import { at, clone, sampleProgress } from './sample';

const now = at(59);
const FILE = 'casebook-progress-2025-03-01.json';

describe('export', () => {
  it('writes a pretty, self-describing JSON file', () => {
    const progress = sampleProgress();
    const text = exportProgress(progress, now);
    expect(text).toMatch(/^\{\n {2}"format": "casebook-progress",\n {2}"version": 1,/);
    expect(JSON.parse(text)).toEqual({
      format: 'casebook-progress',
      version: 1,
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
      version: 2,
      progress: { version: 2 },
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
    expect(Object.keys(result.progress.runs).sort()).toEqual(['r-done', 'r-now', 'r-stale']);
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

describe('merge rules', () => {
  const here = sampleProgress();
  /** The file: r-now played further elsewhere, r-old older there, r-done identical, plus a new run. */
  function elsewhere(): Progress {
    let p = recordChoice(here, 'r-now', 'NAME_THE_MISSED_DATES', at(40));
    p = {
      ...p,
      runs: {
        ...p.runs,
        'r-old': { ...here.runs['r-old']!, events: [], updatedAt: at(5).toISOString() },
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
    const result = importProgress(here, exportProgress(elsewhere(), now), FILE, now);
    expect(result.progress.runs['r-away']).toEqual(elsewhere().runs['r-away']);
    expect(result.progress.runs['r-now']?.events).toEqual([
      'ASK_WHAT_HAPPENED',
      'NAME_THE_MISSED_DATES',
    ]);
    expect(result.progress.runs['r-old']).toBe(here.runs['r-old']);
    expect(result.progress.runs['r-done']).toBe(here.runs['r-done']);
    expect(result.notices[0]?.message).toMatch(
      /1 new run added, 1 run updated from the file, 1 run kept/,
    );
  });

  it('keeps ours on a tie, and keeps runs that are only here', () => {
    const other = { ...here, runs: { 'r-now': { ...here.runs['r-now']!, events: ['DIFFERENT'] } } };
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
