/**
 * From the learner's saved progress to what a cmi5 session reports: the choices made and
 * the endings reached since the launch, in the AU's one scenario. The store saves every
 * choice at once; this compares each new snapshot with what was seen (the runs as they
 * were at launch count as seen, so a relaunch does not report old choices again) and
 * replays a changed run's log to know each choice's scene, label and behaviours.
 */
import type { Behaviour, CompiledScenario } from '../../contract';
import { choiceTag } from '../../debrief';
import { createPlayer, traceRun, type Player } from '../../engine';
import { allRuns, type Progress } from '../../progress';
import type { Decision, Ending } from './statements';

/** Decisions seen per run id, and the runs whose ending was reported. */
export interface Seen {
  events: Map<string, number>;
  ended: Set<string>;
}

export function seenAtLaunch(progress: Progress, scenarioId: string): Seen {
  const events = new Map<string, number>();
  const ended = new Set<string>();
  for (const run of Object.values(allRuns(progress))) {
    if (run.scenarioId !== scenarioId) continue;
    events.set(run.id, run.events.length);
    if (run.status !== 'active') ended.add(run.id);
  }
  return { events, ended };
}

/**
 * The cmi5 progress of a run (an integer 0–100): decisions made over the scenario's
 * longest road, below 100 until an ending (a run can be longer than the longest road
 * only in a scenario with loops, whose longest is unknown: then over the shortest).
 */
export function progressOf(
  made: number,
  roads: { shortest: number; longest: number | null },
): number {
  const road = Math.max(1, roads.longest ?? roads.shortest);
  return Math.min(99, Math.floor((100 * made) / road));
}

export interface Reading {
  decisions: Omit<Decision, 'took'>[];
  endings: Ending[];
}

export interface Follow {
  scenario: CompiledScenario;
  behaviours: Map<string, Behaviour>;
  roads: { shortest: number; longest: number | null };
}

const players = new WeakMap<CompiledScenario, Player>();

/** What is new in `progress` since `seen`; `seen` is updated to include it. */
export function readNew(progress: Progress, follow: Follow, seen: Seen): Reading {
  const { scenario } = follow;
  const player = players.get(scenario) ?? createPlayer(scenario);
  players.set(scenario, player);
  const reading: Reading = { decisions: [], endings: [] };
  for (const run of Object.values(allRuns(progress))) {
    if (run.scenarioId !== scenario.id || run.contentHash !== scenario.contentHash) continue;
    const from = seen.events.get(run.id) ?? 0;
    const ends = run.status === 'complete' && !seen.ended.has(run.id);
    if (run.events.length <= from && !ends) continue;
    const trace = traceRun(player, run.events);
    for (const step of trace.steps.slice(from)) {
      const scene = scenario.scenes.find((s) => s.id === step.scene);
      const labels = new Map(scene?.choices.map((c) => [c.event, c.label]));
      const behaviours = step.behaviours.flatMap((id) => follow.behaviours.get(id) ?? []);
      reading.decisions.push({
        runId: run.id,
        number: step.index + 1,
        scene: { id: step.scene, ...(scene?.title ? { title: scene.title } : {}) },
        event: step.event,
        label: step.label,
        offered: step.offered.map((event) => ({ event, label: labels.get(event) ?? event })),
        behaviours,
        tag: choiceTag(step.behaviours, follow.behaviours),
        progress:
          trace.finished && step.index === trace.steps.length - 1
            ? 100
            : progressOf(step.index + 1, follow.roads),
      });
    }
    seen.events.set(run.id, Math.max(from, trace.steps.length));
    if (trace.finished && trace.ending && !seen.ended.has(run.id)) {
      seen.ended.add(run.id);
      reading.endings.push({ runId: run.id, id: trace.ending.id, outcome: trace.ending.outcome });
    }
  }
  return reading;
}
