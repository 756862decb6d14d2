/** The debrief of a saved run, computed from its log with the scenario being served. */
import { useMemo } from 'react';
import { debrief, type Debrief } from '../debrief';
import { traceRun, type Player } from '../engine';
import { runById, type Progress, type SavedRun } from '../progress';
import type { Taxonomy } from '../contract';

export function runOf(progress: Progress, runId: string): SavedRun | undefined {
  return runById(progress, runId);
}

export function debriefOf(
  taxonomy: Taxonomy | undefined,
  player: Player,
  run: SavedRun,
  progress: Progress,
): Debrief {
  const profile = {
    ...(progress.profile.stage ? { stage: progress.profile.stage } : {}),
    ...(progress.profile.demands ? { demands: progress.profile.demands } : {}),
  };
  return debrief(player.scenario, traceRun(player, run.events), taxonomy, profile);
}

export function useDebrief(
  taxonomy: Taxonomy | undefined,
  player: Player | undefined,
  run: SavedRun | undefined,
  progress: Progress,
): Debrief | undefined {
  return useMemo(
    () => (player && run ? debriefOf(taxonomy, player, run, progress) : undefined),
    [taxonomy, player, run, progress],
  );
}
