/** Words the app shows for the format's values, in one place. */
import type { Audience, Focus, Outcome } from '../contract';

export const AUDIENCE_LABEL: Record<Audience, string> = {
  'new-manager': 'New manager',
  'experienced-manager': 'Experienced manager',
  'senior-leader': 'Senior leader',
};

export const FOCUS_LABEL: Record<Focus, string> = {
  management: 'Management: execution',
  leadership: 'Leadership: direction',
  both: 'Management and leadership',
};

export const OUTCOME_LABEL: Record<Outcome, string> = {
  strong: 'Strong outcome',
  mixed: 'Mixed outcome',
  weak: 'Weak outcome',
};

export function decisionsLabel(decisions: { shortest: number; longest: number | null }): string {
  const { shortest, longest } = decisions;
  if (longest === null || longest === shortest) return `${shortest} decisions`;
  return `${shortest}–${longest} decisions`;
}

/** "your one run", "your 6 runs": the profile speaks of runs, never of "this run". */
export const runsWord = (n: number) => (n === 1 ? 'your one run' : `your ${n} runs`);
