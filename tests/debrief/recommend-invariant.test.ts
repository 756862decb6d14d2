/**
 * A path never contradicts a reason printed under it, over every combination of career
 * stage × stated demands × diagnosis kind × the sides of the failure patterns × how
 * much evidence there is: the path is the side the reasons weigh most towards (blended
 * when management and leadership weigh the same), a reason that argues for another path
 * says "But …" and comes after the ones that carry the path, and no other reason does.
 */
import { describe, expect, it } from 'vitest';
import { AUDIENCES, type Audience } from '../../src/contract';
import type { DiagnosisKind, PatternSeen, TrainingPath } from '../../src/debrief';
import type { RecommendEvidence, ReasonSide } from '../../src/debrief/path-types';
import { ENOUGH_DECISIONS, REASON_WEIGHTS, recommend } from '../../src/debrief/recommend';

const KINDS: DiagnosisKind[] = [
  'balanced',
  'execution-without-direction',
  'direction-without-execution',
  'foundations-first',
];
const DEMANDS = [undefined, 'execution', 'direction', 'both'] as const;
const STAGES: (Audience | undefined)[] = [undefined, ...AUDIENCES];

const seen = (pattern: PatternSeen['pattern'], side: PatternSeen['side'], times: number) => ({
  pattern,
  side,
  decisions: Array.from({ length: times }, (_, i) => i),
});
const PATTERNS: Record<string, PatternSeen[]> = {
  none: [],
  management: [seen('vague-delegation', 'management', 2)],
  leadership: [seen('low-trust', 'leadership', 2)],
  'both sides': [
    seen('missed-deadlines', 'management', 1),
    seen('stalled-change', 'leadership', 1),
  ],
  'mostly management': [
    seen('missed-deadlines', 'management', 3),
    seen('unclear-direction', 'leadership', 1),
  ],
  'mostly leadership': [
    seen('poor-presence', 'leadership', 4),
    seen('vague-delegation', 'management', 1),
  ],
};
const EVIDENCE: Record<string, RecommendEvidence | undefined> = {
  'one run (the debrief)': undefined,
  'no runs': { scope: 'profile', runs: 0, decisions: 0 },
  'one short run': { scope: 'profile', runs: 1, decisions: ENOUGH_DECISIONS - 1 },
  'several runs': { scope: 'profile', runs: 4, decisions: ENOUGH_DECISIONS * 4 },
};

const PATH_OF: Record<Exclude<ReasonSide, 'none'>, TrainingPath> = {
  management: 'management-fundamentals',
  leadership: 'leadership-development',
  both: 'blended',
};
/** Does a reason for `side` argue against `path`? Blended takes in every side. */
const contradicts = (side: ReasonSide, path: TrainingPath) =>
  side !== 'none' && path !== 'blended' && PATH_OF[side] !== path;

const cases = STAGES.flatMap((stage) =>
  DEMANDS.flatMap((demands) =>
    KINDS.flatMap((kind) =>
      Object.keys(PATTERNS).flatMap((patterns) =>
        Object.keys(EVIDENCE).map((evidence) => ({ stage, demands, kind, patterns, evidence })),
      ),
    ),
  ),
);

describe('the path and its reasons, over every combination', () => {
  it('lets the stage lead while there is little evidence: it weighs as much as all the rest', () => {
    const { stage, demands, diagnosis, patterns } = REASON_WEIGHTS.little;
    expect(stage).toBeGreaterThanOrEqual(demands + diagnosis + patterns);
    // With enough evidence, the runs together weigh as much as the stage, and so do the demands.
    const enough = REASON_WEIGHTS.enough;
    expect(enough.diagnosis + enough.patterns).toBe(enough.stage);
    expect(enough.demands).toBe(enough.stage);
  });

  it(`holds for all ${cases.length} combinations`, () => {
    expect(cases.length).toBe(4 * 4 * 4 * 6 * 4);
    for (const c of cases) {
      const profile = {
        ...(c.stage ? { stage: c.stage } : {}),
        ...(c.demands ? { demands: c.demands } : {}),
      };
      const r = recommend(
        { kind: c.kind },
        PATTERNS[c.patterns] ?? [],
        profile,
        EVIDENCE[c.evidence],
      );
      const label = JSON.stringify(c);
      const weight = (side: ReasonSide) =>
        r.weighed.filter((w) => w.side === side).reduce((n, w) => n + w.weight, 0);
      const [m, l, b] = [weight('management'), weight('leadership'), weight('both')];

      // The path is the side the reasons weigh most towards.
      if (r.path === 'management-fundamentals') expect(m > l && m > b, label).toBe(true);
      else if (r.path === 'leadership-development') expect(l > m && l > b, label).toBe(true);
      else expect(b >= Math.max(m, l) || m === l, label).toBe(true);

      // A reason against the path says "But", comes after the ones for it, and only it does.
      for (const w of r.weighed) {
        expect(w.against, label).toBe(contradicts(w.side, r.path));
        expect(w.text.startsWith('But '), `${label}: ${w.text}`).toBe(w.against);
      }
      const firstAgainst = r.weighed.findIndex((w) => w.against);
      if (firstAgainst >= 0)
        expect(r.weighed.slice(firstAgainst).every((w) => w.against)).toBe(true);
      expect(r.reasons).toEqual(r.weighed.map((w) => w.text));
      // The first reason printed carries the path (or is the only, context, reason).
      expect(r.weighed[0]?.against, label).toBe(false);

      // No runs: the reading of nothing is no evidence, so neither it nor patterns are reasons.
      const evidence = EVIDENCE[c.evidence];
      if (evidence?.runs === 0)
        expect(
          r.weighed.filter((w) => w.source === 'diagnosis' || w.source === 'patterns'),
        ).toEqual([]);
      // Little evidence: the stage leads.
      if (evidence && evidence.decisions < ENOUGH_DECISIONS && c.stage) {
        const stage = r.weighed.find((w) => w.source === 'stage');
        expect(stage?.against, label).toBe(false);
        expect(Math.max(...r.weighed.map((w) => w.weight))).toBe(stage?.weight);
      }
      // The profile speaks of runs; "work on next" is concrete, never "try again".
      if (evidence?.scope === 'profile') expect(r.reasons.join(' ')).not.toMatch(/this run/);
      expect(r.focus.length).toBeGreaterThan(0);
      expect(r.focus.join(' ')).not.toMatch(/try the scenario again|road you did not take/);
    }
  });
});
