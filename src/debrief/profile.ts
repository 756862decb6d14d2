/**
 * The learner's capability map across their completed runs, over time: each domain,
 * each quality and the failure patterns, with recent runs weighing more (src/debrief/
 * trends.ts); a reading of the runs; the trends from earlier to latest runs; each
 * scenario's first run against its latest; the training path for their stage and what
 * the runs showed; and which scenarios to play next.
 */
import type { Pattern, Quality, ScenarioCard } from '../contract';
import { profileReading } from './path-words';
import { recommend } from './recommend';
import { suggest, type PlayedBefore, type Suggestion } from './suggest';
import {
  chronological,
  histories,
  latestCount,
  recencyWeights,
  trends,
  type ProfileRun,
  type ScenarioHistory,
} from './trends';
import type {
  Balance,
  DiagnosisKind,
  LearnerProfileInput,
  PatternSeen,
  Recommendation,
} from './types';

interface ProfileReading {
  kind: DiagnosisKind;
  title: string;
  summary: string;
  /** How many of the runs were read this way, each on its own. */
  runsReadSo: number;
}

export interface CapabilityMap {
  runs: number;
  decisions: number;
  /** Every run added up. */
  balance: Balance;
  /** The same with recent runs weighing more (see `recencyWeights`), to one decimal. */
  weighted: Balance;
  qualities: Partial<Record<Quality, number>>;
  /** Most weighty first; `count` is the decisions that showed it, `weighted` the same by recency. */
  patterns: (PatternSeen & { count: number; weighted: number })[];
  /** Absent until there is a run. */
  reading?: ProfileReading;
  recommendation: Recommendation;
  suggestions: Suggestion[];
  /** Earlier runs against the latest ones; absent under two runs. */
  trends?: ReturnType<typeof trends>;
  scenarios: ScenarioHistory[];
}

const emptyBalance = (): Balance => ({
  management: { effective: 0, counterproductive: 0 },
  leadership: { effective: 0, counterproductive: 0 },
});

const round1 = (n: number) => Math.round(n * 10) / 10;

export function capabilityMap(
  given: ProfileRun[],
  cards: ScenarioCard[],
  profile: LearnerProfileInput,
): CapabilityMap {
  const runs = chronological(given);
  const weights = recencyWeights(runs.length);
  const balance = emptyBalance();
  const weighted = emptyBalance();
  const qualities: Partial<Record<Quality, number>> = {};
  const patterns = new Map<Pattern, PatternSeen & { count: number; weighted: number }>();
  const kinds = new Map<DiagnosisKind, { weight: number; runs: number }>();
  let decisions = 0;
  runs.forEach(({ debrief: d }, i) => {
    const w = weights[i] ?? 1;
    decisions += d.decisions.length;
    for (const domain of ['management', 'leadership'] as const)
      for (const polarity of ['effective', 'counterproductive'] as const) {
        balance[domain][polarity] += d.balance[domain][polarity];
        weighted[domain][polarity] += w * d.balance[domain][polarity];
      }
    for (const [quality, n] of Object.entries(d.qualities) as [Quality, number][])
      qualities[quality] = (qualities[quality] ?? 0) + n;
    for (const p of d.patterns) {
      const seen = patterns.get(p.pattern) ?? { ...p, decisions: [], count: 0, weighted: 0 };
      seen.count += p.decisions.length;
      seen.weighted += w * p.decisions.length;
      patterns.set(p.pattern, seen);
    }
    const kind = kinds.get(d.diagnosis.kind) ?? { weight: 0, runs: 0 };
    kinds.set(d.diagnosis.kind, { weight: kind.weight + w, runs: kind.runs + 1 });
  });
  for (const side of Object.values(weighted)) {
    side.effective = round1(side.effective);
    side.counterproductive = round1(side.counterproductive);
  }
  const sorted = [...patterns.values()]
    .map((p) => ({ ...p, weighted: round1(p.weighted) }))
    .sort(
      (a, b) => b.weighted - a.weighted || b.count - a.count || (a.pattern < b.pattern ? -1 : 1),
    );
  const reading = readingOf(kinds, runs);
  // A pattern the latest runs no longer show is behind the learner: it is not a reason now.
  const latest = new Set(
    runs
      .slice(runs.length - latestCount(runs.length))
      .flatMap((r) => r.debrief.patterns.map((p) => p.pattern)),
  );
  const recommendation = recommend(
    { kind: reading?.kind ?? 'foundations-first' },
    sorted.filter((p) => latest.has(p.pattern)).map((p) => ({ ...p, count: p.weighted })),
    profile,
    { scope: 'profile', runs: runs.length, decisions, qualities },
  );
  const played = new Map<string, PlayedBefore>();
  for (const { scenarioId, debrief } of runs)
    played.set(scenarioId, {
      runs: (played.get(scenarioId)?.runs ?? 0) + 1,
      ...(debrief.ending ? { latestOutcome: debrief.ending.outcome } : {}),
    });
  const trend = trends(
    runs,
    sorted.slice(0, 3).map((p) => p.pattern),
  );
  return {
    runs: runs.length,
    decisions,
    balance,
    weighted,
    qualities,
    patterns: sorted,
    ...(reading ? { reading } : {}),
    recommendation,
    suggestions: suggest(cards, recommendation.path, profile, played),
    ...(trend ? { trends: trend } : {}),
    scenarios: histories(runs),
  };
}

/** The reading with the most weight; a tie goes to the latest run's. */
function readingOf(
  kinds: Map<DiagnosisKind, { weight: number; runs: number }>,
  runs: ProfileRun[],
): ProfileReading | undefined {
  const latest = runs.at(-1)?.debrief.diagnosis.kind;
  if (!latest) return undefined;
  let best: DiagnosisKind = latest;
  for (const [kind, { weight }] of kinds) if (weight > (kinds.get(best)?.weight ?? 0)) best = kind;
  return { kind: best, ...profileReading(best), runsReadSo: kinds.get(best)?.runs ?? 0 };
}
