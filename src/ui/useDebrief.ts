/** The debrief of a saved run, computed from its log with the scenario being served. */
import { useMemo } from 'react';
import { debrief, type Debrief } from '../debrief';
import { traceRun, type Player } from '../engine';
import type { Progress, SavedRun } from '../progress';
import type { Course } from './course';

export function runOf(progress: Progress, runId: string): SavedRun | undefined {
  return Object.hasOwn(progress.runs, runId) ? progress.runs[runId] : undefined;
}

export function debriefOf(
  course: Course,
  player: Player,
  run: SavedRun,
  progress: Progress,
): Debrief {
  const profile = {
    ...(progress.profile.stage ? { stage: progress.profile.stage } : {}),
    ...(progress.profile.demands ? { demands: progress.profile.demands } : {}),
  };
  return debrief(player.scenario, traceRun(player, run.events), course.index.taxonomy, profile);
}

export function useDebrief(
  course: Course,
  player: Player | undefined,
  run: SavedRun | undefined,
  progress: Progress,
): Debrief | undefined {
  return useMemo(
    () => (player && run ? debriefOf(course, player, run, progress) : undefined),
    [course, player, run, progress],
  );
}
