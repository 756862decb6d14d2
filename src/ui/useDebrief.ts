/** The debrief of a saved run, computed from its log with the scenario being served, worded again when the learner switches language. */
import { useMemo } from 'react';
import { debrief, type Debrief } from '../debrief';
import { traceRun, type Player } from '../engine';
import { runById, type Progress, type SavedRun } from '../progress';
import type { Taxonomy } from '../contract';
import { useActiveLanguage } from './i18n/use-t';

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
  // The debrief's sentences are worded in the active language: a switch words them again.
  const language = useActiveLanguage();
  return useMemo(
    () => (player && run ? debriefOf(taxonomy, player, run, progress) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [taxonomy, player, run, progress, language],
  );
}
