// @vitest-environment jsdom
/**
 * A scenario that does not compile, in the app as built (the same code runs on the dev
 * server): every page of it lists its diagnostics instead of "Page not found", the rest
 * of the course still plays, and its saved runs are kept without being reported as
 * belonging to a scenario the course no longer has (which runs of a deleted one are).
 */
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { courseFrom, MemoryStorage, seedLayout, renderApp, violations } from './harness';
import { allRuns } from '../../src/progress';

afterEach(cleanup);

const COURSE = 'tests/fixtures/check/course-one-broken-of-three';
const WHERE = `${COURSE}/beta-case/machine.json:21:21`;
const MESSAGE =
  '"opening" leads to "wrap-upp", but there is no state with that name. Did you mean "wrap-up"?';

function savedRuns(...runs: { id: string; scenarioId: string; events: string[] }[]) {
  const storage = new MemoryStorage();
  seedLayout(storage, {
    version: 3,
    settings: { coaching: 'assessment' },
    profile: {},
    reflections: {},
    runs: Object.fromEntries(
      runs.map((run) => [
        run.id,
        {
          ...run,
          contentHash: 'the-version-before',
          seed: 3,
          startedAt: '2026-11-22T09:00:00.000Z',
          updatedAt: '2026-11-22T09:10:00.000Z',
          status: 'active',
        },
      ]),
    ),
  });
  return storage;
}

describe('a scenario that does not compile', () => {
  it.each([
    ['briefing', '#/s/beta-case'],
    ['play', '#/s/beta-case/play'],
    ['end of a run', '#/s/beta-case/runs/r-beta'],
    ['debrief', '#/s/beta-case/runs/r-beta/debrief'],
    ['comparison', '#/s/beta-case/compare/r-beta/r-other'],
  ])('lists its diagnostics on its %s page instead of "Page not found"', async (_page, hash) => {
    const storage = savedRuns({ id: 'r-beta', scenarioId: 'beta-case', events: ['START'] });
    const { container } = renderApp({ course: courseFrom(COURSE), storage, hash });
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'This scenario has errors',
    });
    expect(document.activeElement).toBe(heading);
    expect(screen.queryByText('Page not found')).toBeNull();
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain(WHERE);
    expect(item.textContent).toContain(MESSAGE);
    expect(item.textContent).toContain('[CB205]');
    expect(screen.getByText(/“beta-case” cannot be played until its error is fixed/)).toBeTruthy();
    expect(screen.getByText(/Your saved run of it is kept/)).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('leaves the rest of the course playable', async () => {
    renderApp({ course: courseFrom(COURSE), hash: '#/s/beta-case/play' });
    await screen.findByRole('heading', { level: 1, name: 'This scenario has errors' });
    await act(async () => {
      window.location.hash = '#/s/alpha-case';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByRole('button', { name: 'Start the scenario' })).toBeTruthy();
    expect(screen.queryByText('This scenario has errors')).toBeNull();
  });

  it('keeps its saved runs without calling them orphaned; runs of a deleted scenario still are', async () => {
    const storage = savedRuns(
      { id: 'r-beta-1', scenarioId: 'beta-case', events: ['START'] },
      { id: 'r-beta-2', scenarioId: 'beta-case', events: [] },
      { id: 'r-gone', scenarioId: 'a-deleted-case', events: ['START'] },
    );
    const { store } = renderApp({ course: courseFrom(COURSE), storage });
    expect(
      await screen.findByText(
        /1 saved run belongs to "a-deleted-case", which this course no longer has/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/"beta-case", which this course no longer has/)).toBeNull();
    expect(screen.getAllByText(/which this course no longer has/)).toHaveLength(1);
    const runs = allRuns(store.getSnapshot().progress);
    expect(Object.keys(runs).sort()).toEqual(['r-beta-1', 'r-beta-2', 'r-gone']);
    expect(runs['r-beta-1']).toMatchObject({ status: 'active', events: ['START'] });
  });
});
