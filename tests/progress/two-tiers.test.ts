/**
 * A choice never copies the record of all runs: the runs it changes are held apart, in
 * a small record folded into the large one once in so many choices (`src/progress/runs.ts`).
 * These tests check that the large record is left alone by choices, and that every
 * reader (by id, all runs, their count, the save, the export, the updates made with
 * Immer) sees the same runs as if each change had been folded in at once.
 */
import { describe, expect, it } from 'vitest';
import {
  allRuns,
  emptyProgress,
  exportProgress,
  finishRun,
  forkRun,
  importProgress,
  loadProgress,
  markStale,
  plainRuns,
  rebaseRun,
  reconcile,
  recordChoice,
  runById,
  runCount,
  saveProgress,
  startRun,
  type Progress,
  type SavedRun,
} from '../../src/progress';
import { placeWrite } from '../../src/progress/other-tab';
import { MemoryStorage } from './memory-storage';
import { at, clone } from './sample';

/** `count` complete runs of `other`, in a record no update made. */
function settled(count: number): Progress {
  const runs: Record<string, SavedRun> = {};
  for (let i = 0; i < count; i++) {
    const id = `r-settled-${i}`;
    runs[id] = {
      id,
      scenarioId: 'other',
      contentHash: 'h',
      seed: i,
      events: ['A'],
      startedAt: at(1).toISOString(),
      updatedAt: at(2).toISOString(),
      finishedAt: at(2).toISOString(),
      status: 'complete',
      ending: { id: 'end', outcome: 'mixed' },
    };
  }
  return { ...emptyProgress(), runs };
}

const start = (p: Progress, id: string, minute: number) =>
  startRun(p, { id, scenarioId: 'missed-deadline', contentHash: 'h1', seed: 1, now: at(minute) });

describe('a choice leaves the record of all runs alone', () => {
  it('is not copied by 300 choices on one run with 3,000 settled runs', () => {
    let p = start(settled(3000), 'r-now', 10);
    const large = new Set([p.runs]);
    for (let i = 0; i < 300; i++) {
      p = recordChoice(p, 'r-now', `E${i}`, at(11));
      large.add(p.runs);
    }
    // The small record holds the one run played, replaced at each choice: it never
    // fills, so the large record is never copied.
    expect(large.size).toBe(1);
    expect(runById(p, 'r-now')?.events).toHaveLength(300);
    expect(runCount(p)).toBe(3001);
  });

  it('folds the changed runs into a new large record once the small one is full', () => {
    let p = settled(100);
    const large = new Set([p.runs]);
    for (let i = 0; i < 200; i++) {
      p = start(p, `r-${i}`, 20);
      large.add(p.runs);
    }
    // 200 new runs, 64 held apart before each fold: three folds.
    expect(large.size).toBe(4);
    expect(runCount(p)).toBe(300);
    expect(Object.keys(allRuns(p))).toEqual([
      ...Array.from({ length: 100 }, (_, i) => `r-settled-${i}`),
      ...Array.from({ length: 200 }, (_, i) => `r-${i}`),
    ]);
  });
});

describe('every reader sees the runs as if each change were folded in at once', () => {
  it('through starts, choices and endings of many runs, by id, all runs and count', () => {
    let p = settled(30);
    let folded = p;
    let random = 11;
    const next = () => {
      random = (random * 48271) % 2147483647;
      return random / 2147483647;
    };
    const ids: string[] = ['r-settled-3'];
    const large = new Set<object>();
    for (let step = 0; step < 1000; step++) {
      const roll = next();
      const pick = ids[Math.floor(next() * ids.length)] ?? 'r-settled-3';
      const change = (q: Progress) =>
        roll < 0.2
          ? start(q, `r-${step}`, step)
          : roll < 0.3
            ? finishRun(q, pick, { id: 'end', outcome: 'strong' }, at(step))
            : recordChoice(q, pick, `E${step}`, at(step));
      if (roll < 0.2) ids.push(`r-${step}`);
      p = change(p);
      folded = plainRuns(change(folded));
      expect(folded.recentRuns).toBeUndefined();
      expect(allRuns(p)).toEqual(folded.runs);
      expect(Object.keys(allRuns(p))).toEqual(Object.keys(folded.runs));
      expect(runCount(p)).toBe(Object.keys(folded.runs).length);
      expect(runById(p, pick)).toEqual(folded.runs[pick]);
      large.add(p.runs);
    }
    // The small record filled and was folded in, with runs both new and already there.
    expect(large.size).toBeGreaterThan(2);
  });

  it('saves one key per run and nothing of the small record, and loads back the same runs', () => {
    let p = start(settled(5), 'r-now', 10);
    const storage = new MemoryStorage();
    saveProgress(storage, p);
    const before = p;
    p = recordChoice(p, 'r-now', 'ASK_WHAT_HAPPENED', at(11));
    storage.writes.length = 0;
    expect(saveProgress(storage, p, { before })).toEqual([]);
    expect(storage.writes).toEqual(['casebook:run:r-now']);
    const loaded = loadProgress(storage, at(59)).progress;
    expect(loaded).toEqual(clone(plainRuns(p)));
    expect(Object.keys(storage.snapshot()).filter((k) => k.includes('recent'))).toEqual([]);
  });

  it('exports every run in the same file as before, with nothing of the small record', () => {
    const p = recordChoice(start(settled(2), 'r-now', 10), 'r-now', 'ASK', at(11));
    expect(p.recentRuns).toBeDefined();
    const text = exportProgress(p, at(30));
    expect(text).toBe(exportProgress(plainRuns(p), at(30)));
    const file = JSON.parse(text) as { progress: Record<string, unknown> };
    expect(Object.keys(file.progress)).toEqual([
      'version',
      'runs',
      'settings',
      'profile',
      'reflections',
    ]);
    expect(Object.keys(file.progress.runs as object)).toEqual([
      'r-settled-0',
      'r-settled-1',
      'r-now',
    ]);
  });
});

describe('the updates made with Immer see the runs held apart', () => {
  const playing = () =>
    recordChoice(
      recordChoice(start(settled(3), 'r-now', 10), 'r-now', 'A', at(11)),
      'r-now',
      'B',
      at(12),
    );

  it('marks stale and rebases a run a choice just changed', () => {
    const p = playing();
    expect(p.recentRuns && Object.keys(p.recentRuns)).toEqual(['r-now']);
    const stale = markStale(p, 'r-now', { step: 1, event: 'B', contentHash: 'h2' });
    expect(runById(stale, 'r-now')).toMatchObject({ status: 'stale', events: ['A', 'B'] });
    expect(runCount(stale)).toBe(4);
    const rebased = rebaseRun(stale, 'r-now', 'h2', at(13));
    expect(runById(rebased, 'r-now')).toMatchObject({ status: 'active', contentHash: 'h2' });
  });

  it('changes nothing, and returns the same object, when the run is already as asked', () => {
    const p = playing();
    const stale = markStale(p, 'r-now', { step: 1, event: 'B', contentHash: 'h2' });
    expect(markStale(stale, 'r-now', { step: 1, event: 'B', contentHash: 'h2' })).toBe(stale);
    expect(markStale(p, 'r-missing', { step: 0, event: 'B', contentHash: 'h2' })).toBe(p);
  });

  it('reconciles, forks and takes another tab’s write on top of the runs held apart', () => {
    const p = playing();
    const served = {
      ids: ['other'],
      versions: [
        {
          id: 'missed-deadline',
          contentHash: 'h2',
          replays: (e: string[]) => ({ applied: e.length }),
        },
      ],
    };
    const reconciled = reconcile(p, served, at(20)).progress;
    expect(runById(reconciled, 'r-now')).toMatchObject({ contentHash: 'h2', events: ['A', 'B'] });
    const from = runById(p, 'r-now')!;
    const forked = forkRun(p, { from, keep: 1, id: 'r-fork', now: at(21), contentHash: 'h1' });
    expect(runById(forked, 'r-fork')?.events).toEqual(['A']);
    expect(runById(forked, 'r-now')?.events).toEqual(['A', 'B']);
    const theirs = { ...from, events: ['A', 'B', 'C'], updatedAt: at(22).toISOString() };
    const placed = placeWrite(p, { kind: 'run', run: theirs });
    expect(runById(placed, 'r-now')?.events).toEqual(['A', 'B', 'C']);
    expect(runCount(placed)).toBe(4);
  });

  it('imports into progress whose latest runs are held apart, keeping them', () => {
    const p = playing();
    const elsewhere = start(emptyProgress(), 'r-away', 5);
    const result = importProgress(p, exportProgress(elsewhere, at(30)), 'away.json', at(31));
    expect(runById(result.progress, 'r-now')?.events).toEqual(['A', 'B']);
    expect(runById(result.progress, 'r-away')).toBeDefined();
    expect(runCount(result.progress)).toBe(5);
  });
});
