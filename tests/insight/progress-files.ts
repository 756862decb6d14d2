/**
 * Learners' exported progress files, as the app's download writes them: each learner plays
 * the reference scenario (scenarios/missed-deadline, compiled for real) along a seeded
 * random road, to its ending or not, and exports.
 */
import { compileCourse } from '../../src/compiler';
import { createPlayer, randomRun, traceRun } from '../../src/engine';
import {
  emptyProgress,
  exportProgress,
  finishRun,
  recordChoice,
  startRun,
  type Progress,
} from '../../src/progress';
import { loadCourse } from '../../src/disk/load';
import { ROOT } from '../support/paths';

export const course = compileCourse(loadCourse('scenarios', ROOT));
const found = course.scenarios.map((s) => s.scenario).find((s) => s?.id === 'missed-deadline');
if (!found) throw new Error('missed-deadline does not compile');
export const scenario = found;

/** One run: a seed for its road, when it starts, and whether it is left before the ending. */
export interface PlayedRun {
  seed: number;
  start: Date;
  unfinished?: boolean;
}

/** A learner's progress after playing `runs`, each a minute per decision. */
export function played(runs: PlayedRun[], prefix = 'r'): Progress {
  const player = createPlayer(scenario);
  let p = emptyProgress();
  runs.forEach((run, i) => {
    const id = `${prefix}-${i}`;
    const minute = (m: number) => new Date(run.start.getTime() + m * 60_000);
    p = startRun(p, {
      id,
      scenarioId: scenario.id,
      contentHash: scenario.contentHash,
      seed: run.seed,
      now: run.start,
    });
    const events = randomRun(player, run.seed);
    const kept = run.unfinished ? events.slice(0, 1) : events;
    kept.forEach((event, n) => (p = recordChoice(p, id, event, minute(n + 1))));
    const trace = traceRun(player, kept);
    if (!run.unfinished && trace.ending)
      p = finishRun(p, id, trace.ending, minute(kept.length + 1));
  });
  return p;
}

/** The text of a learner's exported progress file. */
export const progressFile = (runs: PlayedRun[], prefix?: string) =>
  exportProgress(played(runs, prefix), new Date('2026-05-01T12:00:00Z'));
