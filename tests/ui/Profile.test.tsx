// @vitest-environment jsdom
/**
 * The profile page in jsdom: with no runs it says what it will show and where a new
 * manager should start; with a weak run and then a strong one of the same scenario it
 * shows the growth — each domain improving with its numbers, the first run against the
 * latest — in words about runs, never "this run". Each checked with axe.
 */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { progressWithRuns } from '../support/seeded-runs';
import { courseFrom, MemoryStorage, renderApp, seedLayout, violations } from './harness';
import { buildCourse } from '../../src/vite/course-index';
import { emptyProgress, setProfile } from '../../src/progress';
import { ROOT } from '../support/paths';

afterEach(cleanup);

const built = buildCourse('scenarios', ROOT);
const course = courseFrom('scenarios');
const scenario = built.scenarios.get('missed-deadline');
if (!scenario) throw new Error('the reference scenario does not compile');
const WEAK = ['ACCEPT_FRIDAY', 'TELL_ROSA_ITS_A_BLIP', 'SET_THE_DATES', 'LEAVE_IT_OPEN'];
const STRONG = [
  'ASK_WHAT_CHANGED',
  'ASK_ABOUT_CALLUM',
  'ASK_ABOUT_HOME',
  'THANK_AND_ASK_WHAT_HELPS',
  'RESET_WITH_CALLUM',
  'BOOK_FOLLOW_UP',
];

const storageOf = (progress: object) =>
  seedLayout(new MemoryStorage(), progress as Record<string, unknown>);

describe('the profile page', () => {
  it('with no runs, says what it will show and where a new manager starts', async () => {
    const progress = setProfile(
      emptyProgress(),
      { stage: 'new-manager' },
      new Date('2026-03-01T09:00:00Z'),
    );
    const { container } = renderApp({ course, storage: storageOf(progress), hash: '#/profile' });
    await screen.findByRole('heading', { level: 1, name: 'Your profile' });
    const map = screen.getByRole('region', { name: 'Your capability map' });
    expect(map.textContent).toMatch(/Once you finish a scenario, this map shows/);
    expect(map.textContent).toMatch(/improving, steady or slipping/);
    const path = screen.getByRole('region', {
      name: /Your training path: Management fundamentals/,
    });
    expect(within(path).getByRole('heading', { name: 'Where to start' })).toBeTruthy();
    const first = within(path)
      .getAllByRole('listitem')
      .find((li) => li.closest('.suggestions'));
    const card = built.index.scenarios.find(
      (s) => s.card?.title === first?.querySelector('a')?.textContent,
    )?.card;
    expect(card?.audience).toBe('new-manager');
    expect(screen.queryByRole('region', { name: 'How your choices are changing' })).toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it('after a weak run and then a strong one, shows the growth in numbers', async () => {
    const progress = progressWithRuns(
      scenario,
      [
        { events: WEAK, endedAt: new Date('2026-03-01T09:00:00Z') },
        { events: STRONG, endedAt: new Date('2026-03-08T09:00:00Z') },
      ],
      { stage: 'new-manager' },
    );
    const { container } = renderApp({ course, storage: storageOf(progress), hash: '#/profile' });
    const growth = await screen.findByRole('region', { name: 'How your choices are changing' });
    expect(growth.textContent).toContain(
      'Across your 2 runs: your earlier run against your latest run.',
    );
    const trends = within(growth)
      .getAllByRole('listitem')
      .filter((li) => li.closest('.trends'));
    const management = trends.find((li) => li.textContent?.startsWith('Management (execution)'));
    expect(management?.getAttribute('data-direction')).toBe('improving');
    expect(management?.textContent).toMatch(
      /\d+% effective in your earlier runs, 100% effective in your latest runs: improving\./,
    );
    const history = within(growth).getByText('The Missed Deadline').closest('li');
    expect(history?.textContent).toMatch(
      /played 2 times\)\. First, .*weak outcome.*\. Latest, .*strong outcome/,
    );
    const page = container.querySelector('article.profile')?.textContent ?? '';
    expect(page).toContain('Across your 2 runs, weighing the latest most');
    expect(page).not.toMatch(/this run/i);
    expect(await violations(container)).toEqual([]);
  });
});
