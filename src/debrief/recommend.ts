/**
 * The recommended training path, after the seeds. With little evidence (no runs, or fewer
 * than ENOUGH_DECISIONS decisions) the learner's career stage leads: it weighs as much as
 * everything else together; once their runs say enough, the failure patterns and the
 * reading of their choices together weigh as much as the stage, and so do their stated
 * role demands (docs/debrief.md, "Recommendations and the profile"). Every factor becomes a reason with the side it argues for
 * and a weight; the path is the side that weighs most (blended when management and
 * leadership weigh the same, or when "both" weighs as much as either), and a reason that
 * argues against the path is printed in its "But …" form, after the ones that carry it.
 */
import type { Audience, Domain, Quality } from '../contract';
import type { RecommendEvidence, ReasonSide, ReasonSource, WeighedReason } from './path-types';
import {
  demandsWords,
  diagnosisWords,
  evidenceWords,
  patternReasonWords,
  qualityTip,
  stageWords,
  startWords,
  stretchWords,
  type ReasonWords,
  type Where,
} from './path-words';
import { t } from '../i18n';
import '../i18n/areas/reading';
import type {
  Diagnosis,
  DiagnosisKind,
  LearnerProfileInput,
  PatternSeen,
  Recommendation,
  TrainingPath,
} from './types';
import {
  domainTip,
  pathTitle,
  patternLabel,
  patternInline,
  patternTip,
  QUALITIES,
  qualityLabel,
} from './words';

/** From this many decisions across a learner's runs, their choices weigh as much as their stage. */
export const ENOUGH_DECISIONS = 8;

/** What each factor weighs, with little evidence and with enough. */
export const REASON_WEIGHTS = {
  little: { stage: 4, demands: 2, diagnosis: 1, patterns: 1 },
  enough: { stage: 2, demands: 2, diagnosis: 1, patterns: 1 },
} as const;

const STAGE_SIDE: Record<Audience, ReasonSide> = {
  'new-manager': 'management',
  'experienced-manager': 'both',
  'senior-leader': 'both',
};

const DEMANDS_SIDE = { execution: 'management', direction: 'leadership', both: 'both' } as const;

const DIAGNOSIS_SIDE: Record<DiagnosisKind, ReasonSide> = {
  'execution-without-direction': 'leadership',
  'direction-without-execution': 'management',
  'foundations-first': 'management',
  balanced: 'both',
};

const PATH_OF_SIDE: Record<'management' | 'leadership' | 'both', TrainingPath> = {
  management: 'management-fundamentals',
  leadership: 'leadership-development',
  both: 'blended',
};

/** One whole run, when the caller does not say how much evidence there is. */
const ONE_RUN: RecommendEvidence = { scope: 'run', runs: 1, decisions: ENOUGH_DECISIONS };

interface Draft {
  source: ReasonSource;
  side: ReasonSide;
  weight: number;
  words: ReasonWords;
}

/** A pattern's weight in the reasons: its `count` when the caller ranked them, else its decisions. */
type CountedPattern = PatternSeen & { count?: number };

export function recommend(
  diagnosis: Pick<Diagnosis, 'kind'>,
  patterns: CountedPattern[],
  profile: LearnerProfileInput,
  evidence: RecommendEvidence = ONE_RUN,
): Recommendation {
  const drafts = draftReasons(diagnosis.kind, patterns, profile, evidence);
  const path = choosePath(drafts);
  const weighed = drafts.map((d): WeighedReason => {
    const against = argues(d.side, path);
    return {
      source: d.source,
      side: d.side,
      weight: d.weight,
      against,
      text: against ? d.words.but : d.words.agree,
    };
  });
  const rank = (r: WeighedReason) => (r.against ? 2 : r.side === 'none' ? 1 : 0);
  weighed.sort((a, b) => rank(a) - rank(b) || b.weight - a.weight);
  return {
    path,
    title: pathTitle(path),
    reasons: weighed.map((r) => r.text),
    focus: focus(diagnosis.kind, patterns, profile, evidence),
    weighed,
  };
}

/** True when a reason for `side` argues for another path than `path`. */
function argues(side: ReasonSide, path: TrainingPath): boolean {
  if (side === 'none' || path === 'blended') return false;
  return PATH_OF_SIDE[side] !== path;
}

function draftReasons(
  kind: DiagnosisKind,
  patterns: CountedPattern[],
  profile: LearnerProfileInput,
  evidence: RecommendEvidence,
): Draft[] {
  const little = evidence.runs === 0 || evidence.decisions < ENOUGH_DECISIONS;
  const weights = REASON_WEIGHTS[little ? 'little' : 'enough'];
  // A profile's reading is of all its runs; the patterns it passes are those of the latest.
  const where = (latest: Where): Where =>
    evidence.scope === 'run' ? { scope: 'run' } : evidence.runs === 1 ? { scope: 'one' } : latest;
  const out: Draft[] = [];
  if (profile.stage)
    out.push({
      source: 'stage',
      side: STAGE_SIDE[profile.stage],
      weight: weights.stage,
      words: stageWords(profile.stage),
    });
  if (profile.demands)
    out.push({
      source: 'demands',
      side: DEMANDS_SIDE[profile.demands],
      weight: weights.demands,
      words: demandsWords(profile.demands),
    });
  if (evidence.runs > 0) {
    out.push({
      source: 'diagnosis',
      side: DIAGNOSIS_SIDE[kind],
      weight: weights.diagnosis,
      words: diagnosisWords(kind, where({ scope: 'across', runs: evidence.runs })),
    });
    const side = patternSide(patterns);
    if (side)
      out.push({
        source: 'patterns',
        side,
        weight: weights.patterns,
        words: patternReasonWords(side, where({ scope: 'latest' }), names(patterns, side)),
      });
  }
  const context = contextWords(evidence, little, out.length === 0);
  if (context) out.push({ source: 'evidence', side: 'none', weight: 0, words: context });
  return out;
}

function contextWords(
  evidence: RecommendEvidence,
  little: boolean,
  nothing: boolean,
): ReasonWords | undefined {
  const text = nothing
    ? evidenceWords('nothing')
    : evidence.runs === 0
      ? evidenceWords('noRuns')
      : little
        ? evidenceWords({ decisions: evidence.decisions, threshold: ENOUGH_DECISIONS })
        : undefined;
  return text === undefined ? undefined : { agree: text, but: text };
}

/** The side the failure patterns point to: one side, or both when neither has twice the other. */
function patternSide(patterns: CountedPattern[]): 'management' | 'leadership' | 'both' | undefined {
  const count = (side: Domain) =>
    patterns
      .filter((p) => p.side === side)
      .reduce((n, p) => n + (p.count ?? p.decisions.length), 0);
  const m = count('management');
  const l = count('leadership');
  if (m === 0 && l === 0) return undefined;
  if (m >= 2 * l) return 'management';
  if (l >= 2 * m) return 'leadership';
  return 'both';
}

function choosePath(drafts: Draft[]): TrainingPath {
  const sum = (side: ReasonSide) =>
    drafts.filter((d) => d.side === side).reduce((n, d) => n + d.weight, 0);
  const m = sum('management');
  const l = sum('leadership');
  const b = sum('both');
  if (m > l && m > b) return 'management-fundamentals';
  if (l > m && l > b) return 'leadership-development';
  return 'blended';
}

function names(patterns: CountedPattern[], side: 'management' | 'leadership' | 'both'): string {
  return patterns
    .filter((p) => side === 'both' || p.side === side)
    .map((p) => patternInline(p.pattern))
    .join(', ');
}

/**
 * The one or two things to work on: the most frequent failure pattern, then the weaker
 * side; with neither, the quality shown least (when known) and the next stretch for the
 * learner's stage. With no runs, where to start.
 */
function focus(
  kind: DiagnosisKind,
  patterns: CountedPattern[],
  profile: LearnerProfileInput,
  evidence: RecommendEvidence,
): string[] {
  const stage = profile.stage ?? 'any';
  if (evidence.runs === 0) return [startWords(stage)];
  const out: string[] = [];
  const weight = (p: CountedPattern) => p.count ?? p.decisions.length;
  const top = [...patterns].sort((a, b) => weight(b) - weight(a))[0];
  if (top)
    out.push(
      t('reading.path.focus.pattern', {
        pattern: patternLabel(top.pattern),
        tip: patternTip(top.pattern),
      }),
    );
  if (kind === 'execution-without-direction')
    out.push(t('reading.path.focus.direction', { tip: domainTip('leadership') }));
  else if (kind === 'direction-without-execution' || kind === 'foundations-first')
    out.push(t('reading.path.focus.execution', { tip: domainTip('management') }));
  if (out.length === 0) {
    const weakest = weakestQuality(evidence.qualities);
    if (weakest) {
      const [quality, n] = weakest;
      out.push(
        t('reading.path.focus.quality', {
          quality: qualityLabel(quality),
          scope: evidence.scope,
          count: n,
          tip: qualityTip(quality),
        }),
      );
    }
    out.push(stretchWords(stage));
  }
  return out.slice(0, 2);
}

function weakestQuality(
  qualities: Partial<Record<Quality, number>> | undefined,
): [Quality, number] | undefined {
  if (!qualities) return undefined;
  const all = QUALITIES;
  return all
    .map((q): [Quality, number] => [q, qualities[q] ?? 0])
    .reduce((low, q) => (q[1] < low[1] ? q : low));
}
