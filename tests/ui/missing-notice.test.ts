/**
 * On every page load the app tells the learner about saved runs of scenarios the course
 * no longer has: 10,000 such runs are one notice, and once dismissed it stays dismissed
 * on the next loads, until the data it is about changes.
 */
import { describe, expect, it } from 'vitest';
import { emptyProgress, type SavedRun } from '../../src/progress';
import { reportMissingScenarios } from '../../src/ui/course';
import { ProgressStore } from '../../src/ui/store';
import { courseFrom, MemoryStorage, seedLayout } from './harness';

const course = courseFrom('scenarios');
const time = '2026-11-22T10:00:00.000Z';

function storedRuns(count: number): MemoryStorage {
  const runs: Record<string, SavedRun> = {};
  for (let i = 0; i < count; i++) {
    const id = `r-${i}`;
    const scenarioId = i === 0 ? 'missed-deadline' : `gone-${i}`;
    const run = { id, scenarioId, contentHash: 'h', seed: 1, events: [] };
    runs[id] = { ...run, startedAt: time, updatedAt: time, status: 'active' };
  }
  const storage = new MemoryStorage();
  seedLayout(storage, { ...emptyProgress(), runs });
  return storage;
}

/** A page load: a new store on the same storage, then the start-up report. */
function pageLoad(storage: MemoryStorage): ProgressStore {
  const store = new ProgressStore(storage, () => new Date(time));
  reportMissingScenarios(course.index, store);
  return store;
}

describe('runs of scenarios the course no longer has', () => {
  it('10,000 of them are one notice, which stays dismissed until the data changes', () => {
    const storage = storedRuns(10_001);
    const first = pageLoad(storage);
    const notices = first.getSnapshot().notices;
    expect(notices.map((n) => n.code)).toEqual(['scenario-missing']);
    expect(notices[0]?.message).toMatch(
      /^10,000 saved runs belong to 10,000 scenarios this course no longer has: "gone-1", "gone-10", "gone-100" and 9,997 more\./,
    );
    expect(pageLoad(storage).getSnapshot().notices).toHaveLength(1);

    first.dismiss(notices[0]!.id);
    expect(pageLoad(storage).getSnapshot().notices).toEqual([]);

    const changed = storedRuns(10_002);
    changed.setItem('casebook:dismissed-notices', storage.getItem('casebook:dismissed-notices')!);
    expect(
      pageLoad(changed)
        .getSnapshot()
        .notices.map((n) => n.code),
    ).toEqual(['scenario-missing']);
  });
});
