/**
 * Suspend data: a round trip through lz-string gives back the runs and reflections; the
 * longest run of every bundled scenario fits SCORM 1.2's 4,096 characters; and at the
 * bound, reflections are dropped before runs, and a run too long for it is left out (and
 * said so) rather than cut.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../../src/contract';
import {
  choose,
  createPlayer,
  isFinished,
  offeredChoices,
  startRun as begin,
  timedChoice,
  type Player,
  type RunSnapshot,
} from '../../../src/engine';
import {
  allRuns,
  emptyProgress,
  importProgress,
  runById,
  saveReflection,
  type Progress,
} from '../../../src/progress';
import {
  packSuspendData,
  SUSPEND_LIMIT,
  unpackSuspendData,
} from '../../../src/delivery/scorm/suspend';
import { snapshotKey } from '../../support/exhaustive-play';
import { progressWithRuns } from '../../support/seeded-runs';
import { course } from './lms';

/**
 * The longest complete run (the most decisions, then the most characters of events), by
 * depth-first play through the real engine, each snapshot's best rest of the run found once.
 */
function longestRun(player: Player): string[] {
  const memo = new Map<string, string[]>();
  const longer = (a: string[], b: string[]) =>
    a.length > b.length || (a.length === b.length && a.join('').length > b.join('').length);
  const rest = (snapshot: RunSnapshot): string[] => {
    const key = snapshotKey(snapshot);
    const known = memo.get(key);
    if (known) return known;
    let best: string[] = [];
    if (!isFinished(snapshot)) {
      const timed = timedChoice(player, snapshot);
      for (const choice of [...offeredChoices(player, snapshot, 1), ...(timed ? [timed] : [])]) {
        const next = choose(player, snapshot, choice.event);
        const run = next ? [choice.event, ...rest(next)] : [];
        if (longer(run, best)) best = run;
      }
    }
    memo.set(key, best);
    return best;
  };
  return rest(begin(player));
}

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 6, minute));

function oneRun(scenario: CompiledScenario, events: string[]): Progress {
  return progressWithRuns(scenario, [{ events, endedAt: at(59) }]);
}

const roundTrip = (packedText: string, scenarioId: string) => {
  const unpacked = unpackSuspendData(packedText, scenarioId);
  if (unpacked.kind !== 'file') throw new Error(`not read back: ${unpacked.kind}`);
  return importProgress(emptyProgress(), unpacked.text, 'LMS', at(0)).progress;
};

describe('suspend data', () => {
  const scenarios = [...course().scenarios.values()];

  it.each(scenarios.map((s) => [s.id, s] as const))(
    'holds the longest run of %s within 4,096 characters, and gives it back',
    (id, scenario) => {
      const events = longestRun(createPlayer(scenario));
      expect(events.length).toBeGreaterThan(3);
      const progress = oneRun(scenario, events);
      const packed = packSuspendData(progress, id);
      expect(packed.runTooLong).toBe(false);
      expect(packed.text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
      expect(packed.text).toMatch(/^[A-Za-z0-9+/=]+$/);
      expect(allRuns(roundTrip(packed.text, id))).toEqual(allRuns(progress));
    },
  );

  const scenario = scenarios.find((s) => s.id === 'missed-deadline')!;
  const events = longestRun(createPlayer(scenario));
  const runId = 'r-profile-1';
  const reflect = (progress: Progress, text: string) =>
    saveReflection(
      progress,
      runId,
      { answers: { 'went-well': text }, plan: { what: 'x' } },
      at(59),
    );

  it('keeps a reflection that fits, with its run', () => {
    const progress = reflect(oneRun(scenario, events), 'I asked first and listened.');
    const packed = packSuspendData(progress, scenario.id);
    expect(packed.reflectionsDropped).toBe(false);
    expect(roundTrip(packed.text, scenario.id).reflections).toEqual(progress.reflections);
  });

  it('drops reflections that do not fit, and keeps the run', () => {
    // Text that does not compress: 5,000 characters drawn from a fixed seed.
    let seed = 7;
    const noise = Array.from({ length: 5000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(33 + (seed % 90));
    }).join('');
    const progress = reflect(oneRun(scenario, events), noise);
    const packed = packSuspendData(progress, scenario.id);
    expect(packed.reflectionsDropped).toBe(true);
    expect(packed.runTooLong).toBe(false);
    expect(packed.text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
    const back = roundTrip(packed.text, scenario.id);
    expect(allRuns(back)).toEqual(allRuns(progress));
    expect(back.reflections).toEqual({});
  });

  it('leaves out a run too long for the room, says so, and still keeps older runs that fit', () => {
    const older = oneRun(scenario, events);
    const long = { ...runById(older, runId)! };
    const huge = {
      ...long,
      id: 'r-huge',
      status: 'active' as const,
      updatedAt: at(60).toISOString(),
      events: Array.from({ length: 3000 }, (_, i) => `EVENT_${i}`),
    };
    delete (huge as { ending?: unknown }).ending;
    delete (huge as { finishedAt?: unknown }).finishedAt;
    const progress = { ...older, runs: { ...allRuns(older), [huge.id]: huge } };
    const packed = packSuspendData(progress, scenario.id);
    expect(packed.runTooLong).toBe(true);
    expect(packed.runs).toEqual([runId]);
    expect(packed.text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
  });

  it('reads nothing from empty data, and refuses data it did not write', () => {
    expect(unpackSuspendData('', 'missed-deadline')).toEqual({ kind: 'empty' });
    expect(unpackSuspendData('bookmark=3', 'missed-deadline').kind).toBe('unreadable');
  });

  it('keeps only the runs of its own scenario', () => {
    const progress = oneRun(scenario, events);
    const packed = packSuspendData(progress, scenario.id);
    expect(allRuns(roundTrip(packed.text, 'project-slipping'))).toEqual({});
  });
});
