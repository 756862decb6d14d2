/**
 * The cohort fold's numbers against a cohort built with the cmi5 package's own statement
 * builders (tests/insight/cohort.ts), whose roads give known counts: starts, completions,
 * outcomes, the median time, every choice's share, the path flow, the reading with the
 * debrief's rules, first attempts against later ones, and months; then suppression at
 * four learners against five, order independence, and the filters.
 */
import { describe, expect, it } from 'vitest';
import { createFold } from '../../src/insight/fold';
import { programmeReasons } from '../../src/insight/reasons';
import type {
  CohortInsight,
  CohortReading,
  Guarded,
  InsightFilter,
  ScenarioInsight,
} from '../../src/insight/types';
import {
  APRIL,
  baseCohort,
  registrationOf,
  runStatements,
  shuffled,
  TEAM,
  type RunSpec,
} from './cohort';

function fold(specs: RunSpec[], filter: InsightFilter = {}, order = (s: unknown[]) => s) {
  const f = createFold(filter);
  for (const s of order(specs.flatMap(runStatements))) f.add(s);
  return f.result();
}

function shown<T extends object>(value: Guarded<T>): T {
  if ('suppressed' in value) throw new Error('expected a breakdown, got a suppressed one');
  return value;
}

const scenario = (insight: CohortInsight, i = 0): ScenarioInsight =>
  shown(insight.scenarios[i] ?? { suppressed: true, reason: 'fewer-than-min-learners' });

describe('the fold of a known cohort', () => {
  const insight = fold(baseCohort());
  const s = scenario(insight);

  it('counts statements, learners, starts, completions, outcomes and endings', () => {
    // 12 runs × (initialized, 2 answered, completed, passed|failed, terminated).
    expect(insight.statements).toEqual({ read: 72, used: 72, skipped: 0, filtered: 0 });
    expect(insight.learners).toBe(12);
    expect(s).toMatchObject({
      id: 'missed-deadline',
      activity: 'urn:casebook:course:demo:au:missed-deadline',
      learners: 12,
      starts: 12,
      completions: 12,
      outcomes: { strong: 6, mixed: 1, weak: 5 },
    });
    expect(s.endings).toEqual([
      { id: 'on-track', outcome: 'strong', runs: 6 },
      { id: 'slipped', outcome: 'weak', runs: 5 },
      { id: 'half-way', outcome: 'mixed', runs: 1 },
    ]);
  });

  it('takes the median time from the completed statements (100 s … 210 s: 155 s)', () => {
    expect(s.medianMs).toBe(155_000);
  });

  it("gives each choice's share of the decision's learners, with tags, behaviours, and the rare roads", () => {
    expect(s.decisions.map((d) => [d.scene.id, d.scene.title, d.learners])).toEqual([
      ['deadline', 'The missed deadline', 12],
      ['plan', 'The plan', 12],
    ]);
    const [deadline, plan] = s.decisions.map((d) => shown(d.choices));
    expect(deadline?.map((c) => [c.event, c.learners, c.share, c.tag, c.rare])).toEqual([
      ['ASK', 7, 7 / 12, 'leadership', false],
      ['PUSH', 5, 5 / 12, 'management', false],
      ['IGNORE', 0, 0, 'untagged', true],
    ]);
    expect(deadline?.[1]?.behaviours).toEqual([
      {
        id: 'sets-dates-alone',
        label: 'sets dates alone',
        domain: 'management',
        polarity: 'counterproductive',
        pattern: 'missed-deadlines',
      },
    ]);
    expect(plan?.map((c) => [c.event, c.learners, c.label])).toEqual([
      ['PLAN', 6, 'Agree owners and dates'],
      ['VAGUE', 6, 'Leave it to the team'],
    ]);
  });

  it('draws the path flow by run, hiding links under five learners', () => {
    const paths = shown(s.paths);
    expect(paths.links).toEqual([
      { from: 'deadline', to: 'plan', runs: 12 },
      { from: 'plan', to: 'ending:on-track', runs: 6 },
      { from: 'plan', to: 'ending:slipped', runs: 5 },
    ]);
    expect(paths.hiddenRuns).toBe(1);
    expect(paths.nodes).toEqual([
      { id: 'deadline', title: 'The missed deadline' },
      { id: 'plan', title: 'The plan' },
      { id: 'ending:on-track', title: 'on-track', outcome: 'strong' },
      { id: 'ending:slipped', title: 'slipped', outcome: 'weak' },
    ]);
  });

  it("reads the cohort with the debrief's rules: balance, diagnoses, recurring patterns, programme", () => {
    const expected: Omit<CohortReading, 'programme'> = {
      balance: {
        management: { effective: 6, counterproductive: 11 },
        leadership: { effective: 7, counterproductive: 0 },
      },
      diagnoses: { balanced: 6, 'foundations-first': 5, 'direction-without-execution': 1 },
      patterns: [
        { pattern: 'vague-delegation', side: 'management', learners: 6 },
        { pattern: 'missed-deadlines', side: 'management', learners: 5 },
      ],
    };
    const reading = shown(s.reading);
    expect(reading).toMatchObject(expected);
    // The most common reading (balanced) argues for both sides, the patterns for management.
    expect(reading.programme.path).toBe('blended');
    expect(programmeReasons(reading)[0]).toBe(
      '6 of 12 learners read as "Balanced: execution and direction".',
    );
    expect(shown(insight.cohort)).toEqual(reading);
  });

  it('lists the groupings the statements carry (not the session id, not registrations)', () => {
    expect(insight.groupings).toEqual([{ key: TEAM, values: ['north', 'south'] }]);
  });

  it('is one month, and every run a first attempt', () => {
    expect(s.months).toEqual([
      {
        month: '2026-03',
        summary: {
          learners: 12,
          starts: 12,
          completions: 12,
          outcomes: { strong: 6, mixed: 1, weak: 5 },
          balance: shown(s.reading).balance,
        },
      },
    ]);
    expect(shown(s.attempts.first).runs).toBe(12);
    expect(s.attempts.later).toEqual({ suppressed: true, reason: 'fewer-than-min-learners' });
  });
});

describe('first attempts against later ones, and months', () => {
  const retry = (n: number): RunSpec[] =>
    baseCohort()
      .filter((r) => r.road === 'bad')
      .slice(0, n)
      .map((r) => ({ ...r, road: 'good', start: new Date(APRIL.getTime() + 60_000) }));

  it('compares the first completed run of each learner with the later ones', () => {
    const s = scenario(fold([...retry(5), ...baseCohort()]));
    expect(shown(s.attempts.first)).toMatchObject({
      runs: 12,
      outcomes: { strong: 6, mixed: 1, weak: 5 },
    });
    expect(shown(s.attempts.later)).toEqual({
      runs: 5,
      outcomes: { strong: 5, mixed: 0, weak: 0 },
      balance: {
        management: { effective: 5, counterproductive: 0 },
        leadership: { effective: 5, counterproductive: 0 },
      },
    });
    expect(s.starts).toBe(17);
    expect(s.months.map((m) => [m.month, shown(m.summary).starts])).toEqual([
      ['2026-03', 12],
      ['2026-04', 5],
    ]);
  });

  it('suppresses later attempts and a month resting on four learners', () => {
    const s = scenario(fold([...baseCohort(), ...retry(4)]));
    expect(s.attempts.later).toEqual({ suppressed: true, reason: 'fewer-than-min-learners' });
    expect(s.months[1]).toEqual({
      month: '2026-04',
      summary: { suppressed: true, reason: 'fewer-than-min-learners' },
    });
  });
});

describe('privacy: fewer than five learners is never a count', () => {
  const cohort = (n: number) => baseCohort().slice(0, n);

  it('suppresses a scenario and the cohort reading of four learners', () => {
    const insight = fold(cohort(4));
    expect(insight.scenarios).toEqual([
      { suppressed: true, reason: 'fewer-than-min-learners', about: 'missed-deadline' },
    ]);
    expect(insight.cohort).toEqual({ suppressed: true, reason: 'fewer-than-min-learners' });
    expect(JSON.stringify(insight)).not.toMatch(/mailto|Learner l|example\.org"/);
  });

  it('shows them from five', () => {
    const insight = fold(cohort(5));
    expect(scenario(insight).learners).toBe(5);
    expect(shown(insight.cohort).diagnoses).toEqual({ balanced: 5 });
  });

  it("suppresses a decision's choices reached by four learners within a larger cohort", () => {
    const escalating = (n: number): RunSpec[] =>
      Array.from({ length: n }, (_, i) => ({ learner: `e${i}`, road: 'escalate', start: APRIL }));
    const four = scenario(fold([...baseCohort(), ...escalating(4)]));
    expect(four.decisions.map((d) => [d.scene.id, d.learners])).toEqual([
      ['deadline', 16],
      ['escalation', 0],
      ['plan', 12],
    ]);
    expect(four.decisions[1]?.choices).toEqual({
      suppressed: true,
      reason: 'fewer-than-min-learners',
    });
    const five = scenario(fold([...baseCohort(), ...escalating(5)]));
    expect(shown(five.decisions[1]!.choices).map((c) => [c.event, c.learners])).toEqual([
      ['ESCALATE', 5],
    ]);
    expect(shown(five.decisions[0]!.choices).find((c) => c.event === 'IGNORE')).toMatchObject({
      learners: 5,
      share: 5 / 17,
      tag: 'leadership',
      rare: false,
    });
  });

  it('suppresses a scenario of four learners next to one of five', () => {
    const small = fold([
      ...baseCohort().slice(0, 5),
      ...baseCohort()
        .slice(0, 4)
        .map((r) => ({ ...r, scenario: 'second' })),
    ]);
    expect(scenario(small, 0).id).toBe('missed-deadline');
    expect(small.scenarios[1]).toEqual({
      suppressed: true,
      reason: 'fewer-than-min-learners',
      about: 'second',
    });
  });

  it('never names a learner: no name, mailbox or key anywhere in the result', () => {
    const text = JSON.stringify(fold(baseCohort()));
    expect(text).not.toContain('mailto:');
    expect(text).not.toContain('Learner l');
  });
});

describe('order independence', () => {
  it('gives the same result whatever order the statements arrive in', () => {
    const specs = [
      ...baseCohort(),
      ...baseCohort().map((r) => ({ ...r, start: APRIL, road: 'good' as const })),
    ];
    const inOrder = fold(specs);
    for (const seed of [1, 2, 3])
      expect(fold(specs, {}, (s) => shuffled(s, seed))).toEqual(inOrder);
    expect(fold(specs, {}, (s) => [...s].reverse())).toEqual(inOrder);
  });

  it('settles which of two runs ending at the same time was first by the run, not by arrival', () => {
    const twins = baseCohort()
      .slice(0, 5)
      .flatMap((r): RunSpec[] => [
        { ...r, road: 'good', run: `${r.learner}-b` },
        { ...r, road: 'bad', run: `${r.learner}-a` },
      ]);
    const inOrder = scenario(fold(twins));
    expect(shown(inOrder.attempts.first).outcomes).toEqual({ strong: 0, mixed: 0, weak: 5 });
    for (const seed of [4, 5])
      expect(scenario(fold(twins, {}, (s) => shuffled(s, seed)))).toEqual(inOrder);
    expect(scenario(fold(twins, {}, (s) => [...s].reverse()))).toEqual(inOrder);
  });

  it('counts a statement read twice once', () => {
    const specs = baseCohort();
    const twice = fold(specs, {}, (s) => [...s, ...s]);
    expect(twice.scenarios).toEqual(fold(specs).scenarios);
  });
});

describe('filters', () => {
  const two = [...baseCohort(), ...baseCohort().map((r) => ({ ...r, scenario: 'second' }))];

  it('keeps one scenario', () => {
    const insight = fold(two, { scenario: 'second' });
    expect(insight.scenarios.map((s) => shown(s).id)).toEqual(['second']);
    expect(insight.statements).toEqual({ read: 144, used: 72, skipped: 0, filtered: 72 });
  });

  it('keeps a period', () => {
    const specs = [
      ...baseCohort(),
      ...baseCohort().map((r) => ({ ...r, start: APRIL, road: 'good' as const })),
    ];
    const april = scenario(fold(specs, { since: '2026-04-01T00:00:00Z' }));
    expect(april.outcomes).toEqual({ strong: 12, mixed: 0, weak: 0 });
    const march = scenario(fold(specs, { until: '2026-03-31T23:59:59Z' }));
    expect(march.outcomes).toEqual({ strong: 6, mixed: 1, weak: 5 });
  });

  it('keeps a group: a context extension, or the registration', () => {
    const specs = [
      ...baseCohort(),
      ...baseCohort().map((r) => ({ ...r, learner: `${r.learner}b` })),
    ];
    const north = scenario(fold(specs, { group: { key: TEAM, value: 'north' } }));
    expect(north.learners).toBe(12);
    expect(north.outcomes).toEqual({ strong: 6, mixed: 0, weak: 6 });
    const shared = specs.map((r, i) => ({ ...r, registration: registrationOf(i < 6 ? 'a' : 'b') }));
    const a = scenario(
      fold(shared, { group: { key: 'registration', value: registrationOf('a') } }),
    );
    expect(a.learners).toBe(6);
  });
});
