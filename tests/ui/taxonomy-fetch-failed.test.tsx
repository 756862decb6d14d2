// @vitest-environment jsdom
/**
 * The taxonomy is its own chunk (only the debrief, the comparison and the profile read
 * it). When fetching it fails (a dropped connection), the page that needs it says so and
 * offers "Try again", the learner's runs are untouched, and trying again fetches it afresh
 * and shows the page.
 */
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { courseFrom, MemoryStorage, renderApp, seedLayout } from './harness';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('shows the failure with a retry, then the page once the taxonomy arrives', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const course = courseFrom('scenarios');
  const real = course.taxonomy;
  let fetches = 0;
  course.taxonomy = async () => {
    fetches++;
    if (fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
    return real();
  };
  const now = '2026-11-21T10:00:00.000Z';
  const run = {
    id: 'r-1',
    scenarioId: 'missed-deadline',
    contentHash: (await course.loaders['missed-deadline']?.())?.default?.contentHash,
    seed: 1,
    events: ['ASK_WHAT_CHANGED'],
    startedAt: now,
    updatedAt: now,
    status: 'active',
  };
  const storage = seedLayout(new MemoryStorage(), {
    version: 3,
    settings: { coaching: 'assessment' },
    profile: {},
    runs: { 'r-1': run },
  });
  const before = storage.items.get('casebook:run:r-1');
  renderApp({ course, storage, hash: '#/profile' });
  await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' });
  expect(screen.getByText(/Failed to fetch dynamically imported module/)).toBeTruthy();
  expect(fetches).toBe(1);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
  await screen.findByRole('heading', { level: 1, name: /profile/i });
  expect(screen.queryByRole('heading', { name: 'This page could not be shown' })).toBeNull();
  expect(fetches).toBe(2);
  expect(storage.items.get('casebook:run:r-1')).toBe(before);
  expect(JSON.parse(before ?? '')).toEqual(run);
});
