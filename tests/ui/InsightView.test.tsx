// @vitest-environment jsdom
/**
 * The cohort insight view in jsdom, from CohortInsight values made here: each number where
 * it belongs, choice shares as bars with their percentage in text, rare roads marked, the
 * Sankey drawn with one band per link and the same links as a table (a looping link in
 * the table only), every suppressed breakdown as the privacy sentence with its code, and
 * statement text — hostile markup included — rendered as text. Checked with axe.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  CohortInsight,
  CohortReading,
  ScenarioInsight,
  Suppressed,
} from '../../src/insight/types';
import { CohortView } from '../../src/ui/insight/CohortView';
import { violations } from './harness';

afterEach(cleanup);

const HIDDEN: Suppressed = { suppressed: true, reason: 'fewer-than-min-learners' };
const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const reading = (): CohortReading => ({
  balance: {
    management: { effective: 14, counterproductive: 3 },
    leadership: { effective: 6, counterproductive: 9 },
  },
  diagnoses: { 'execution-without-direction': 5, balanced: 2 },
  patterns: [{ pattern: 'low-trust', side: 'leadership', learners: 6 }],
  programme: { path: 'leadership-development', common: 'execution-without-direction', learners: 9 },
});

function scenario(over: Partial<ScenarioInsight> = {}): ScenarioInsight {
  return {
    id: 'missed-deadline',
    activity: 'https://example.org/course/au/missed-deadline',
    title: 'The Missed Deadline',
    learners: 7,
    starts: 9,
    completions: 8,
    outcomes: { strong: 3, mixed: 4, weak: 1 },
    endings: [
      { id: 'outcome-owned-plan', outcome: 'strong', runs: 3 },
      { id: 'outcome-grudging', outcome: 'mixed', runs: 4 },
    ],
    medianMs: 270_000,
    decisions: [
      {
        scene: { id: 'opening', title: 'Thursday, 2:50 pm' },
        learners: 7,
        choices: [
          {
            event: 'ASK',
            label: 'Ask what happened',
            tag: 'leadership',
            behaviours: [
              {
                id: 'open-question',
                label: 'Asks an open question',
                domain: 'leadership',
                polarity: 'effective',
              },
            ],
            learners: 6,
            share: 6 / 7,
            rare: false,
          },
          {
            event: 'HOSTILE',
            label: HOSTILE,
            tag: 'management',
            behaviours: [],
            learners: 0,
            share: 0,
            rare: true,
          },
        ],
      },
      { scene: { id: 'hr', title: 'The HR route' }, learners: 2, choices: HIDDEN },
    ],
    paths: {
      nodes: [
        { id: 'opening', title: 'Thursday, 2:50 pm' },
        { id: 'listening', title: 'Listening' },
        { id: 'ending:outcome-owned-plan', title: 'A plan she owns', outcome: 'strong' },
      ],
      links: [
        { from: 'opening', to: 'listening', runs: 8 },
        { from: 'listening', to: 'ending:outcome-owned-plan', runs: 6 },
        { from: 'listening', to: 'opening', runs: 5 },
      ],
      hiddenRuns: 3,
    },
    reading: reading(),
    attempts: {
      first: {
        runs: 7,
        outcomes: { strong: 2, mixed: 4, weak: 1 },
        balance: reading().balance,
      },
      later: HIDDEN,
    },
    months: [
      {
        month: '2026-10',
        summary: {
          learners: 5,
          starts: 6,
          completions: 5,
          outcomes: { strong: 2, mixed: 2, weak: 1 },
          balance: reading().balance,
        },
      },
      { month: '2026-11', summary: HIDDEN },
    ],
    ...over,
  };
}

const insight = (over: Partial<CohortInsight> = {}): CohortInsight => ({
  filter: {},
  statements: { read: 120, used: 104, skipped: 10, filtered: 6 },
  learners: 7,
  groupings: [],
  scenarios: [scenario()],
  cohort: reading(),
  ...over,
});

const sectionOf = (name: string) => screen.getByRole('region', { name });
const rowOf = (table: HTMLElement, header: string) =>
  within(table).getByRole('rowheader', { name: header }).closest('tr') as HTMLElement;

describe('the cohort insight view', () => {
  it("shows a scenario's starts, completions, endings by outcome and median time", () => {
    render(<CohortView insight={insight()} />);
    const numbers = screen.getByRole('table', { name: 'The Missed Deadline in numbers' });
    expect(rowOf(numbers, 'Runs started').textContent).toBe('Runs started9');
    expect(rowOf(numbers, 'Runs completed').textContent).toBe('Runs completed8');
    expect(rowOf(numbers, 'Mixed outcome').textContent).toBe('Mixed outcome4');
    expect(rowOf(numbers, 'Median time to complete').textContent).toMatch(/4\.5 minutes/);
    expect(
      screen.getByText(
        /120 statements read, 104 used, 10 skipped \(not Casebook’s\), 6 outside the filter/,
      ),
    ).toBeTruthy();
  });

  it('shows each choice with its share as text, its tag and polarity, and marks rare roads', () => {
    render(<CohortView insight={insight()} />);
    const table = screen.getByRole('table', { name: 'Thursday, 2:50 pm — 7 learners' });
    const ask = rowOf(table, 'Ask what happened');
    expect(ask.textContent).toContain('86%');
    expect(ask.textContent).toContain('Leadership');
    expect(ask.textContent).toContain('Asks an open question (effective)');
    expect(ask.textContent).not.toContain('rare road');
    const rare = within(table).getByText('(rare road)').closest('tr') as HTMLElement;
    expect(rare.textContent).toContain('0%');
  });

  it('renders statement text as text: hostile markup stays words', () => {
    const { container } = render(<CohortView insight={insight()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(HOSTILE, { exact: false })).toBeTruthy();
  });

  it('shows every suppressed breakdown as the privacy sentence with its code', () => {
    const { container } = render(<CohortView insight={insight()} />);
    const notes = container.querySelectorAll('[data-code="fewer-than-min-learners"]');
    // The HR decision (under its title), later attempts and November.
    expect(notes).toHaveLength(3);
    expect(notes[0]?.previousElementSibling?.textContent).toBe('The HR route');
    for (const note of notes)
      expect(note.textContent).toBe('Fewer than 5 learners — hidden to protect privacy.');
    const months = screen.getByRole('table', { name: /month by month/ });
    expect(rowOf(months, 'November 2026').textContent).toContain('Fewer than 5 learners');
    expect(rowOf(months, 'October 2026').textContent).toBe('October 2026565221');
  });

  it('hides a whole scenario and the cohort reading when they are suppressed', () => {
    const titles = new Map([['missed-deadline', 'The Missed Deadline']]);
    const { container } = render(
      <CohortView
        insight={insight({
          scenarios: [{ ...HIDDEN, about: 'missed-deadline' }, HIDDEN],
          cohort: HIDDEN,
          learners: 4,
        })}
        titles={titles}
      />,
    );
    // The scenario the fold names is titled from the course; nothing of it but the sentence.
    const named = sectionOf('The Missed Deadline');
    expect(named.textContent).toBe(
      'The Missed DeadlineFewer than 5 learners — hidden to protect privacy.',
    );
    expect(container.querySelectorAll('[data-code="fewer-than-min-learners"]')).toHaveLength(3);
    expect(within(sectionOf('The whole cohort')).queryByRole('table')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('titles a scenario the statements name by id alone from the course', () => {
    render(
      <CohortView
        insight={insight({ scenarios: [scenario({ title: 'missed-deadline' })] })}
        titles={new Map([['missed-deadline', 'The Missed Deadline']])}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'The Missed Deadline' })).toBeTruthy();
  });

  it('draws the paths as a Sankey with one band per link, and the links as a table', () => {
    const { container } = render(<CohortView insight={insight()} />);
    const figure = screen.getByRole('img', { name: /Paths through The Missed Deadline/ });
    // The link back to the opening would close a cycle: it is in the table, not the drawing.
    expect(figure.querySelectorAll('path')).toHaveLength(2);
    expect([...figure.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Thursday, 2:50 pm',
      'Listening',
      'A plan she owns',
    ]);
    const table = screen.getByRole('table', { name: /Steps taken through/ });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      'Thursday, 2:50 pmListening8',
      'ListeningA plan she owns (Strong outcome)6',
      'ListeningThursday, 2:50 pm5',
    ]);
    expect(container.textContent).toContain('1 step loops back to an earlier scene');
    expect(container.textContent).toContain('3 runs took steps fewer than 5 learners took');
  });

  it("shows the cohort's balance, diagnoses, recurring patterns and programme", () => {
    render(<CohortView insight={insight()} />);
    const cohort = sectionOf('The whole cohort');
    const balance = within(cohort).getByRole('table', { name: /Management and leadership/ });
    expect(rowOf(balance, 'Leadership (direction)').textContent).toBe('Leadership (direction)69');
    const diagnoses = within(cohort).getByRole('table', { name: /How learners/ });
    expect(rowOf(diagnoses, 'Strong execution, weaker direction').textContent).toMatch(/5$/);
    expect(within(cohort).getByText('Low trust')).toBeTruthy();
    expect(within(cohort).getByText('Leadership development')).toBeTruthy();
    // The programme's reasons are worded from the reading's data.
    expect(
      within(cohort).getByText('5 of 9 learners read as "Strong execution, weaker direction".'),
    ).toBeTruthy();
    expect(
      within(cohort).getByText('Recurring failure patterns: low trust (6 learners).'),
    ).toBeTruthy();
    expect(within(cohort).getByText('Suggested programme: Leadership development.')).toBeTruthy();
  });

  it('passes axe', async () => {
    const { container } = render(<CohortView insight={insight()} />);
    expect(await violations(container)).toEqual([]);
  });
});
