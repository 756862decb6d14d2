/**
 * The profile over time: recent runs weigh more (halving every HALF_LIFE_RUNS runs
 * back), trends compare the earlier runs with the latest ones for each domain and the
 * top failure patterns, each scenario's first run is set against its latest, and the
 * words speak of runs, never of "this run".
 */
import { describe, expect, it } from 'vitest';
import { capabilityMap, type ProfileRun } from '../../src/debrief';
import { HALF_LIFE_RUNS, latestCount, recencyWeights } from '../../src/debrief/trends';
import { taggedRun } from '../support/tagged-run';

const weak = taggedRun(
  [
    ['delegates-vaguely'],
    ['accepts-vague-promises'],
    ['sets-clear-objectives'],
    ['leaves-priorities-unclear'],
  ],
  'weak',
);
const strong = taggedRun(
  [
    ['sets-clear-objectives'],
    ['agrees-dated-plan'],
    ['listens-before-judging'],
    ['connects-work-to-purpose'],
  ],
  'strong',
);
const run = (debrief: typeof weak, day: number, scenarioId = 'inline'): ProfileRun => ({
  debrief,
  scenarioId,
  endedAt: new Date(Date.UTC(2026, 2, day, 9)).toISOString(),
});

describe('recent runs weigh more', () => {
  it('weighs the latest run 1 and halves the weight every three runs back', () => {
    expect(HALF_LIFE_RUNS).toBe(3);
    const w = recencyWeights(7);
    expect(w[6]).toBe(1);
    expect(w[3]).toBeCloseTo(0.5);
    expect(w[0]).toBeCloseTo(0.25);
    expect(recencyWeights(0)).toEqual([]);
  });

  it('counts "your latest runs" as the newer half, at most three', () => {
    expect([1, 2, 3, 4, 6, 10].map(latestCount)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('adds every run for the totals and weighs the latest most for the ranking', () => {
    // An old pattern seen twice ranks below a recent one seen once.
    const old = taggedRun([['skips-one-to-ones'], ['lets-the-meeting-drift']]);
    const fresh = taggedRun([['judges-before-listening'], ['sets-clear-objectives']]);
    const filler = taggedRun([['sets-clear-objectives'], ['shows-trust']]);
    const runs = [old, filler, filler, filler, filler, filler, fresh].map((d, i) => run(d, i + 1));
    const map = capabilityMap(runs, [], {});
    expect(map.patterns.map((p) => [p.pattern, p.count, p.weighted])).toEqual([
      ['low-trust', 1, 1],
      ['poor-meeting-discipline', 2, 0.5],
    ]);
    expect(map.balance.management.effective).toBe(6);
    // 5 filler runs weigh 0.31 + 0.4 + 0.5 + 0.63 + 0.79, and the fresh run 1.
    expect(map.weighted.management.effective).toBeCloseTo(3.6, 1);
  });

  it('reads the runs in the order they ended, whatever order they are given in', () => {
    const a = capabilityMap([run(strong, 8), run(weak, 1)], [], {});
    const b = capabilityMap([run(weak, 1), run(strong, 8)], [], {});
    expect(a).toEqual(b);
    expect(a.weighted.leadership.effective).toBe(2);
  });
});

describe('trends from earlier runs to the latest', () => {
  it('shows growth: each domain and each pattern, with the numbers', () => {
    const map = capabilityMap([run(weak, 1), run(strong, 8)], [], {});
    expect(map.trends?.domains).toEqual([
      { domain: 'management', earlier: 33, latest: 100, direction: 'improving' },
      { domain: 'leadership', earlier: 0, latest: 100, direction: 'improving' },
    ]);
    expect(map.trends?.patterns).toContainEqual({
      pattern: 'vague-delegation',
      earlier: { count: 1, decisions: 4 },
      latest: { count: 0, decisions: 4 },
      direction: 'improving',
    });
  });

  it('says slipping when the latest runs are worse, and steady when nothing moved', () => {
    const slipping = capabilityMap([run(strong, 1), run(weak, 8)], [], {});
    expect(slipping.trends?.domains.map((t) => t.direction)).toEqual(['slipping', 'slipping']);
    expect(slipping.trends?.patterns.every((t) => t.direction === 'slipping')).toBe(true);
    const steady = capabilityMap([run(weak, 1), run(weak, 8)], [], {});
    expect(steady.trends?.domains.map((t) => t.direction)).toEqual(['steady', 'steady']);
    expect(steady.trends?.patterns.every((t) => t.direction === 'steady')).toBe(true);
  });

  it('has no trend under two runs', () => {
    expect(capabilityMap([run(weak, 1)], [], {}).trends).toBeUndefined();
  });

  it("sets each scenario's first run against its latest", () => {
    const map = capabilityMap(
      [run(weak, 1, 'alpha'), run(strong, 2, 'beta'), run(strong, 9, 'alpha')],
      [],
      {},
    );
    expect(
      map.scenarios.map((h) => [h.scenarioId, h.runs, h.first.outcome, h.latest.outcome]),
    ).toEqual([
      ['alpha', 2, 'weak', 'strong'],
      ['beta', 1, 'strong', 'strong'],
    ]);
    expect(map.scenarios[0]?.first).toMatchObject({ effective: 1, counterproductive: 3 });
    expect(map.scenarios[0]?.latest).toMatchObject({ effective: 4, counterproductive: 0 });
  });
});

describe('the words of the profile', () => {
  it('speak of runs, never of "this run"', () => {
    const map = capabilityMap([run(weak, 1), run(strong, 8)], [], { stage: 'new-manager' });
    const words = [
      map.reading?.summary,
      ...map.recommendation.reasons,
      ...map.recommendation.focus,
    ];
    expect(words.join(' ')).not.toMatch(/this run/i);
    expect(map.recommendation.reasons.join(' ')).toMatch(/across your 2 runs/);
    expect(map.reading?.runsReadSo).toBeGreaterThan(0);
  });

  it('leaves out of the reasons a pattern the latest runs no longer show', () => {
    const grown = capabilityMap([run(weak, 1), run(strong, 8)], [], { stage: 'new-manager' });
    expect(grown.patterns.length).toBeGreaterThan(0);
    expect(grown.recommendation.weighed.some((w) => w.source === 'patterns')).toBe(false);
    expect(grown.recommendation.focus.join(' ')).not.toMatch(/Vague delegation|Missed deadlines/);
    const slipped = capabilityMap([run(strong, 1), run(weak, 8)], [], { stage: 'new-manager' });
    const patterns = slipped.recommendation.weighed.find((w) => w.source === 'patterns');
    expect(patterns?.text).toMatch(/^The failure patterns in your latest runs \(/);
  });

  it('with no runs, keeps the reading and trends empty and starts from the stage', () => {
    const map = capabilityMap([], [], { stage: 'new-manager' });
    expect(map.runs).toBe(0);
    expect(map.reading).toBeUndefined();
    expect(map.trends).toBeUndefined();
    expect(map.recommendation.path).toBe('management-fundamentals');
    expect(map.recommendation.focus).toEqual([
      'Start with the practical basics: agree what done looks like, who owns it and by when.',
    ]);
  });
});
