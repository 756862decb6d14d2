// @vitest-environment jsdom
/**
 * The briefing's list of earlier runs: the newest ten, newest first, with the rest one
 * click away ("Show all"), and back; a short history is listed whole with no control.
 * The cap is what keeps a briefing quick to open with thousands of saved runs.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { progressWithRuns } from '../support/seeded-runs';
import { courseFrom, MemoryStorage, renderApp, seedLayout, violations } from './harness';
import { buildCourse } from '../../src/vite/course-index';
import { HISTORY_SHOWN } from '../../src/ui/pages/RunHistory';
import { ROOT } from '../support/paths';

afterEach(cleanup);

const built = buildCourse('scenarios', ROOT);
const course = courseFrom('scenarios');
const scenario = built.scenarios.get('missed-deadline');
if (!scenario) throw new Error('the reference scenario does not compile');
const WEAK = ['ACCEPT_FRIDAY', 'TELL_ROSA_ITS_A_BLIP', 'SET_THE_DATES', 'LEAVE_IT_OPEN'];

/** `count` weak runs, run n ending n days after 1 March. */
function storageWith(count: number) {
  const runs = Array.from({ length: count }, (_, n) => ({
    events: WEAK,
    endedAt: new Date(Date.UTC(2026, 2, 1 + n, 9)),
  }));
  const progress = progressWithRuns(scenario!, runs);
  return seedLayout(new MemoryStorage(), progress as unknown as Record<string, unknown>);
}

const historyItems = () =>
  within(screen.getByRole('region', { name: 'Your earlier runs' })).getAllByRole('listitem');

describe("the briefing's earlier runs", () => {
  it('lists the newest ten of a long history, and all of them on request', async () => {
    const { container } = renderApp({
      course,
      storage: storageWith(25),
      hash: '#/s/missed-deadline',
    });
    await screen.findByRole('heading', { name: 'Your earlier runs' });
    expect(historyItems()).toHaveLength(HISTORY_SHOWN);
    // Newest first: the last run (ended 25 March) heads the list.
    expect(historyItems()[0]?.querySelector('a')?.getAttribute('href')).toBe(
      '#/s/missed-deadline/runs/r-profile-25',
    );
    const more = screen.getByRole('button', { name: 'Show all 25 runs' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(await violations(container)).toEqual([]);

    fireEvent.click(more);
    expect(historyItems()).toHaveLength(25);
    expect(historyItems()[24]?.querySelector('a')?.getAttribute('href')).toBe(
      '#/s/missed-deadline/runs/r-profile-1',
    );
    const fewer = screen.getByRole('button', { name: 'Show fewer' });
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(fewer);
    expect(historyItems()).toHaveLength(HISTORY_SHOWN);
  });

  it('lists a short history whole, with no control', async () => {
    renderApp({ course, storage: storageWith(3), hash: '#/s/missed-deadline' });
    await screen.findByRole('heading', { name: 'Your earlier runs' });
    expect(historyItems()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });
});
