/**
 * From the balance of a run (effective and counterproductive behaviour per domain) to
 * a diagnosis in the framework's terms. A domain counts as strong when the run showed
 * more effective than counterproductive behaviour in it, and at least one effective;
 * when both are strong but one side's net count is less than half the other's (and
 * that side was not shown at least three times without a slip), the run is read as
 * leaning to the stronger side.
 */
import type { Domain } from '../contract';
import type { Balance, Diagnosis } from './types';

function strong(balance: Balance, domain: Domain): boolean {
  const { effective, counterproductive } = balance[domain];
  return effective > 0 && effective > counterproductive;
}

const net = (balance: Balance, domain: Domain) =>
  balance[domain].effective - balance[domain].counterproductive;
const solid = (balance: Balance, domain: Domain) =>
  balance[domain].effective >= 3 && balance[domain].counterproductive === 0;

export function diagnose(balance: Balance): Diagnosis {
  let execution = strong(balance, 'management');
  let direction = strong(balance, 'leadership');
  if (execution && direction) {
    // Both showed, but one may dwarf the other: the weaker side then counts as the gap.
    // A side shown three times or more and never undermined is not a gap, however
    // much stronger the other side is.
    const m = net(balance, 'management');
    const l = net(balance, 'leadership');
    if (m * 2 < l && !solid(balance, 'management')) execution = false;
    else if (l * 2 < m && !solid(balance, 'leadership')) direction = false;
  }
  if (execution && direction) {
    return {
      kind: 'balanced',
      title: 'Balanced: execution and direction',
      summary:
        'Your choices organised the work and brought the person with you. Both sides of the role showed up when they were needed.',
    };
  }
  if (execution) {
    return {
      kind: 'execution-without-direction',
      title: 'Strong execution, weaker direction',
      summary:
        'You were clear about the work, the dates and the follow-up, but gave less attention to purpose, trust and alignment.',
      risk: 'Compliance without commitment: people do what was agreed, but not because they believe in it, and that rarely survives the next setback.',
    };
  }
  if (direction) {
    return {
      kind: 'direction-without-execution',
      title: 'Strong direction, weaker execution',
      summary:
        'You built trust and explained why the work matters, but left the what, who and by when less settled.',
      risk: 'Energy without follow-through: goodwill and intent that fade because nobody owns the next step or checks on it.',
    };
  }
  return {
    kind: 'foundations-first',
    title: 'Foundations first',
    summary:
      'In this run, neither the practical side (objectives, owners, dates) nor the people side (trust, purpose) came through strongly yet.',
    risk: 'The problem that started the scenario is likely to come back, and the relationship with it.',
  };
}
