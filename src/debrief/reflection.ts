/**
 * Reflection connected to action: the prompts after a run are drawn from that run (the
 * decision it most needs the learner to rethink, the side of the role that came
 * through less, where at work this is happening now), and the action plan's questions.
 * Prompt ids are stable for a run (the same log gives the same debrief, so the same
 * ids), so saved answers stay with their prompts; an answer saved under an id the run's
 * prompts no longer use (the three fixed prompts of earlier versions, or a reading that
 * has changed since) is still offered, with its question when it is known.
 */
import type { Domain, Inline } from '../contract';
import type { Debrief, DebriefDecision, DiagnosisKind } from './types';
import { patternInline } from './words';

export interface ReflectionPrompt {
  id: string;
  question: string;
}

/** The fixed prompts every run had before prompts were drawn from the run. */
const REFLECTION_PROMPTS: ReflectionPrompt[] = [
  { id: 'went-well', question: 'Which of your choices would you make again, and why?' },
  {
    id: 'do-differently',
    question: 'Which decision would you take differently, and what would you do instead?',
  },
  { id: 'at-work', question: 'Where at work are you facing something like this now?' },
];

export const PLAN_QUESTIONS = {
  what: 'What will you do differently?',
  who: 'With whom?',
  when: 'By when?',
  due: 'On which date will you look back at it?',
} as const;

/** What the learner wrote (the shape saved progress keeps). */
export interface ReflectionText {
  answers: Record<string, string>;
  plan: {
    what: string;
    who: string;
    when: string;
    due?: string;
    review?: { answer: string; at: string };
  };
}

function plain(inlines: readonly Inline[]): string {
  return inlines
    .map((i) => (i.t === 'text' || i.t === 'code' ? i.v : i.t === 'br' ? ' ' : plain(i.c)))
    .join('');
}

const count = (d: DebriefDecision, polarity: 'effective' | 'counterproductive') =>
  d.behaviours.filter((b) => b.polarity === polarity).length;

/** The decision with the most behaviours of `polarity` (the earliest on a tie), if any has one. */
function most(decisions: readonly DebriefDecision[], polarity: 'effective' | 'counterproductive') {
  let best: DebriefDecision | undefined;
  for (const d of decisions) if (count(d, polarity) > (best ? count(best, polarity) : 0)) best = d;
  return best;
}

/** "you chose “…”", or for a timed decision's time-up road "you let the time run out (“…”)". */
const choseWords = (d: DebriefDecision) =>
  d.timeUp ? `you let the time run out (“${plain(d.label)}”)` : `you chose “${plain(d.label)}”`;

function decisionPrompt(decisions: readonly DebriefDecision[]): ReflectionPrompt | undefined {
  const slip = most(decisions, 'counterproductive');
  if (slip) {
    const showed = slip.behaviours.find((b) => b.polarity === 'counterproductive')?.label ?? '';
    return {
      id: `instead-decision-${slip.index + 1}`,
      question: `At decision ${slip.index + 1} ${choseWords(slip)}, which read as “${showed}”. What would you say or do instead, in your own words?`,
    };
  }
  const good = most(decisions, 'effective');
  if (!good) return undefined;
  const showed = good.behaviours.find((b) => b.polarity === 'effective')?.label ?? '';
  return {
    id: `again-decision-${good.index + 1}`,
    question: `At decision ${good.index + 1} ${choseWords(good)}, which read as “${showed}”. Would you make that choice at work, and what would make it harder there?`,
  };
}

const SIDE_WORDS: Record<Domain, { what: string; ask: string }> = {
  management: {
    what: 'the practical side (what, who and by when)',
    ask: 'At which decision could you have settled an owner, a date or a check-in, and how?',
  },
  leadership: {
    what: 'the people side (purpose, trust, bringing people with you)',
    ask: 'At which decision could you have explained why, or asked what they thought, and what would you have said?',
  },
};

/** The side of the role the run showed less of: the diagnosis's gap, else the lower net count. */
function weakerSide(d: Debrief): Domain {
  if (d.diagnosis.kind === 'execution-without-direction') return 'leadership';
  if (d.diagnosis.kind === 'direction-without-execution') return 'management';
  const net = (side: Domain) => d.balance[side].effective - d.balance[side].counterproductive;
  const slips = (side: Domain) => d.patterns.filter((p) => p.side === side).length;
  if (net('management') !== net('leadership'))
    return net('management') < net('leadership') ? 'management' : 'leadership';
  return slips('leadership') > slips('management') ? 'leadership' : 'management';
}

function weakerSidePrompt(d: Debrief): ReflectionPrompt {
  const side = weakerSide(d);
  const words = SIDE_WORDS[side];
  const lead =
    d.diagnosis.kind === 'balanced'
      ? `Both sides of the role showed in this run; ${words.what} a little less.`
      : `In this run ${words.what} came through less.`;
  const seen = d.patterns.find((p) => p.side === side);
  const pattern = seen
    ? ` It showed ${patternInline(seen.pattern)} at decision${seen.decisions.length === 1 ? '' : 's'} ${seen.decisions.map((i) => i + 1).join(', ')}.`
    : '';
  return { id: `weaker-${side}`, question: `${lead}${pattern} ${words.ask}` };
}

const AT_WORK: Record<DiagnosisKind, string> = {
  balanced:
    'Where at work are you facing something like this now, and what would doing both there look like: the plan settled and the people with you?',
  'execution-without-direction':
    'Where at work are you facing something like this now, and who there needs to hear why, not only what?',
  'direction-without-execution':
    'Where at work are you facing something like this now, and what there needs an owner and a date this week?',
  'foundations-first':
    'Where at work are you facing something like this now, and what is one first step you could take there this week?',
};

/** The prompts after this run: a decision to rethink (or to keep), the weaker side, and work now. */
export function reflectionPrompts(d: Debrief): ReflectionPrompt[] {
  const decision = decisionPrompt(d.decisions);
  return [
    ...(decision ? [decision] : []),
    weakerSidePrompt(d),
    { id: 'at-work', question: AT_WORK[d.diagnosis.kind] },
  ];
}

/** What an earlier answer's prompt read, when this version no longer asks it. */
const EARLIER = new Map(REFLECTION_PROMPTS.map((p) => [p.id, p.question]));

/**
 * The run's prompts, then one for every answer saved under an id they do not use, in
 * the order it was saved, so nothing the learner wrote is lost from the page or report.
 */
export function promptsFor(d: Debrief, answers: Readonly<Record<string, string>>) {
  const prompts = reflectionPrompts(d);
  const asked = new Set(prompts.map((p) => p.id));
  const earlier = Object.keys(answers)
    .filter((id) => !asked.has(id))
    .map((id) => ({
      id,
      question: EARLIER.get(id) ?? 'Your answer to a question this debrief no longer asks:',
    }));
  return [...prompts, ...earlier];
}
