/** The debrief's words for the framework's terms, in one place (original wording). */
import type { Domain, Pattern, Quality } from '../contract';
import type { DecisionReading, Tag, TrainingPath } from './types';

export const TAG_LABEL: Record<Tag, string> = {
  management: 'Management',
  leadership: 'Leadership',
  both: 'Management and leadership',
  untagged: 'Not tagged',
};

export const DOMAIN_LABEL: Record<Domain, string> = {
  management: 'Management (execution)',
  leadership: 'Leadership (direction)',
};

export const QUALITY_LABEL: Record<Quality, string> = {
  integrity: 'Integrity',
  communication: 'Communication',
  'strategic-thinking': 'Strategic thinking',
  decisiveness: 'Decisiveness',
  empathy: 'Empathy',
};

export const PATTERN_WORDS: Record<Pattern, { label: string; tip: string }> = {
  'missed-deadlines': {
    label: 'Missed deadlines',
    tip: 'agree dates you can check, and check them before they slip',
  },
  'vague-delegation': {
    label: 'Vague delegation',
    tip: 'when you hand work over, name the outcome, the owner and the date',
  },
  'inconsistent-feedback': {
    label: 'Inconsistent feedback',
    tip: 'say what you see early and the same way each time, so people know where they stand',
  },
  'poor-meeting-discipline': {
    label: 'Poor meeting discipline',
    tip: 'give each meeting a purpose, an owner for every action and a clear close',
  },
  'low-trust': {
    label: 'Low trust',
    tip: 'listen before you judge and keep the small promises; trust grows in ordinary moments',
  },
  'unclear-direction': {
    label: 'Unclear direction',
    tip: 'say what matters most and why, and what you are choosing not to do',
  },
  'weak-alignment': {
    label: 'Weak alignment',
    tip: 'bring the people a decision affects into it before you announce it',
  },
  'stalled-change': {
    label: 'Stalled change',
    tip: 'explain the reason for the change, expect resistance, and give people a part in it',
  },
  'poor-presence': {
    label: 'Poor presence',
    tip: 'stay steady and visible when things are hard; people read your calm as much as your words',
  },
};

export const PATH_TITLE: Record<TrainingPath, string> = {
  'management-fundamentals': 'Management fundamentals',
  'leadership-development': 'Leadership development',
  blended: 'A blended path: management and leadership',
};

export const DOMAIN_TIP: Record<Domain, string> = {
  management: 'turn good conversations into a plan: what, who, by when, and when you will check',
  leadership: 'before the plan, build the why: ask, listen, and connect the work to what matters',
};

/** How the evidence names each side of the role, and what it did when it worked or slipped. */
export const SIDE_WORDS: Record<Domain, { name: string; worked: string; slipped: string }> = {
  management: {
    name: 'the practical side (what, who, by when)',
    worked: 'settled the practical side',
    slipped: 'the practical side slipped',
  },
  leadership: {
    name: 'the people side (why, trust, alignment)',
    worked: 'brought people with you',
    slipped: 'the people side slipped',
  },
};

export const READING_LABEL: Record<DecisionReading, string> = {
  effective: 'Effective',
  counterproductive: 'Counterproductive',
  'trade-off': 'Trade-off: it helped and it cost',
  neutral: 'Not weighed',
};
