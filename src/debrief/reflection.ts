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
import { t } from '../i18n';
import { patternInline } from './words';
import '../i18n/areas/reading';

export interface ReflectionPrompt {
  id: string;
  question: string;
}

/** The ids of the fixed prompts every run had before prompts were drawn from the run. */
const EARLIER_IDS = ['went-well', 'do-differently', 'at-work'] as const;

/** The action plan's questions, worded in the active language each time one is read. */
export const PLAN_QUESTIONS = {
  get what() {
    return t('reading.reflection.plan.what');
  },
  get who() {
    return t('reading.reflection.plan.who');
  },
  get when() {
    return t('reading.reflection.plan.when');
  },
  get due() {
    return t('reading.reflection.plan.due');
  },
};

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

/** What the learner did at `d` and what it read as ("you chose “…”", or for a timed decision's time-up road "you let the time run out (“…”)"). */
const atDecision = (d: DebriefDecision, behaviour: string) => ({
  decision: String(d.index + 1),
  timeUp: d.timeUp ? 'yes' : 'no',
  choice: plain(d.label),
  behaviour,
});

function decisionPrompt(decisions: readonly DebriefDecision[]): ReflectionPrompt | undefined {
  const slip = most(decisions, 'counterproductive');
  if (slip) {
    const showed = slip.behaviours.find((b) => b.polarity === 'counterproductive')?.label ?? '';
    return {
      id: `instead-decision-${slip.index + 1}`,
      question: t('reading.reflection.instead', atDecision(slip, showed)),
    };
  }
  const good = most(decisions, 'effective');
  if (!good) return undefined;
  const showed = good.behaviours.find((b) => b.polarity === 'effective')?.label ?? '';
  return {
    id: `again-decision-${good.index + 1}`,
    question: t('reading.reflection.again', atDecision(good, showed)),
  };
}

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
  const lead = t(
    d.diagnosis.kind === 'balanced'
      ? 'reading.reflection.weaker.balanced'
      : 'reading.reflection.weaker.lead',
    { side },
  );
  const seen = d.patterns.find((p) => p.side === side);
  const pattern = seen
    ? t('reading.reflection.weaker.pattern', {
        pattern: patternInline(seen.pattern),
        count: seen.decisions.length,
        numbers: seen.decisions.map((i) => i + 1).join(', '),
      })
    : undefined;
  const ask = t(`reading.reflection.weaker.ask.${side}`);
  return { id: `weaker-${side}`, question: [lead, pattern, ask].filter(Boolean).join(' ') };
}

const atWork = (kind: DiagnosisKind) => t(`reading.reflection.atWork.${kind}`);

/** The prompts after this run: a decision to rethink (or to keep), the weaker side, and work now. */
export function reflectionPrompts(d: Debrief): ReflectionPrompt[] {
  const decision = decisionPrompt(d.decisions);
  return [
    ...(decision ? [decision] : []),
    weakerSidePrompt(d),
    { id: 'at-work', question: atWork(d.diagnosis.kind) },
  ];
}

/** What an earlier answer's prompt read, when this version no longer asks it. */
function earlierQuestion(id: string): string {
  const known = EARLIER_IDS.find((e) => e === id);
  return t(known ? `reading.reflection.earlier.${known}` : 'reading.reflection.earlier.unknown');
}

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
      question: earlierQuestion(id),
    }));
  return [...prompts, ...earlier];
}
