/**
 * Imported progress is proven, not trusted: every imported run is replayed on the
 * scenario as it is now, whatever its `contentHash` claims (start-up trusts runs
 * recorded here on the current version; an import never does), and a log that does
 * not replay is kept read-only and named; and an import never replaces a record without
 * first backing up the one it replaces, in a file that imports back.
 */
import { describe, expect, it } from 'vitest';
import {
  createPlayer,
  isFinished,
  offeredChoices,
  replay,
  startRun as begin,
} from '../../src/engine';
import { choose } from '../../src/engine';
import {
  BACKUP_PREFIX,
  activeRun,
  backupWriter,
  emptyProgress,
  exportProgress,
  finishRun,
  importProgress,
  reconcile,
  recordChoice,
  runById,
  saveReflection,
  setCoaching,
  startRun,
  type Progress,
  type ScenarioVersion,
} from '../../src/progress';
import { compileReference } from '../support/reference';
import { MemoryStorage } from './memory-storage';
import { at } from './sample';

const scenario = compileReference();
const player = createPlayer(scenario);
const real: ScenarioVersion = {
  id: scenario.id,
  contentHash: scenario.contentHash,
  replays: (events) => replay(player, events),
};
/** A course serving the reference scenario only. */
const served = { ids: [], versions: [real] };
const now = at(59);
const FILE = 'doctored.json';

/** A complete path through the reference scenario: always the first choice offered. */
function firstPath(): { events: string[]; ending: string } {
  let snapshot = begin(player);
  const events: string[] = [];
  while (!isFinished(snapshot)) {
    const [choice] = offeredChoices(player, snapshot, 1);
    if (!choice) throw new Error('the reference scenario has a dead end');
    events.push(choice.event);
    const next = choose(player, snapshot, choice.event);
    if (!next) throw new Error(`${choice.event} was offered but not taken`);
    snapshot = next;
  }
  return { events, ending: String(snapshot.value) };
}

/** One run of the reference scenario on its current version, with `events`. */
function withRun(p: Progress, id: string, events: string[], minute: number): Progress {
  let next = startRun(p, {
    id,
    scenarioId: scenario.id,
    contentHash: scenario.contentHash,
    seed: 1,
    now: at(minute),
  });
  for (const [i, e] of events.entries()) next = recordChoice(next, id, e, at(minute + i + 1));
  return next;
}

describe('imported runs are replayed before they count as playable', () => {
  it('keeps a current-looking log that does not replay read-only, with its reflection, and names it', () => {
    const [good] = firstPath().events;
    let file = withRun(emptyProgress(), 'r-stuck', [good!, 'NOT_A_CHOICE', good!], 0);
    file = saveReflection(file, 'r-stuck', { answers: { 'went-well': 'Kept' } }, at(9));
    const result = importProgress(emptyProgress(), exportProgress(file, now), FILE, now, {
      served,
    });
    expect(runById(result.progress, 'r-stuck')).toMatchObject({
      status: 'stale',
      events: [good, 'NOT_A_CHOICE', good],
      stale: { step: 1, event: 'NOT_A_CHOICE', contentHash: scenario.contentHash },
    });
    expect(activeRun(result.progress, scenario.id)).toBeUndefined();
    expect(result.progress.reflections['r-stuck']?.answers).toEqual({ 'went-well': 'Kept' });
    const named = result.notices.find((n) => n.code === 'run-unplayable');
    expect(named).toMatchObject({
      severity: 'warning',
      source: { kind: 'scenario', name: scenario.id, path: 'runs["r-stuck"].events[1]' },
    });
    expect(named?.message).toMatch(
      /^Your run of "missed-deadline" started 2025-03-01 does not replay on this version of the scenario: choice 2 \("NOT_A_CHOICE"\)/,
    );
    expect(named?.message).toMatch(/kept, with anything you wrote about it, in your history/);
  });

  it('keeps a log that replays playable, and says nothing more than the import summary', () => {
    const { events } = firstPath();
    const file = withRun(emptyProgress(), 'r-fine', events.slice(0, 1), 0);
    const result = importProgress(emptyProgress(), exportProgress(file, now), FILE, now, {
      served,
    });
    expect(runById(result.progress, 'r-fine')?.status).toBe('active');
    expect(activeRun(result.progress, scenario.id)?.id).toBe('r-fine');
    expect(result.notices.map((n) => n.code)).toEqual(['import-merged']);
  });

  it('keeps the ending of a complete run whose log does not replay', () => {
    let file = withRun(emptyProgress(), 'r-claimed', ['NOT_A_CHOICE'], 0);
    file = finishRun(file, 'r-claimed', { id: 'outcome-owned-plan', outcome: 'strong' }, at(5));
    const result = importProgress(emptyProgress(), exportProgress(file, now), FILE, now, {
      served,
    });
    expect(runById(result.progress, 'r-claimed')).toMatchObject({
      status: 'stale',
      ending: { id: 'outcome-owned-plan', outcome: 'strong' },
    });
  });

  it('trusts saved progress on load where the import does not: a log on the current version is not replayed at start-up', () => {
    const saved = withRun(emptyProgress(), 'r-stuck', ['NOT_A_CHOICE'], 0);
    // Start-up: recorded here on this version by the engine, so not replayed (the play
    // page replays it when it is opened, and refuses it then: tests/ui/App.test.tsx).
    expect(reconcile(saved, served, now)).toEqual({ progress: saved, notices: [] });
    // The same log in a file is proven, whatever version it claims.
    const imported = importProgress(emptyProgress(), exportProgress(saved, now), FILE, now, {
      served,
    });
    expect(runById(imported.progress, 'r-stuck')?.status).toBe('stale');
    expect(imported.notices.map((n) => n.code)).toEqual(['import-merged', 'run-unplayable']);
    // Once read-only on this version, it is not reported again on the next load.
    expect(reconcile(imported.progress, served, now)).toEqual({
      progress: imported.progress,
      notices: [],
    });
  });
});

describe('an import backs up what it replaces', () => {
  /** Here: a complete run with a reflection. The file: the same id, later, unfinished, other words. */
  function replacing() {
    const { events, ending } = firstPath();
    let here = withRun(emptyProgress(), 'r-1', events, 0);
    here = finishRun(here, 'r-1', { id: ending, outcome: 'strong' }, at(20));
    here = saveReflection(here, 'r-1', { answers: { 'went-well': 'My own words' } }, at(21));
    let file = withRun(emptyProgress(), 'r-1', events.slice(0, 1), 30);
    file = saveReflection(file, 'r-1', { answers: { 'went-well': 'Not mine' } }, at(40));
    return { here, text: exportProgress(file, now) };
  }

  it('backs up the complete run and its reflection, says so with counts, and restores them from the backup', () => {
    const { here, text } = replacing();
    const storage = new MemoryStorage();
    const result = importProgress(here, text, FILE, now, {
      backup: backupWriter(storage, now),
      served,
    });
    expect(runById(result.progress, 'r-1')?.status).toBe('active');
    expect(result.progress.reflections['r-1']?.answers).toEqual({ 'went-well': 'Not mine' });

    const [key] = storage.keys(BACKUP_PREFIX);
    const merged = result.notices.find((n) => n.code === 'import-merged');
    expect(merged?.backup).toBe(key);
    expect(merged?.message).toMatch(/0 new runs added, 1 run updated from the file, 0 runs kept/);
    expect(merged?.message).toMatch(/Reflections: 0 added, 1 updated from the file/);
    expect(merged?.message).toContain(
      `Backed up first: 1 run and 1 reflection as they were here, under "${key}" in this browser.`,
    );
    expect(merged?.message).toMatch(
      /"Download the replaced records" .* importing that file puts them back/,
    );

    // The backup is a progress file: importing it puts the run and the reflection back,
    // and backs up what they replace in turn.
    const backup = storage.getItem(key!) ?? '';
    const restored = importProgress(result.progress, backup, 'casebook-replaced.json', at(60), {
      backup: backupWriter(storage, at(60)),
      served,
    });
    expect(runById(restored.progress, 'r-1')).toEqual(runById(here, 'r-1'));
    expect(restored.progress.reflections['r-1']).toEqual(here.reflections['r-1']);
    expect(storage.keys(BACKUP_PREFIX)).toHaveLength(2);
  });

  it('replaces nothing when no backup can be kept, and says what it left alone', () => {
    const { here, text } = replacing();
    const storage = new MemoryStorage();
    storage.quota = 0;
    const result = importProgress(here, text, FILE, now, { backup: backupWriter(storage, now) });
    expect(runById(result.progress, 'r-1')).toBe(runById(here, 'r-1'));
    expect(result.progress.reflections['r-1']).toBe(here.reflections['r-1']);
    const merged = result.notices.find((n) => n.code === 'import-merged');
    expect(merged?.backup).toBeUndefined();
    expect(merged?.message).toMatch(/0 runs updated from the file, 1 run kept/);
    expect(merged?.message).toMatch(
      /Not replaced: 1 run and 1 reflection, newer in the file, were left as they are here, because a backup of them could not be kept \(the browser storage is full\)/,
    );
    // No storage at all is the same: nowhere to keep a copy, so nothing is replaced.
    expect(importProgress(here, text, FILE, now).progress).toBe(here);
  });

  it("backs up the learner's own settings before the file's replace them", () => {
    const here = setCoaching(emptyProgress(), 'practice');
    const file = setCoaching(emptyProgress(), 'assessment');
    const storage = new MemoryStorage();
    const result = importProgress(here, exportProgress(file, now), FILE, now, {
      backup: backupWriter(storage, now),
    });
    expect(result.progress.settings.coaching).toBe('assessment');
    const [key] = storage.keys(BACKUP_PREFIX);
    const backup = JSON.parse(storage.getItem(key!) ?? '{}') as { progress: Progress };
    expect(backup.progress.settings).toEqual({ coaching: 'practice' });
  });
});
