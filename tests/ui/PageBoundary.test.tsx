// @vitest-environment jsdom
/**
 * One page of the app throws while rendering (the profile, mocked to): the app shows
 * what failed where the page would be, the header and its navigation keep working,
 * and the learner's saved runs are exactly as they were, shown again in the library.
 */
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { courseFrom, MemoryStorage, seedLayout, renderApp } from './harness';

vi.mock('../../src/ui/pages/ProfilePage', () => ({
  ProfilePage: () => {
    throw new Error('The profile page broke while rendering');
  },
}));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('keeps the header, the navigation and the saved runs when a page throws', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const course = courseFrom('scenarios');
  const loaded = await course.loaders['missed-deadline']?.();
  const now = '2026-11-21T10:00:00.000Z';
  const storage = new MemoryStorage();
  seedLayout(storage, {
    version: 3,
    settings: { coaching: 'assessment' },
    profile: {},
    runs: {
      'r-1': {
        id: 'r-1',
        scenarioId: 'missed-deadline',
        contentHash: loaded?.default?.contentHash,
        seed: 1,
        events: ['ASK_WHAT_CHANGED'],
        startedAt: now,
        updatedAt: now,
        status: 'active',
      },
    },
    reflections: {
      'r-1': {
        runId: 'r-1',
        answers: { 'went-well': 'Ask first.' },
        plan: { what: 'Ask first', who: 'me', when: 'Monday' },
        updatedAt: now,
      },
    },
  });
  renderApp({ course, storage, hash: '#/' });
  await screen.findByText(/In progress: 1 decision made/);
  const saved = JSON.stringify(storage.snapshot());
  expect(saved).toContain('Ask first.');

  await act(async () => {
    screen.getByRole('link', { name: 'Your profile' }).click();
  });
  const main = screen.getByRole('main');
  const heading = await within(main).findByRole('heading', {
    name: 'This page could not be shown',
  });
  expect(document.activeElement).toBe(heading);
  expect(main.querySelector('details pre')?.textContent).toBe(
    'The profile page broke while rendering',
  );
  expect(JSON.stringify(storage.snapshot())).toBe(saved);

  await act(async () => {
    within(screen.getByRole('navigation', { name: 'Main' }))
      .getByRole('link', { name: 'Library' })
      .click();
  });
  expect(await screen.findByText(/In progress: 1 decision made/)).toBeTruthy();
  expect(screen.queryByText('This page could not be shown')).toBeNull();
  expect(JSON.stringify(storage.snapshot())).toBe(saved);
});
