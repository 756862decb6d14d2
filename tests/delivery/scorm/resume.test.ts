/**
 * The LMS wins: at start, the runs and reflections in its suspend data are written into
 * the browser's storage over what the browser had, which is backed up first (nothing is
 * lost); unreadable data changes nothing and says so.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  emptyProgress,
  runById,
  startRun,
  loadProgress,
  recordChoice,
  saveProgress,
  saveReflection,
} from '../../../src/progress';
import { resumeFromLms } from '../../../src/delivery/scorm/resume';
import { packSuspendData } from '../../../src/delivery/scorm/suspend';
import { MemoryStorage } from '../../progress/memory-storage';
import { course } from './lms';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 6, minute));
const scenario = course().scenarios.get('missed-deadline')!;
const id = 'r-lms';

/** A run of one decision in the LMS; this browser has played it on to a second. */
function twoPlaces() {
  const start = { id, scenarioId: scenario.id, contentHash: scenario.contentHash, seed: 1 };
  const begun = recordChoice(
    startRun(emptyProgress(), { ...start, now: at(0) }),
    id,
    'ASK_WHAT_CHANGED',
    at(1),
  );
  const inLms = saveReflection(begun, id, { answers: { 'went-well': 'from the LMS' } }, at(2));
  const inBrowser = recordChoice(inLms, id, 'ASK_ABOUT_CALLUM', at(20));
  return { inLms, inBrowser };
}

describe('resuming from the LMS', () => {
  it('takes the LMS’s runs over the browser’s, and backs up what they replace', () => {
    const { inLms, inBrowser } = twoPlaces();
    const storage = new MemoryStorage();
    saveProgress(storage, inBrowser);
    const data = packSuspendData(inLms, scenario.id).text;
    const notices = resumeFromLms(storage, data, scenario.id, at(30));
    const after = loadProgress(storage, at(31)).progress;
    expect(runById(after, id)?.events).toEqual(['ASK_WHAT_CHANGED']);
    expect(after.reflections[id]?.answers).toEqual({ 'went-well': 'from the LMS' });
    const backups = [...storage.items.keys()].filter((k) => k.startsWith(BACKUP_PREFIX));
    expect(backups).toHaveLength(1);
    expect(storage.items.get(backups[0]!)).toContain('ASK_ABOUT_CALLUM');
    expect(notices.map((n) => [n.code, n.backup])).toEqual([['import-merged', backups[0]]]);
  });

  it('writes the LMS’s runs into an empty browser, without a notice', () => {
    const { inLms } = twoPlaces();
    const storage = new MemoryStorage();
    const notices = resumeFromLms(
      storage,
      packSuspendData(inLms, scenario.id).text,
      scenario.id,
      at(30),
    );
    expect(notices).toEqual([]);
    expect(runById(loadProgress(storage, at(31)).progress, id)?.events).toEqual([
      'ASK_WHAT_CHANGED',
    ]);
  });

  it('leaves the browser as it was when the LMS has nothing, or data it cannot read', () => {
    const { inBrowser } = twoPlaces();
    const storage = new MemoryStorage();
    saveProgress(storage, inBrowser);
    const before = new Map(storage.items);
    expect(resumeFromLms(storage, '', scenario.id, at(30))).toEqual([]);
    const unreadable = resumeFromLms(storage, 'lesson=3;page=7', scenario.id, at(30));
    expect(unreadable.map((n) => n.code)).toEqual(['lms-data-unreadable']);
    expect(storage.items).toEqual(before);
  });
});
