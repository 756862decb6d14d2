/**
 * The rules of docs/debrief.md as test tables: runs of inline scenarios (one choice per
 * scene, with the behaviours and metric moves each row gives), their endings, and the
 * reading each must get. Then the evidence: decisions weighed (trade-offs), the metrics
 * that decided the ending (guards on the routes into it, routers through routers), the
 * decisive decisions, and a summary that names them.
 */
import { describe, expect, it } from 'vitest';
import { parseTaxonomy, sourceFile } from '../../src/compiler';
import type { Outcome } from '../../src/contract';
import { debrief, type DiagnosisKind } from '../../src/debrief';
import { decidingMetrics } from '../../src/debrief/deciding';
import { createPlayer, traceRun } from '../../src/engine';
import { inlineScenario } from '../support/inline-scenario';
import { readFileSync } from 'node:fs';
import { rootPath } from '../support/paths';

const taxonomy = parseTaxonomy(
  sourceFile('behaviours.json', readFileSync(rootPath('scenarios/behaviours.json'), 'utf8')),
).taxonomy;

/** Shorthands for behaviours: management / leadership, effective / counterproductive. */
const B = {
  mE: 'sets-clear-objectives',
  mE2: 'agrees-dated-plan',
  mE3: 'schedules-follow-up',
  mE4: 'names-the-impact',
  mC: 'delegates-vaguely',
  mC2: 'ends-without-next-steps',
  lE: 'listens-before-judging',
  lE2: 'connects-work-to-purpose',
  lE3: 'shows-trust',
  lE4: 'invites-ownership',
  lC: 'overpromises',
  lC2: 'dismisses-concerns',
} as const;
type Key = keyof typeof B;

interface Step {
  tags: Key[];
  /** The move on the deciding metric `score`. */
  score?: number;
  /** The move on `other`, a metric no route into the ending looks at. */
  other?: number;
}

/** A linear run: scene s0 → s1 → … → a router on `score` → one ending of `outcome` (none: unfinished). */
function play(steps: Step[], outcome: Outcome | undefined) {
  const states: Record<string, object> = {};
  steps.forEach((step, i) => {
    const adjust: Record<string, number> = {};
    if (step.score) adjust.score = step.score;
    if (step.other) adjust.other = step.other;
    states[`s${i}`] = {
      on: {
        [`GO_${i}`]: {
          target: i + 1 < steps.length ? `s${i + 1}` : outcome ? 'wrap' : 'hold',
          actions: Object.keys(adjust).length > 0 ? [{ type: 'adjust', params: adjust }] : [],
          meta: { behaviours: step.tags.map((k) => B[k]) },
        },
      },
    };
  });
  // An unfinished run stops in `hold`, one choice short of the ending.
  if (!outcome) states.hold = { on: { FINISH: { target: 'wrap', meta: { behaviours: [B.mE] } } } };
  states.wrap = {
    always: [
      { guard: { type: 'metric', params: { name: 'score', atLeast: 100 } }, target: 'ending' },
      { target: 'ending' },
    ],
  };
  states.ending = { type: 'final', meta: { outcome: outcome ?? 'strong' } };
  const scenario = inlineScenario({ initial: 's0', context: { score: 0, other: 0 }, states });
  const events = steps.map((_, i) => `GO_${i}`);
  return debrief(scenario, traceRun(createPlayer(scenario), events), taxonomy);
}

const s = (tags: Key[], score = 0, other = 0): Step => ({ tags, score, other });

describe('the ending overrules a reading that contradicts it', () => {
  const rows: [string, Step[], Outcome, DiagnosisKind][] = [
    [
      'weak, balanced counts, the decisive decision slipped on the practical side',
      [s(['mE']), s(['lE']), s(['mE2']), s(['lE2']), s(['mC'], -3)],
      'weak',
      'direction-without-execution',
    ],
    [
      'weak, balanced counts, the decisive decision slipped on the people side',
      [s(['mE']), s(['lE']), s(['mE2']), s(['lE2']), s(['lC'], -3)],
      'weak',
      'execution-without-direction',
    ],
    [
      'weak, balanced counts, decisive slips on both sides',
      [s(['mE', 'lE']), s(['mE2', 'lE2']), s(['mE3', 'lE3']), s(['mC'], -2), s(['lC'], -2)],
      'weak',
      'foundations-first',
    ],
    [
      'weak, balanced counts, no decisive slip: the thinner side (net) is the gap',
      [s(['mE', 'mC']), s(['mE2'], 1), s(['lE'], 1), s(['lE2'])],
      'weak',
      'direction-without-execution',
    ],
    [
      'weak, balanced counts, no decisive slip, equal nets',
      [s(['mE'], 1), s(['lE'], 1)],
      'weak',
      'foundations-first',
    ],
    [
      'weak, only the practical side strong: a lean, not balanced',
      [s(['mE']), s(['mE2']), s(['lC'], -1)],
      'weak',
      'execution-without-direction',
    ],
    [
      'strong, neither side strong by counts, the decisive decisions carried the people side',
      [s(['mC']), s(['mC2']), s(['lC']), s(['lC2']), s(['lE'], 3)],
      'strong',
      'direction-without-execution',
    ],
    [
      'strong, neither side strong by counts, the decisive decisions carried the practical side',
      [s(['mC']), s(['lC']), s(['lC2']), s(['mE', 'mC2'], 3)],
      'strong',
      'execution-without-direction',
    ],
    [
      'strong, nothing tagged effective or slipping on either side more',
      [s(['mC']), s(['lC'])],
      'strong',
      'balanced',
    ],
    [
      'mixed, balanced counts, the decisive slip only on the people side',
      [s(['mE']), s(['mE2']), s(['lE']), s(['lE2']), s(['lC'], -2)],
      'mixed',
      'execution-without-direction',
    ],
    [
      'mixed, balanced counts, decisive slips on both sides: stays balanced',
      [s(['mE']), s(['mE2']), s(['lE']), s(['lE2']), s(['lC', 'mC'], -2)],
      'mixed',
      'balanced',
    ],
    [
      'strong, balanced counts: balanced',
      [s(['mE'], 1), s(['mE2']), s(['lE'], 1), s(['lE2'])],
      'strong',
      'balanced',
    ],
  ];
  it.each(rows)('%s', (_, steps, outcome, kind) => {
    const d = play(steps, outcome);
    expect(d.ending?.outcome).toBe(outcome);
    expect(d.diagnosis.kind).toBe(kind);
    if (outcome === 'weak') expect(d.diagnosis.kind).not.toBe('balanced');
    if (outcome === 'strong') expect(d.diagnosis.kind).not.toBe('foundations-first');
  });
});

describe('a run where one side is at least twice the other (and at least 3) is not balanced', () => {
  const rows: [string, Step[], Outcome | undefined, DiagnosisKind][] = [
    [
      '3 to 1, unfinished',
      [s(['mE', 'mE2']), s(['mE3', 'lE'])],
      undefined,
      'execution-without-direction',
    ],
    [
      '2 to 6, strong',
      [s(['lE', 'lE2', 'mE']), s(['lE3', 'lE4', 'mE2']), s(['lE', 'lE2'], 2)],
      'strong',
      'direction-without-execution',
    ],
    [
      '11 to 3, no slip anywhere, strong',
      [
        s(['mE', 'mE2', 'mE3', 'mE4']),
        s(['mE', 'mE2', 'mE3', 'mE4']),
        s(['mE', 'mE2', 'mE3']),
        s(['lE', 'lE2', 'lE3'], 2),
      ],
      'strong',
      'execution-without-direction',
    ],
    [
      '3 to 2: not lopsided, balanced',
      [s(['mE', 'lE']), s(['mE2', 'lE2']), s(['mE3'], 1)],
      'strong',
      'balanced',
    ],
    ['2 to 1: under 3, balanced', [s(['mE', 'lE']), s(['mE2'], 1)], 'strong', 'balanced'],
  ];
  it.each(rows)('%s', (_, steps, outcome, kind) => {
    const d = play(steps, outcome);
    expect(d.diagnosis.kind).toBe(kind);
  });
});

it('says a lean after a strong ending is a risk for next time, not what happened', () => {
  const strong = play([s(['mE', 'mE2']), s(['mE3', 'lE'], 1)], 'strong');
  expect(strong.diagnosis.kind).toBe('execution-without-direction');
  expect(strong.diagnosis.risk).toMatch(
    /^This run ended well; the thinner side is a risk next time\. Compliance/,
  );
  const weak = play([s(['mE', 'mE2']), s(['mE3', 'lE'], 1)], 'weak');
  expect(weak.diagnosis.risk).toMatch(/^Compliance without commitment/);
});

describe('each decision weighed', () => {
  it('reads a choice with an effective and a counterproductive behaviour as a trade-off, and says so', () => {
    const d = play([s(['mE']), s(['lE3', 'mC2'], -1), s(['lC']), s([])], 'weak');
    expect(d.decisions.map((x) => x.reading)).toEqual([
      'effective',
      'trade-off',
      'counterproductive',
      'neutral',
    ]);
    // A mixed choice counts on both sides.
    expect(d.balance.leadership).toEqual({ effective: 1, counterproductive: 1 });
    expect(d.balance.management).toEqual({ effective: 1, counterproductive: 1 });
    const line = d.diagnosis.evidence?.find((e) => e.kind === 'trade-off');
    expect(line).toEqual({
      kind: 'trade-off',
      side: 'both',
      decisions: [1],
      text: 'Decision 2, “Label GO_1.”, was a trade-off: it shows trust in the person, but ends a meeting without next steps.',
    });
  });
});

describe('the evidence names the decisions that carried the reading', () => {
  it('names the strong side, the gap and what the ending turned on, by number and in the scenario’s words', () => {
    const d = play([s(['mE'], 1), s(['mE2', 'mE3'], 2), s(['lC'], -1, 5), s(['mE4'])], 'mixed');
    expect(d.diagnosis.kind).toBe('execution-without-direction');
    expect(d.diagnosis.basis).toMatchObject({
      ending: { id: 'ending', outcome: 'mixed' },
      metrics: [{ id: 'score', label: 'score' }],
      decisive: [0, 1, 2],
    });
    expect(d.diagnosis.evidence?.map((e) => [e.kind, e.side, e.decisions])).toEqual([
      ['strength', 'management', [0, 1, 3]],
      ['gap', 'leadership', [2]],
      ['ending', 'both', [0, 1, 2]],
    ]);
    expect(d.diagnosis.summary).toBe(
      'Decisions 1, 2 and 4 settled the practical side: sets clear objectives, agrees a dated plan and schedules a follow-up check-in. ' +
        'At decision 3 the people side slipped: overpromises. ' +
        'The ending, “ending” (mixed), turned on score; what moved it most: decision 1, “Label GO_0.” (score +1); decision 2, “Label GO_1.” (score +2); decision 3, “Label GO_2.” (score −1).',
    );
  });

  it('calls decisive the decisions that moved the deciding metrics most, either way, not the others', () => {
    const d = play(
      [s(['mE'], 1), s(['lE'], 0, 9), s(['mE2'], -3), s(['lE2'], 2), s(['mE3'], 1)],
      'strong',
    );
    expect(d.diagnosis.basis?.decisive).toEqual([2, 3, 4]);
  });

  it('with no metric on the way into the ending, counts every metric', () => {
    const d = play([s(['mE'], 0, 4), s(['lE'], 1)], 'strong');
    const scenario = inlineScenario({
      initial: 'a',
      context: { x: 0, y: 0 },
      states: {
        a: { on: { GO: { target: 'end', meta: { behaviours: [B.mE] } } } },
        end: { type: 'final', meta: { outcome: 'strong' } },
      },
    });
    expect(decidingMetrics(scenario, 'end')).toEqual(['x', 'y']);
    expect(d.diagnosis.basis?.metrics.map((m) => m.id)).toEqual(['score']);
  });
});

describe('the metrics that decide an ending', () => {
  const scenario = inlineScenario({
    initial: 'a',
    context: { trust: 0, clarity: 0, pace: 0, noise: 0, late: false },
    states: {
      a: {
        on: {
          GO: { target: 'first', meta: { behaviours: [B.mE] } },
          QUIT: {
            target: 'end-weak',
            guard: { type: 'metric', params: { name: 'noise', atLeast: 1 } },
            meta: { behaviours: [B.mC] },
          },
        },
      },
      first: {
        always: [
          {
            guard: { type: 'metric', params: { name: 'trust', atLeast: 2 } },
            target: 'second',
          },
          { target: 'end-weak' },
        ],
      },
      second: {
        always: [
          {
            guard: {
              type: 'and',
              guards: [
                { type: 'metric', params: { name: 'clarity', atLeast: 2 } },
                { type: 'not', guard: { type: 'flag', params: { name: 'late' } } },
              ],
            },
            target: 'end-strong',
          },
          { target: 'end-mixed' },
        ],
      },
      'end-strong': { type: 'final', meta: { outcome: 'strong' } },
      'end-mixed': { type: 'final', meta: { outcome: 'mixed' } },
      'end-weak': { type: 'final', meta: { outcome: 'weak' } },
    },
  });

  it.each([
    ['end-strong', ['trust', 'clarity']],
    ['end-mixed', ['trust', 'clarity']],
    ['end-weak', ['trust', 'noise']],
  ])('%s is decided by %j', (ending, metrics) => {
    expect(decidingMetrics(scenario, ending)).toEqual(metrics);
  });
});
