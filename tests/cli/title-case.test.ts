/** The scaffold's title from its id: headline style, small words and workplace acronyms. */
import { describe, expect, it } from 'vitest';
import { scaffold } from '../../src/check/scaffold';
import { titleFromId } from '../../src/check/title-case';

const cases: [id: string, title: string][] = [
  ['first-delegation', 'First Delegation'],
  ['ai-rollout-news', 'AI Rollout News'],
  ['leading-through-the-change', 'Leading Through the Change'],
  ['the-art-of-saying-no', 'The Art of Saying No'],
  ['a-seat-at-the-table', 'A Seat at the Table'],
  ['what-to-follow-up-on', 'What to Follow Up On'],
  ['hr-and-it-disagree', 'HR and IT Disagree'],
  ['new-ceo-first-okrs', 'New CEO First OKRs'],
  ['missed-kpi-for-q3', 'Missed KPI for Q3'],
  ['cto-vs-cfo', 'CTO vs CFO'],
  ['ux-qa-pr', 'UX QA PR'],
  ['2024-plan', '2024 Plan'],
  ['of', 'Of'],
];

describe('titleFromId', () => {
  it.each(cases)('%s → %s', (id, title) => {
    expect(titleFromId(id)).toBe(title);
  });

  it('is the title in the scaffold front matter', () => {
    const files = scaffold('ai-rollout-news', { behaviours: [] }, 'schema.json');
    expect(files['scenario.md']).toMatch(/^title: AI Rollout News$/m);
  });
});
