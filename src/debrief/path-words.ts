/**
 * The words of the training path, the next scenarios and the profile's reading, in one
 * place (original wording, after the seeds' ideas), looked up in the learner's language
 * when a debrief is computed (catalog area `reading`). Each reason has two forms: the one
 * printed when it supports the path, and a "But …" form for when it argues against it.
 */
import type { Audience, Quality } from '../contract';
import { t } from '../i18n';
import type { DiagnosisKind } from './types';
import '../i18n/areas/reading';

export interface ReasonWords {
  agree: string;
  but: string;
}

export function stageWords(stage: Audience): ReasonWords {
  return {
    agree: t(`reading.path.stage.${stage}.agree`),
    but: t(`reading.path.stage.${stage}.but`),
  };
}

export function demandsWords(demands: 'execution' | 'direction' | 'both'): ReasonWords {
  return {
    agree: t(`reading.path.demands.${demands}.agree`),
    but: t(`reading.path.demands.${demands}.but`),
  };
}

/** Where the choices were made: one run, the learner's only run, all of them or the latest. */
export type Where = { scope: 'run' | 'one' | 'latest' } | { scope: 'across'; runs: number };

function whereWords(where: Where): string {
  return where.scope === 'across'
    ? t('reading.path.where.across', { count: where.runs })
    : t(`reading.path.where.${where.scope}`);
}

/** The diagnosis as a reason, for choices made `where`. */
export function diagnosisWords(kind: DiagnosisKind, where: Where): ReasonWords {
  const values = { where: whereWords(where) };
  return {
    agree: t(`reading.path.diagnosis.${kind}.agree`, values),
    but: t(`reading.path.diagnosis.${kind}.but`, values),
  };
}

/** The failure patterns as a reason; `names` lists them. */
export function patternReasonWords(
  side: 'management' | 'leadership' | 'both',
  where: Where,
  names: string,
): ReasonWords {
  const values = { where: whereWords(where), names };
  return {
    agree: t(`reading.path.patterns.${side}.agree`, values),
    but: t(`reading.path.patterns.${side}.but`, values),
  };
}

/** What the path rests on when the learner's runs say little or nothing. */
export function evidenceWords(
  what: 'noRuns' | 'nothing' | { decisions: number; threshold: number },
): string {
  return typeof what === 'string'
    ? t(`reading.path.evidence.${what}`)
    : t('reading.path.evidence.little', {
        decisions: String(what.decisions),
        threshold: String(what.threshold),
      });
}

/** The next stretch after a run with nothing to fix: just beyond the learner's stage. */
export function stretchWords(stage: Audience | 'any'): string {
  return t(`reading.path.stretch.${stage}`);
}

/** Where to begin with no runs: the side the stage starts on. */
export function startWords(stage: Audience | 'any'): string {
  return t(`reading.path.start.${stage}`);
}

/** What to try for a quality, as the end of a sentence. */
export function qualityTip(quality: Quality): string {
  return t(`reading.path.qualityTip.${quality}`);
}

/** "new managers", for the reasons a scenario is suggested. */
export function audiencePlural(audience: Audience): string {
  return t(`reading.suggest.audience.${audience}`);
}

/** The profile's reading of the learner's runs, weighing the latest most. */
export function profileReading(kind: DiagnosisKind): { title: string; summary: string } {
  return {
    title: t(`reading.profile.${kind}.title`),
    summary: t(`reading.profile.${kind}.summary`),
  };
}
