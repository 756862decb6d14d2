/**
 * Reflection prompts are drawn from the run: the decision to rethink (or, with no slip,
 * to keep), the side of the role that came through less, and where at work this is
 * happening now, each worded for the run's reading. Ids are the same for the same
 * debrief, so saved answers stay with their prompts, and answers under ids the run no
 * longer asks (the fixed prompts of earlier versions) are still offered.
 */
import { describe, expect, it } from 'vitest';
import {
  promptsFor,
  reflectionPrompts,
  type BehaviourView,
  type Debrief,
  type DebriefDecision,
  type DiagnosisKind,
  type PatternSeen,
} from '../../src/debrief';

const effective: BehaviourView = {
  id: 'sets-clear-objectives',
  label: 'Sets clear objectives',
  description: '',
  domain: 'management',
  polarity: 'effective',
};
const vague: BehaviourView = {
  id: 'vague-delegation',
  label: 'Delegates vaguely',
  description: '',
  domain: 'management',
  polarity: 'counterproductive',
  pattern: 'vague-delegation',
};
const dismisses: BehaviourView = {
  id: 'dismisses-concerns',
  label: 'Dismisses concerns',
  description: '',
  domain: 'leadership',
  polarity: 'counterproductive',
  pattern: 'low-trust',
};

function decision(index: number, label: string, behaviours: BehaviourView[]): DebriefDecision {
  const good = behaviours.some((b) => b.polarity === 'effective');
  const bad = behaviours.some((b) => b.polarity === 'counterproductive');
  return {
    reading: good && bad ? 'trade-off' : bad ? 'counterproductive' : good ? 'effective' : 'neutral',
    index,
    event: `E${index}`,
    label: [
      { t: 'text', v: label.split('*')[0] ?? '' },
      { t: 'em', c: [{ t: 'text', v: label.split('*')[1] ?? '' }] },
    ],
    tag: 'management',
    behaviours,
    unknown: [],
    scene: { id: `s${index}`, title: `Scene ${index}` },
    coaching: [],
    metricsBefore: {},
    metricsAfter: {},
    alternatives: [],
  };
}

function run(
  kind: DiagnosisKind,
  decisions: DebriefDecision[],
  counts: [number, number, number, number] = [0, 0, 0, 0],
  patterns: PatternSeen[] = [],
): Debrief {
  const [me, mc, le, lc] = counts;
  return {
    scenarioId: 'inline',
    title: 'Inline',
    finished: true,
    decisions,
    balance: {
      management: { effective: me, counterproductive: mc },
      leadership: { effective: le, counterproductive: lc },
    },
    patterns,
    qualities: {},
    diagnosis: { kind, title: kind, summary: '' },
    recommendation: { path: 'blended', title: '', reasons: [], focus: [], weighed: [] },
    trajectory: [],
    problems: [],
  };
}

const goodOnly = [
  decision(0, 'Agree *the dates*', [effective]),
  decision(1, 'Set *owners*', [effective, effective]),
];
const slips = [
  decision(0, 'Agree *the dates*', [effective]),
  decision(1, 'Hand it *over*', [vague]),
  decision(2, 'Tell her *not to worry*', [dismisses, vague]),
];
const lowTrust: PatternSeen = { pattern: 'low-trust', side: 'leadership', decisions: [2, 4] };
const vagueSeen: PatternSeen = { pattern: 'vague-delegation', side: 'management', decisions: [1] };

describe('reflectionPrompts', () => {
  it.each([
    [
      'the decision with the most slips, quoted in the scenario’s words',
      run('execution-without-direction', slips, [3, 2, 0, 1], [vagueSeen, lowTrust]),
      'instead-decision-3',
      'At decision 3 you chose “Tell her not to worry”, which read as “Dismisses concerns”. What would you say or do instead, in your own words?',
    ],
    [
      'with no slip, the strongest decision, to keep',
      run('balanced', goodOnly, [3, 0, 3, 0]),
      'again-decision-2',
      'At decision 2 you chose “Set owners”, which read as “Sets clear objectives”. Would you make that choice at work, and what would make it harder there?',
    ],
  ])('asks about %s', (_, d, id, question) => {
    expect(reflectionPrompts(d)[0]).toEqual({ id, question });
  });

  it.each([
    [
      'execution without direction',
      run('execution-without-direction', slips, [3, 2, 0, 1], [vagueSeen, lowTrust]),
      'weaker-leadership',
      /^In this run the people side .* came through less\. It showed low trust at decisions 3, 5\. At which decision could you have explained why/,
    ],
    [
      'direction without execution',
      run('direction-without-execution', slips, [0, 2, 4, 1], [vagueSeen]),
      'weaker-management',
      /^In this run the practical side .* came through less\. It showed vague delegation at decision 2\. At which decision could you have settled an owner/,
    ],
    [
      'balanced, leadership lower by net count',
      run('balanced', goodOnly, [4, 0, 3, 1]),
      'weaker-leadership',
      /^Both sides of the role showed in this run; the people side .* a little less\. At which/,
    ],
    [
      'foundations first, management lower',
      run('foundations-first', slips, [1, 3, 1, 1]),
      'weaker-management',
      /^In this run the practical side/,
    ],
    [
      'a tie broken by the failure patterns',
      run('foundations-first', slips, [1, 1, 1, 1], [lowTrust]),
      'weaker-leadership',
      /^In this run the people side/,
    ],
  ])('asks about the weaker side: %s', (_, d, id, question) => {
    const prompt = reflectionPrompts(d)[1];
    expect(prompt?.id).toBe(id);
    expect(prompt?.question).toMatch(question);
  });

  it.each([
    ['balanced', /doing both there/],
    ['execution-without-direction', /needs to hear why, not only what/],
    ['direction-without-execution', /needs an owner and a date/],
    ['foundations-first', /one first step/],
  ] as const)('asks where at work this is happening now, for a %s reading', (kind, words) => {
    const prompts = reflectionPrompts(run(kind, slips, [1, 1, 1, 1]));
    expect(prompts.map((p) => p.id)).toEqual([
      'instead-decision-3',
      expect.stringMatching(/^weaker-/),
      'at-work',
    ]);
    expect(prompts[2]?.question).toMatch(
      /^Where at work are you facing something like this now, and /,
    );
    expect(prompts[2]?.question).toMatch(words);
  });

  it('gives the same ids for the same run, and no decision prompt before the first decision', () => {
    const d = run('foundations-first', slips, [1, 3, 1, 1]);
    expect(reflectionPrompts(d)).toEqual(reflectionPrompts(structuredClone(d)));
    expect(reflectionPrompts(run('foundations-first', [])).map((p) => p.id)).toEqual([
      'weaker-management',
      'at-work',
    ]);
  });
});

describe('promptsFor', () => {
  it('keeps answers saved under the earlier fixed prompts, and under ids no longer asked', () => {
    const d = run('balanced', goodOnly, [3, 0, 3, 0]);
    const prompts = promptsFor(d, {
      'at-work': 'The team move.',
      'went-well': 'Asking first.',
      'instead-decision-7': 'Say why.',
      'again-decision-2': 'Yes.',
    });
    expect(prompts.map((p) => p.id)).toEqual([
      'again-decision-2',
      'weaker-management',
      'at-work',
      'went-well',
      'instead-decision-7',
    ]);
    expect(prompts[3]?.question).toBe('Which of your choices would you make again, and why?');
    expect(prompts[4]?.question).toBe('Your answer to a question this debrief no longer asks:');
  });
});
