/**
 * The words of the training path, the next scenarios and the profile's trends, in one
 * place (original wording, after the seeds' ideas). Each reason has two forms: the one
 * printed when it supports the path, and a "But …" form for when it argues against it.
 */
import type { Audience, Quality } from '../contract';
import type { DiagnosisKind } from './types';

export interface ReasonWords {
  agree: string;
  but: string;
}

export const STAGE_WORDS: Record<Audience, ReasonWords> = {
  'new-manager': {
    agree: 'Early in a management role, the practical basics usually come first.',
    but: 'But early in a management role the practical basics usually come first: keep objectives, owners and dates in view as you go.',
  },
  'experienced-manager': {
    agree:
      'Experienced managers are usually best served by both: delivery they control and direction as their scope widens.',
    but: 'But experienced roles usually need both sides: do not let the other one lapse while you work on this.',
  },
  'senior-leader': {
    agree: 'Senior roles ask for both: control of delivery and influence over direction.',
    but: 'But senior roles ask for both sides: bring the other one along while you work on this.',
  },
};

export const DEMANDS_WORDS: Record<'execution' | 'direction' | 'both', ReasonWords> = {
  execution: {
    agree: 'You said your role mainly asks you to improve execution.',
    but: 'But you said your role mainly asks you to improve execution: keep that side in view.',
  },
  direction: {
    agree: 'You said your role mainly asks you to shape direction.',
    but: 'But you said your role mainly asks you to shape direction: keep that side in view.',
  },
  both: {
    agree: 'You said your role asks for both execution and direction.',
    but: 'But you said your role asks for both execution and direction: the other side comes next.',
  },
};

/** The diagnosis as a reason; `{where}` becomes "in this run" or "across your 4 runs". */
export const DIAGNOSIS_WORDS: Record<DiagnosisKind, ReasonWords> = {
  'execution-without-direction': {
    agree: 'Your choices {where} were strong on execution; direction is where the gap showed.',
    but: 'But your choices {where} were strong on execution and weaker on direction.',
  },
  'direction-without-execution': {
    agree: 'Your choices {where} were strong on direction; execution is where the gap showed.',
    but: 'But your choices {where} were strong on direction and weaker on execution.',
  },
  'foundations-first': {
    agree:
      'Your choices {where} did not yet settle the practical foundations (objectives, owners, dates), and those come first.',
    but: 'But your choices {where} did not yet settle the practical foundations (objectives, owners, dates).',
  },
  balanced: {
    agree: 'Your choices {where} balanced execution and direction.',
    but: 'But your choices {where} already balanced execution and direction: build on both.',
  },
};

/** The failure patterns as a reason; `{names}` lists them, `{where}` as above. */
export const PATTERN_REASON_WORDS: Record<'management' | 'leadership' | 'both', ReasonWords> = {
  management: {
    agree: 'The failure patterns {where} ({names}) point to a management gap.',
    but: 'But the failure patterns {where} ({names}) point to a management gap.',
  },
  leadership: {
    agree: 'The failure patterns {where} ({names}) point to a leadership gap.',
    but: 'But the failure patterns {where} ({names}) point to a leadership gap.',
  },
  both: {
    agree: 'The failure patterns {where} ({names}) point to gaps on both sides.',
    but: 'But the failure patterns {where} ({names}) point to gaps on both sides.',
  },
};

export const EVIDENCE_WORDS = {
  noRuns:
    'You have not finished a scenario yet, so your career stage leads; your own choices will count once you have played.',
  little:
    'Your runs so far hold {decisions} decisions, fewer than {threshold}: too few to outweigh your career stage yet.',
  nothing:
    'Tell us your career stage and what your role asks of you, or finish a scenario, and the path will follow from them.',
};

/** The next stretch after a run with nothing to fix: just beyond the learner's stage. */
export const STRETCH_WORDS: Record<Audience | 'any', string> = {
  'new-manager':
    'Next stretch: a case written for experienced managers, where the same habits have to carry a wider team through a change.',
  'experienced-manager':
    'Next stretch: a senior-leader case, where you set direction for people who do not report to you.',
  'senior-leader':
    'Next stretch: when delivery and direction pull apart, name the trade-off out loud, then settle who owns each next step in the same conversation.',
  any: 'Next stretch: a case written for a wider role than yours, where the same habits have to reach more people.',
};

/** Where to begin with no runs: the side the stage starts on. */
export const START_WORDS: Record<Audience | 'any', string> = {
  'new-manager':
    'Start with the practical basics: agree what done looks like, who owns it and by when.',
  'experienced-manager':
    'Start with a case at your stage and watch both sides: the plan, and whether people believe in it.',
  'senior-leader':
    'Start with a case at your stage: hold delivery and direction together when they pull apart.',
  any: 'Start with any scenario: your first run shows which side to work on.',
};

export const QUALITY_TIP: Record<Quality, string> = {
  integrity: 'do what you said you would, and say so early when you cannot',
  communication: 'say the point first, then check what the other person heard',
  'strategic-thinking':
    'before you act, ask what the choice does to the next three months, not only to this week',
  decisiveness: 'when the facts are good enough, decide, say why, and say when you will look again',
  empathy: 'ask how a change lands for the person before you explain it',
};

/** "new managers", for the reasons a scenario is suggested. */
export const AUDIENCE_PLURAL: Record<Audience, string> = {
  'new-manager': 'new managers',
  'experienced-manager': 'experienced managers',
  'senior-leader': 'senior leaders',
};

/** The profile's reading of the learner's runs, weighing the latest most. */
export const PROFILE_READING: Record<DiagnosisKind, { title: string; summary: string }> = {
  balanced: {
    title: 'Mostly balanced: execution and direction',
    summary: 'Your choices organise the work and bring people with you.',
  },
  'execution-without-direction': {
    title: 'Mostly strong execution, weaker direction',
    summary:
      'You settle the work, the owners and the dates more surely than purpose, trust and alignment.',
  },
  'direction-without-execution': {
    title: 'Mostly strong direction, weaker execution',
    summary: 'You build trust and explain why more surely than you settle what, who and by when.',
  },
  'foundations-first': {
    title: 'Foundations first',
    summary: 'Neither the practical side nor the people side comes through strongly yet.',
  },
};
