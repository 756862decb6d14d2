/**
 * From saved progress to what a session reports, on the reference scenario compiled for
 * real: each new choice once, with its scene, label, offered choices and behaviours from
 * the taxonomy; the ending once; runs saved before the launch left alone; progress over
 * the longest road, 100 only at the ending.
 */
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../../src/compiler';
import { behaviourIndex } from '../../../src/debrief';
import {
  readNew,
  seenAtLaunch,
  progressOf,
  type Follow,
} from '../../../src/delivery/cmi5/decisions';
import { loadCourse } from '../../../src/disk/load';
import { createPlayer, randomRun, traceRun } from '../../../src/engine';
import { emptyProgress, finishRun, recordChoice, startRun } from '../../../src/progress';
import { ROOT } from '../../support/paths';

const course = compileCourse(loadCourse('scenarios', ROOT));
const scenario = course.scenarios.map((s) => s.scenario).find((s) => s?.id === 'missed-deadline');
if (!scenario) throw new Error('missed-deadline does not compile');
const follow: Follow = {
  scenario,
  behaviours: behaviourIndex(course.taxonomy),
  roads: { shortest: 3, longest: 6 },
};
const events = randomRun(createPlayer(scenario), 7);
const trace = traceRun(createPlayer(scenario), events);
const at = (m: number) => new Date(Date.UTC(2026, 2, 1, 9, m));

function begun(id: string) {
  return startRun(emptyProgress(), {
    id,
    scenarioId: scenario!.id,
    contentHash: scenario!.contentHash,
    seed: 1,
    now: at(0),
  });
}

describe('readNew', () => {
  it('reports each new choice once, with what the answered statement needs', () => {
    let p = begun('r-1');
    const seen = seenAtLaunch(p, scenario.id);
    p = recordChoice(p, 'r-1', events[0] as string, at(1));
    const first = readNew(p, follow, seen);
    expect(first.endings).toEqual([]);
    expect(first.decisions).toHaveLength(1);
    const [d] = first.decisions;
    const step = trace.steps[0]!;
    expect(d).toMatchObject({
      runId: 'r-1',
      number: 1,
      event: step.event,
      label: step.label,
      progress: 16,
    });
    expect(d?.scene.id).toBe(step.scene);
    expect(d?.offered.map((o) => o.event)).toEqual(step.offered);
    expect(d?.behaviours.map((b) => b.id)).toEqual(
      step.behaviours.filter((b) => follow.behaviours.has(b)),
    );
    expect(d?.behaviours.every((b) => b.domain && b.polarity)).toBe(true);
    expect(readNew(p, follow, seen)).toEqual({ decisions: [], endings: [] });
  });

  it('reports the ending once, the last choice at progress 100', () => {
    let p = begun('r-2');
    const seen = seenAtLaunch(p, scenario.id);
    for (const [i, e] of events.entries()) p = recordChoice(p, 'r-2', e, at(i + 1));
    p = finishRun(p, 'r-2', trace.ending!, at(30));
    const read = readNew(p, follow, seen);
    expect(read.decisions.map((d) => d.number)).toEqual(events.map((_, i) => i + 1));
    expect(read.decisions.at(-1)?.progress).toBe(100);
    expect(read.decisions.slice(0, -1).every((d) => d.progress < 100)).toBe(true);
    expect(read.endings).toEqual([{ runId: 'r-2', ...trace.ending }]);
    expect(readNew(p, follow, seen).endings).toEqual([]);
  });

  it('leaves what was saved before the launch, and other scenarios, unreported', () => {
    let p = begun('r-3');
    p = recordChoice(p, 'r-3', events[0] as string, at(1));
    p = startRun(p, {
      id: 'other',
      scenarioId: 'project-slipping',
      contentHash: 'x',
      seed: 1,
      now: at(2),
    });
    const seen = seenAtLaunch(p, scenario.id);
    expect(readNew(p, follow, seen).decisions).toEqual([]);
    p = recordChoice(p, 'r-3', events[1] as string, at(3));
    expect(readNew(p, follow, seen).decisions.map((d) => d.number)).toEqual([2]);
  });
});

describe('progressOf', () => {
  it('is decisions over the longest road, an integer below 100 until the ending', () => {
    expect(progressOf(0, { shortest: 3, longest: 6 })).toBe(0);
    expect(progressOf(3, { shortest: 3, longest: 6 })).toBe(50);
    expect(progressOf(6, { shortest: 3, longest: 6 })).toBe(99);
    expect(progressOf(2, { shortest: 4, longest: null })).toBe(50);
    expect(progressOf(9, { shortest: 4, longest: null })).toBe(99);
  });
});
