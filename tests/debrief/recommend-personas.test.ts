/**
 * The seeds' advice as a table: a new manager, an experienced manager and a senior
 * leader, with and without runs, with management-heavy and leadership-heavy failure
 * patterns and with each stated demand, each get the path and the first scenario the
 * seeds would give them — early transitions start with management fundamentals, broader
 * scope with leadership, experienced and senior roles are usually blended, and the
 * role's stated demands and the runs' evidence move the path — with reasons that agree.
 */
import { describe, expect, it } from 'vitest';
import type { Audience, Focus, ScenarioCard } from '../../src/contract';
import {
  capabilityMap,
  type DiagnosisKind,
  type PatternSeen,
  type TrainingPath,
} from '../../src/debrief';
import { ENOUGH_DECISIONS, recommend } from '../../src/debrief/recommend';
import { suggest } from '../../src/debrief/suggest';
import { buildCourse } from '../../src/vite/course-index';
import { ROOT } from '../support/paths';

const card = (id: string, audience: Audience, focus: Focus): ScenarioCard => ({
  id,
  title: id,
  summary: '',
  audience,
  minutes: 15,
  focus,
  decisions: { shortest: 4, longest: 8 },
});
/** A library with every stage and focus, so the first suggestion says what the rules prefer. */
const CARDS = [
  card('new-management', 'new-manager', 'management'),
  card('new-both', 'new-manager', 'both'),
  card('experienced-management', 'experienced-manager', 'management'),
  card('experienced-both', 'experienced-manager', 'both'),
  card('experienced-leadership', 'experienced-manager', 'leadership'),
  card('senior-leadership', 'senior-leader', 'leadership'),
  card('senior-both', 'senior-leader', 'both'),
  card('senior-management', 'senior-leader', 'management'),
];

const bundled = buildCourse('scenarios', ROOT).index.scenarios.flatMap((s) =>
  s.card ? [s.card] : [],
);

const managementGaps: PatternSeen[] = [
  { pattern: 'vague-delegation', side: 'management', decisions: [1, 4] },
  { pattern: 'missed-deadlines', side: 'management', decisions: [6] },
];
const leadershipGaps: PatternSeen[] = [
  { pattern: 'low-trust', side: 'leadership', decisions: [0, 3] },
  { pattern: 'stalled-change', side: 'leadership', decisions: [5] },
];

interface Row {
  who: string;
  stage: Audience;
  demands?: 'execution' | 'direction' | 'both';
  /** Absent: no runs yet. */
  runs?: { kind: DiagnosisKind; patterns: PatternSeen[] };
  path: TrainingPath;
  first: string;
}

const M = 'management-fundamentals';
const L = 'leadership-development';
const B = 'blended';
const mgmtRuns = { kind: 'direction-without-execution' as const, patterns: managementGaps };
const leadRuns = { kind: 'execution-without-direction' as const, patterns: leadershipGaps };

const ROWS: Row[] = [
  { who: 'new manager, no runs', stage: 'new-manager', path: M, first: 'new-management' },
  {
    who: 'new manager, no runs, role asks for direction',
    stage: 'new-manager',
    demands: 'direction',
    path: M,
    first: 'new-management',
  },
  {
    who: 'new manager, no runs, role asks for both',
    stage: 'new-manager',
    demands: 'both',
    path: M,
    first: 'new-management',
  },
  {
    who: 'new manager, management gaps',
    stage: 'new-manager',
    runs: mgmtRuns,
    path: M,
    first: 'new-management',
  },
  {
    who: 'new manager, management gaps, role asks for execution',
    stage: 'new-manager',
    demands: 'execution',
    runs: mgmtRuns,
    path: M,
    first: 'new-management',
  },
  {
    who: 'new manager, management gaps, role asks for direction',
    stage: 'new-manager',
    demands: 'direction',
    runs: mgmtRuns,
    path: M,
    first: 'new-management',
  },
  {
    who: 'new manager, leadership gaps',
    stage: 'new-manager',
    runs: leadRuns,
    path: B,
    first: 'new-both',
  },
  {
    who: 'new manager, leadership gaps, role asks for direction',
    stage: 'new-manager',
    demands: 'direction',
    runs: leadRuns,
    path: L,
    first: 'new-both',
  },
  {
    who: 'experienced manager, no runs',
    stage: 'experienced-manager',
    path: B,
    first: 'experienced-both',
  },
  {
    who: 'experienced manager, no runs, role asks for direction',
    stage: 'experienced-manager',
    demands: 'direction',
    path: B,
    first: 'experienced-both',
  },
  {
    who: 'experienced manager, leadership gaps',
    stage: 'experienced-manager',
    runs: leadRuns,
    path: B,
    first: 'experienced-both',
  },
  {
    who: 'experienced manager, leadership gaps, role asks for direction',
    stage: 'experienced-manager',
    demands: 'direction',
    runs: leadRuns,
    path: L,
    first: 'experienced-leadership',
  },
  {
    who: 'experienced manager, management gaps, role asks for execution',
    stage: 'experienced-manager',
    demands: 'execution',
    runs: mgmtRuns,
    path: M,
    first: 'experienced-management',
  },
  {
    who: 'experienced manager, management gaps, role asks for both',
    stage: 'experienced-manager',
    demands: 'both',
    runs: mgmtRuns,
    path: B,
    first: 'experienced-both',
  },
  { who: 'senior leader, no runs', stage: 'senior-leader', path: B, first: 'senior-both' },
  {
    who: 'senior leader, no runs, role asks for execution',
    stage: 'senior-leader',
    demands: 'execution',
    path: B,
    first: 'senior-both',
  },
  {
    who: 'senior leader, no runs, role asks for direction',
    stage: 'senior-leader',
    demands: 'direction',
    path: B,
    first: 'senior-both',
  },
  {
    who: 'senior leader, management gaps',
    stage: 'senior-leader',
    runs: mgmtRuns,
    path: B,
    first: 'senior-both',
  },
  {
    who: 'senior leader, management gaps, role asks for execution',
    stage: 'senior-leader',
    demands: 'execution',
    runs: mgmtRuns,
    path: M,
    first: 'senior-management',
  },
  {
    who: 'senior leader, leadership gaps',
    stage: 'senior-leader',
    runs: leadRuns,
    path: B,
    first: 'senior-both',
  },
  {
    who: 'senior leader, leadership gaps, role asks for direction',
    stage: 'senior-leader',
    demands: 'direction',
    runs: leadRuns,
    path: L,
    first: 'senior-leadership',
  },
];

describe('what the seeds would recommend', () => {
  it.each(ROWS)('$who: $path, first $first', (row) => {
    const profile = { stage: row.stage, ...(row.demands ? { demands: row.demands } : {}) };
    const evidence = row.runs
      ? { scope: 'profile' as const, runs: 3, decisions: ENOUGH_DECISIONS * 3 }
      : { scope: 'profile' as const, runs: 0, decisions: 0 };
    const r = recommend(
      { kind: row.runs?.kind ?? 'foundations-first' },
      row.runs?.patterns ?? [],
      profile,
      evidence,
    );
    expect(r.path).toBe(row.path);
    // The reasons printed first carry the path; any against it say so.
    expect(r.weighed[0]?.against).toBe(false);
    for (const w of r.weighed) if (w.against) expect(w.text).toMatch(/^But /);
    const next = suggest(CARDS, r.path, profile, new Map());
    expect(next[0]?.id).toBe(row.first);
    if (row.stage === 'new-manager')
      expect(next.findIndex((s) => s.id.startsWith('senior'))).not.toBe(0);
  });

  it('with no runs, a senior leader is not told "Management fundamentals" above "Senior roles ask for both"', () => {
    const map = capabilityMap([], bundled, { stage: 'senior-leader' });
    expect(map.recommendation.path).toBe('blended');
    expect(map.recommendation.reasons[0]).toMatch(/Senior roles ask for both/);
    expect(bundled.find((c) => c.id === map.suggestions[0]?.id)?.audience).toBe('senior-leader');
    expect(map.recommendation.focus[0]).toMatch(/^Start with/);
  });

  it('a new manager with management gaps is offered a new-manager case of the library first', () => {
    const r = recommend(mgmtRuns, managementGaps, { stage: 'new-manager' });
    expect(r.path).toBe('management-fundamentals');
    const next = suggest(bundled, r.path, { stage: 'new-manager' }, new Map());
    expect(bundled.find((c) => c.id === next[0]?.id)?.audience).toBe('new-manager');
    expect(next[0]?.why).toMatch(/^Written for new managers, your stage/);
  });

  it('after a strong run with nothing to fix, "work on next" names the weakest quality and the next stretch', () => {
    const r = recommend(
      { kind: 'balanced' },
      [],
      { stage: 'experienced-manager' },
      {
        scope: 'profile',
        runs: 2,
        decisions: 16,
        qualities: {
          communication: 5,
          empathy: 3,
          integrity: 2,
          decisiveness: 2,
          'strategic-thinking': 1,
        },
      },
    );
    expect(r.focus).toEqual([
      'Strategic thinking, the quality your runs have shown least (1 time): before you act, ask what the choice does to the next three months, not only to this week.',
      'Next stretch: a senior-leader case, where you set direction for people who do not report to you.',
    ]);
    // In one run's debrief, without the qualities, the stretch alone, never "try again".
    expect(recommend({ kind: 'balanced' }, [], { stage: 'new-manager' }).focus).toEqual([
      'Next stretch: a case written for experienced managers, where the same habits have to carry a wider team through a change.',
    ]);
  });
});
