/**
 * Saved progress holding complete runs of a scenario, made through the progress API as
 * the app makes them (start, one choice at a time, finish at the ending the engine
 * reached), each ending at a given time: for tests of the profile over time.
 */
import type { CompiledScenario } from '../../src/contract';
import { createPlayer, traceRun } from '../../src/engine';
import {
  emptyProgress,
  finishRun,
  recordChoice,
  setProfile,
  startRun,
  type LearnerProfile,
  type Progress,
} from '../../src/progress';

export function progressWithRuns(
  scenario: CompiledScenario,
  runs: { events: string[]; endedAt: Date }[],
  profile: Omit<LearnerProfile, 'updatedAt'> = {},
): Progress {
  const player = createPlayer(scenario);
  let p = emptyProgress();
  runs.forEach(({ events, endedAt }, i) => {
    const ending = traceRun(player, events).ending;
    if (!ending) throw new Error(`run ${i + 1} does not reach an ending: ${events.join(', ')}`);
    const id = `r-profile-${i + 1}`;
    const at = (minutes: number) =>
      new Date(endedAt.getTime() - (events.length - minutes) * 60_000);
    p = startRun(p, {
      id,
      scenarioId: scenario.id,
      contentHash: scenario.contentHash,
      seed: 1,
      now: at(0),
    });
    events.forEach((e, step) => (p = recordChoice(p, id, e, at(step + 1))));
    p = finishRun(p, id, ending, endedAt);
  });
  return Object.keys(profile).length > 0
    ? setProfile(p, profile, runs.at(-1)?.endedAt ?? new Date())
    : p;
}
