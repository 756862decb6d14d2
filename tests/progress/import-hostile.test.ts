/**
 * A doctored progress file: run ids no link can hold are renamed (and reflections
 * follow), notices about many records are one notice, and hostile content (prototype
 * keys, huge numbers, NaN-ish strings, deep nesting, 50 MB) is refused or left out
 * with a located notice, never at the cost of what is already here.
 */
import { describe, expect, it } from 'vitest';
import {
  EVENT_LIMIT,
  IMPORT_LIMIT,
  RUN_ID_LIMIT,
  STORAGE_KEY,
  allRuns,
  importProgress,
  isUsableRunId,
  loadProgress,
  reconcile,
  runById,
  type Progress,
  type SavedRun,
} from '../../src/progress';
import { parseRoute } from '../../src/ui/routing';
import { MemoryStorage } from './memory-storage';
import { at, sampleProgress } from './sample';

const now = at(59);
const FILE = 'doctored.json';

const run = (id: string, scenarioId = 'missed-deadline'): SavedRun => ({
  id,
  scenarioId,
  contentHash: 'h1',
  seed: 1,
  events: [],
  startedAt: at(0).toISOString(),
  updatedAt: at(0).toISOString(),
  status: 'active',
});

/** An export file written as text, so keys such as `__proto__` are kept as JSON has them. */
function fileText(runs: [string, unknown][], reflections: [string, unknown][] = []): string {
  const group = (entries: [string, unknown][]) =>
    `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
  return (
    `{"format":"casebook-progress","version":2,"progress":{"version":2,` +
    `"runs":${group(runs)},"settings":{"coaching":"assessment"},"profile":{},` +
    `"reflections":${group(reflections)}}}`
  );
}

const reflection = (runId: string, words: string) => ({
  runId,
  answers: { 'went-well': words },
  plan: { what: '', who: '', when: '' },
  updatedAt: at(1).toISOString(),
});

const ODD_IDS = [
  'a/b',
  '50%',
  'a b',
  'a#b',
  '..',
  '',
  'x'.repeat(10_000),
  '__proto__',
  'constructor',
];

describe('run ids no link can hold', () => {
  it('renames each to a fresh id the router reaches, and its reflection follows', () => {
    const text = fileText(
      [...ODD_IDS.map((id) => [id, run(id)] as [string, unknown]), ['r-plain', run('r-plain')]],
      ODD_IDS.map((id) => [id, reflection(id, `Words for ${id.slice(0, 5)}`)]),
    );
    const result = importProgress(sampleProgress(), text, FILE, now);
    const imported = Object.values(allRuns(result.progress)).filter(
      (r) => r.startedAt === run('x').startedAt && !['r-done'].includes(r.id),
    );
    const renamed = imported.filter((r) => r.id.startsWith('r-imported-'));
    expect(renamed).toHaveLength(ODD_IDS.length);
    expect(runById(result.progress, 'r-plain')).toEqual(run('r-plain'));
    for (const r of renamed) {
      expect(isUsableRunId(r.id)).toBe(true);
      expect(parseRoute(`#/s/missed-deadline/runs/${r.id}`)).toEqual({
        page: 'end',
        id: 'missed-deadline',
        run: r.id,
      });
      expect(result.progress.reflections[r.id]?.runId).toBe(r.id);
    }
    expect(Object.values(result.progress.reflections).map((f) => f.answers['went-well'])).toEqual(
      expect.arrayContaining(ODD_IDS.map((id) => `Words for ${id.slice(0, 5)}`)),
    );
    expect(Object.getPrototypeOf(allRuns(result.progress))).toBe(Object.prototype);
    expect(Object.hasOwn(allRuns(result.progress), '__proto__')).toBe(false);

    const notice = result.notices.find((n) => n.code === 'runs-renamed');
    expect(notice?.message).toMatch(
      /^9 runs in "doctored\.json" had ids that cannot be part of a link, so they were given new ones: "a\/b" is now "r-imported-[0-9a-z]+", "50%" is now "r-imported-[0-9a-z]+", "a b" is now "r-imported-[0-9a-z]+" and 6 more\. Reflections on them moved with them/,
    );

    // The new ids come from the old ones: the same file again merges instead of adding.
    const again = importProgress(result.progress, text, FILE, at(60));
    expect(again.progress).toBe(result.progress);
    expect(again.notices.find((n) => n.code === 'import-merged')?.message).toMatch(
      /^Imported "doctored\.json": 0 new runs added, 0 runs updated/,
    );
  });

  it("holds the same rule as the router's, plus a length limit", () => {
    for (const id of ['r-m3kx1q2a-0k4z9xya', 'A_b-9', 'x'.repeat(RUN_ID_LIMIT)]) {
      expect(isUsableRunId(id)).toBe(true);
      expect(parseRoute(`#/s/s/runs/${id}`).page).toBe('end');
    }
    for (const id of ['a/b', 'a b', 'a#b', '..', '', 'é', 'a.b'])
      expect(
        isUsableRunId(id) || parseRoute(`#/s/s/runs/${encodeURIComponent(id)}`).page === 'end',
      ).toBe(false);
    expect(isUsableRunId('x'.repeat(RUN_ID_LIMIT + 1))).toBe(false);
  });

  it('points a problem in a renamed run at its key in the file', () => {
    const bad = { ...run('a b'), seed: 'NaN' };
    const result = importProgress(sampleProgress(), fileText([['a b', bad]]), FILE, now);
    expect(result.notices.find((n) => n.code === 'record-invalid')?.source.path).toBe(
      'progress.runs["a b"].seed',
    );
  });
});

describe('notices about many records', () => {
  /** A course that serves no scenario. */
  const nothing = { ids: [], versions: [] };
  const gone = (n: number): Progress => {
    const runs: Record<string, SavedRun> = {};
    for (let i = 0; i < n; i++) runs[`r-${i}`] = run(`r-${i}`, `gone-${i}`);
    return { ...sampleProgress(), runs };
  };

  it('10,000 runs of scenarios the course no longer has: one notice, the same for the same data', () => {
    const progress = gone(10_000);
    const first = reconcile(progress, nothing, now);
    expect(first.notices).toHaveLength(1);
    expect(first.notices[0]?.message).toBe(
      '10,000 saved runs belong to 10,000 scenarios this course no longer has: "gone-0", ' +
        '"gone-1", "gone-10" and 9,997 more. They are kept untouched in your progress.',
    );
    expect(reconcile(progress, nothing, at(70)).notices[0]?.id).toBe(first.notices[0]?.id);
    expect(reconcile(gone(9_999), nothing, now).notices[0]?.id).not.toBe(first.notices[0]?.id);
  });

  it('10,000 runs that do not replay: one notice that counts them and names the first', () => {
    const progress = gone(10_000);
    const runs = Object.fromEntries(
      Object.entries(allRuns(progress)).map(([id, r]) => [
        id,
        { ...r, scenarioId: 'missed-deadline', events: ['NOPE'] },
      ]),
    );
    const refusing = {
      id: 'missed-deadline',
      contentHash: 'h1',
      replays: () => ({ applied: 0, failure: { step: 0, event: 'NOPE' } }),
    };
    // As an import proves them: every run, whatever version it claims.
    const served = { ids: [], versions: [refusing] };
    const result = reconcile({ ...progress, runs }, served, now, { prove: 'every' });
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatchObject({
      code: 'runs-unplayable',
      source: { path: 'runs["r-0"].events[0]' },
    });
    expect(result.notices[0]?.message).toMatch(
      /^10,000 of your runs do not replay on the scenarios as they are now: "missed-deadline" started 2025-03-01, .* and 9,997 more\./,
    );
  });

  it('many invalid runs in a file: one notice, located at the first', () => {
    const runs: [string, unknown][] = [1, 2, 3, 4, 5].map((i) => [
      `r-${i}`,
      { ...run(`r-${i}`), seed: 'x' },
    ]);
    const result = importProgress(sampleProgress(), fileText(runs), FILE, now);
    const invalid = result.notices.filter((n) => n.code.startsWith('record'));
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({
      code: 'records-invalid',
      source: { kind: 'import', name: FILE, path: 'progress.runs["r-1"].seed' },
    });
    expect(invalid[0]?.message).toMatch(
      /^5 records could not be used: A saved run \("r-1"\), A saved run \("r-2"\), A saved run \("r-3"\) and 2 more\. It was left out of the import/,
    );
  });
});

describe('hostile files never cost what is here', () => {
  const here = sampleProgress();

  it.each([
    [
      'a seed past the largest number',
      { ...run('r-x'), seed: 'HUGE' },
      'progress.runs["r-x"].seed',
      /should be a finite number/,
    ],
    [
      'a NaN-ish seed',
      { ...run('r-x'), seed: 'NaN' },
      'progress.runs["r-x"].seed',
      /"seed" should be a number but is "NaN"/,
    ],
    [
      'a step past the largest number',
      { ...run('r-x'), status: 'stale', stale: { step: 'HUGE', event: 'E', contentHash: 'h' } },
      'progress.runs["r-x"].stale.step',
      /whole number/,
    ],
    [
      'too many choices',
      { ...run('r-x'), events: Array.from({ length: EVENT_LIMIT + 1 }, () => 'E') },
      'progress.runs["r-x"].events',
      /more than 10,000 choices/,
    ],
  ])('leaves out a run with %s, naming where', (_name, bad, path, problem) => {
    const text = fileText([['r-x', bad]]).replace('"HUGE"', '1e400');
    const result = importProgress(here, text, FILE, now);
    expect(result.progress).toBe(here);
    expect(result.notices[0]).toMatchObject({ code: 'record-invalid', source: { path } });
    expect(result.notices[0]?.message).toMatch(problem);
  });

  it('leaves out prototype keys without polluting anything', () => {
    const text =
      '{"format":"casebook-progress","version":2,"__proto__":{"polluted":1},"progress":{"version":2,' +
      '"runs":{},"__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}},' +
      '"settings":{"coaching":"practice","__proto__":{"polluted":4}},' +
      '"reflections":{"r-done":{"runId":"r-done","answers":{"__proto__":"x"},"plan":{"what":"","who":"","when":""},"updatedAt":"2025-03-01T09:00:00.000Z"}}}}';
    const result = importProgress(here, text, FILE, now);
    expect(result.progress).toBe(here);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['record-invalid', 'progress.settings.__proto__'],
      ['record-invalid', 'progress.reflections["r-done"].answers["__proto__"]'],
      ['record-invalid', 'progress.__proto__'],
      ['record-invalid', 'progress.constructor'],
      ['import-merged', undefined],
    ]);
  });

  it('survives nesting 100,000 deep, in a field and in a run', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = fileText([['r-x', run('r-x')]])
      .replace('"events":[]', `"events":${deep}`)
      .replace('"profile":{}', `"profile":{},"extra":${deep}`);
    const result = importProgress(here, text, FILE, now);
    expect(result.progress).toBe(here);
    expect(result.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['record-invalid', 'progress.runs["r-x"].events[0]'],
      ['record-invalid', 'progress.extra'],
      ['import-merged', undefined],
    ]);
  });

  it('survives the same nesting in saved progress, backing up the whole document', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    // A whole document, as the v2 release saved it.
    const saved = JSON.stringify({ ...here, version: 2 }).replace(/}$/, `,"extra":${deep}}`);
    const storage = new MemoryStorage({ [STORAGE_KEY]: saved });
    const loaded = loadProgress(storage, now);
    expect(loaded.progress).toEqual(here);
    expect(loaded.notices.map((n) => [n.code, n.source.path])).toEqual([
      ['storage-upgraded', undefined],
      ['record-invalid', 'extra'],
    ]);
    const [key] = storage.keys('casebook:progress:backup:');
    expect(storage.getItem(key!)).toBe(saved);
  });

  it('refuses a 50 MB file before parsing it, saying why', () => {
    const text = `{"format":"casebook-progress","pad":"${'x'.repeat(50_000_000)}"}`;
    expect(text.length).toBeGreaterThan(IMPORT_LIMIT);
    const result = importProgress(here, text, FILE, now);
    expect(result.progress).toBe(here);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]?.message).toMatch(
      /^"doctored\.json" could not be imported: it is 50\.0 MB, and Casebook reads progress files of up to 20\.0 MB/,
    );
    expect(result.notices[0]?.message).toMatch(/Your current progress is unchanged\.$/);
  });
});
