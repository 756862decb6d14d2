/**
 * How a learner's runs change over time, for the profile. Recent runs weigh more: the
 * latest run weighs 1 and the weight halves every HALF_LIFE_RUNS runs back (counted in
 * runs, not days, so the profile never changes while nobody plays). Trends compare the
 * latest runs (the newer half, at most RECENT_RUNS) with the earlier ones: a domain by
 * the share of its behaviour that was effective, a failure pattern by how often it showed
 * per ten decisions; each is improving, steady or slipping, with the numbers.
 */
import type { Domain, Outcome, Pattern } from '../contract';
import type { Debrief } from './types';

/** One completed run, as the profile reads it. */
export interface ProfileRun {
  debrief: Debrief;
  scenarioId: string;
  /** ISO time the run ended. */
  endedAt: string;
}

/** The weight halves every this many runs back from the latest. */
export const HALF_LIFE_RUNS = 3;
/** At most this many of the newest runs count as "your latest runs" in a trend. */
const RECENT_RUNS = 3;
/** A domain whose effective share moves this many points or more is improving or slipping. */
const SHARE_STEP = 10;
/** A pattern whose rate moves this much per ten decisions or more is improving or slipping. */
const RATE_STEP = 1;

export type Direction = 'improving' | 'steady' | 'slipping';

export interface DomainTrend {
  domain: Domain;
  /** Percent of the domain's behaviour that was effective, earlier and latest (null: none shown). */
  earlier: number | null;
  latest: number | null;
  direction: Direction;
}

export interface PatternTrend {
  pattern: Pattern;
  earlier: { count: number; decisions: number };
  latest: { count: number; decisions: number };
  direction: Direction;
}

export interface RunSummary {
  endedAt: string;
  outcome?: Outcome;
  effective: number;
  counterproductive: number;
}

export interface ScenarioHistory {
  scenarioId: string;
  title: string;
  runs: number;
  first: RunSummary;
  latest: RunSummary;
}

/** Oldest first; runs that ended at the same time keep the order they were given in. */
export function chronological(runs: ProfileRun[]): ProfileRun[] {
  return runs
    .map((run, i) => ({ run, i, t: Date.parse(run.endedAt) }))
    .sort((a, b) => (a.t === b.t || Number.isNaN(a.t - b.t) ? a.i - b.i : a.t - b.t))
    .map((x) => x.run);
}

/** The weight of each run, oldest first: 1 for the latest, halving every HALF_LIFE_RUNS back. */
export function recencyWeights(count: number): number[] {
  return Array.from({ length: count }, (_, i) => 0.5 ** ((count - 1 - i) / HALF_LIFE_RUNS));
}

/** How many of `count` runs are "the latest": the newer half, at most RECENT_RUNS. */
export function latestCount(count: number): number {
  return Math.min(RECENT_RUNS, Math.ceil(count / 2));
}

const direction = (delta: number, step: number): Direction =>
  delta >= step ? 'improving' : delta <= -step ? 'slipping' : 'steady';

function share(runs: ProfileRun[], domain: Domain): number | null {
  let effective = 0;
  let all = 0;
  for (const { debrief } of runs) {
    effective += debrief.balance[domain].effective;
    all += debrief.balance[domain].effective + debrief.balance[domain].counterproductive;
  }
  return all === 0 ? null : Math.round((effective / all) * 100);
}

function shown(runs: ProfileRun[], pattern: Pattern) {
  let count = 0;
  let decisions = 0;
  for (const { debrief } of runs) {
    decisions += debrief.decisions.length;
    count += debrief.patterns.find((p) => p.pattern === pattern)?.decisions.length ?? 0;
  }
  return { count, decisions };
}

const per10 = ({ count, decisions }: { count: number; decisions: number }) =>
  decisions === 0 ? 0 : (count / decisions) * 10;

/** Trends of both domains and of `patterns`, over runs given oldest first; none under two runs. */
export function trends(ordered: ProfileRun[], patterns: Pattern[]) {
  if (ordered.length < 2) return undefined;
  const cut = ordered.length - latestCount(ordered.length);
  const earlier = ordered.slice(0, cut);
  const latest = ordered.slice(cut);
  const domains = (['management', 'leadership'] as const).map((domain): DomainTrend => {
    const before = share(earlier, domain);
    const after = share(latest, domain);
    const moved = before === null || after === null ? 0 : after - before;
    return { domain, earlier: before, latest: after, direction: direction(moved, SHARE_STEP) };
  });
  const patternTrends = patterns.map((pattern): PatternTrend => {
    const before = shown(earlier, pattern);
    const after = shown(latest, pattern);
    // Fewer per ten decisions is better, so the change is read the other way round.
    return {
      pattern,
      earlier: before,
      latest: after,
      direction: direction(per10(before) - per10(after), RATE_STEP),
    };
  });
  return {
    earlierRuns: earlier.length,
    latestRuns: latest.length,
    domains,
    patterns: patternTrends,
  };
}

const summary = ({ debrief, endedAt }: ProfileRun): RunSummary => ({
  endedAt,
  ...(debrief.ending ? { outcome: debrief.ending.outcome } : {}),
  effective: debrief.balance.management.effective + debrief.balance.leadership.effective,
  counterproductive:
    debrief.balance.management.counterproductive + debrief.balance.leadership.counterproductive,
});

/** Per scenario, its first run against its latest, in the order each was first played. */
export function histories(ordered: ProfileRun[]): ScenarioHistory[] {
  const by = new Map<string, ProfileRun[]>();
  for (const run of ordered) by.set(run.scenarioId, [...(by.get(run.scenarioId) ?? []), run]);
  return [...by.values()].map((runs) => {
    const first = runs[0] as ProfileRun;
    const latest = runs[runs.length - 1] as ProfileRun;
    return {
      scenarioId: first.scenarioId,
      title: latest.debrief.title,
      runs: runs.length,
      first: summary(first),
      latest: summary(latest),
    };
  });
}
