// @vitest-environment jsdom
/**
 * The learner's flow in jsdom (the same flow runs in Chromium in tests/e2e): the
 * library with filters and a broken scenario's card, the briefing, playing by click
 * and by number key, autosave after every choice, resuming after a reload, the end of
 * the run, and notices about damaged saved data — each page checked with axe.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEY, allRuns, loadProgress, runById } from '../../src/progress';
import { compileReference } from '../support/reference';
import { courseFrom, MemoryStorage, renderApp, violations } from './harness';

afterEach(cleanup);

const go = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
};

describe('library', () => {
  it('lists scenarios as cards and filters them by audience and focus', async () => {
    const { container } = renderApp();
    const card = screen.getByRole('listitem', { name: 'The Missed Deadline' });
    expect(within(card).getByText('New manager')).toBeTruthy();
    expect(within(card).getByText('4–8 decisions')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Audience'), { target: { value: 'senior-leader' } });
    expect(screen.queryByRole('listitem', { name: 'The Missed Deadline' })).toBeNull();
    expect(screen.getByText(/^\d+ of \d+ scenarios match$/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Audience'), { target: { value: 'new-manager' } });
    fireEvent.change(screen.getByLabelText('Focus'), { target: { value: 'both' } });
    expect(screen.getByRole('listitem', { name: 'The Missed Deadline' })).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('shows a scenario that failed to compile as a card with its errors, and the others still work', async () => {
    const { container } = renderApp({
      course: courseFrom('tests/fixtures/check/course-one-broken-of-three'),
    });
    const broken = screen.getByRole('listitem', { name: 'beta-case' });
    expect(within(broken).getByText(/cannot be played/)).toBeTruthy();
    expect(within(broken).getByText(/\[CB205\]/)).toBeTruthy();
    expect(
      screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('#/s/')),
    ).toHaveLength(2);
    expect(await violations(container)).toEqual([]);
  });
});

describe('playing', () => {
  it('starts from the briefing, plays by click and number key, autosaves, and resumes after a reload', async () => {
    const storage = new MemoryStorage();
    const first = renderApp({ storage, hash: '#/s/missed-deadline' });
    await screen.findByText(/Six weeks ago you were made lead/);
    expect(await violations(first.container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Start the scenario' }));
    await go('#/s/missed-deadline/play');
    await screen.findByRole('heading', { level: 1, name: 'Tuesday morning' });
    expect(await violations(first.container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /Ask Adaeze what has changed/ }));
    await screen.findByRole('heading', { level: 1, name: 'A lot of little things' });
    expect(document.activeElement?.textContent).toBe('A lot of little things');
    expect(screen.getByText('A lot of little things. 3 choices.')).toBeTruthy();
    fireEvent.keyDown(document, { key: '1' });
    await screen.findByRole('heading', { level: 1, name: 'The work nobody sees' });
    const saved = loadProgress(storage, new Date()).progress as {
      runs: Record<string, { events: string[] }>;
    };
    expect(Object.values(saved.runs)[0]?.events).toEqual(['ASK_WHAT_CHANGED', 'ASK_ABOUT_CALLUM']);
    cleanup();

    renderApp({ storage, hash: '#/s/missed-deadline' });
    fireEvent.click(await screen.findByRole('link', { name: 'Resume: decision 3' }));
    await go('#/s/missed-deadline/play');
    await screen.findByRole('heading', { level: 1, name: 'The work nobody sees' });
    expect(screen.getByText(/Decision 3 of at most 8/)).toBeTruthy();
  });

  it('finishes a run on its ending, shows the road taken, and keeps it in the history', async () => {
    const storage = new MemoryStorage();
    const { container } = renderApp({ storage, hash: '#/s/missed-deadline' });
    await screen.findByText(/Six weeks ago you were made lead/);
    fireEvent.click(screen.getByRole('button', { name: 'Start the scenario' }));
    await go('#/s/missed-deadline/play');
    for (const label of [
      /Thank her for owning it/,
      /Tell Rosa/,
      /Set the dates/,
      /your door is always open/,
    ]) {
      fireEvent.click(await screen.findByRole('button', { name: label }));
    }
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/s\/missed-deadline\/runs\//));
    await go(window.location.hash);
    await screen.findByText('Weak outcome');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The pattern repeats');
    expect(container.querySelectorAll('ol.road > li')).toHaveLength(4);
    expect(await violations(container)).toEqual([]);
    await go('#/s/missed-deadline');
    expect(await screen.findByText(/Weak outcome, 4 decisions/)).toBeTruthy();
  });
});

describe('damaged saved data', () => {
  it('recovers from corrupt storage with a notice, and the app keeps working', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"version":1,"runs":{"r1":{"id":"r1"');
    const { container } = renderApp({ storage });
    expect(await screen.findByRole('button', { name: /Dismiss/ })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'The Missed Deadline' })).toBeTruthy();
    expect([...storage.items.keys()].some((k) => k.startsWith('casebook:progress:backup:'))).toBe(
      true,
    );
    expect(await violations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /Dismiss/ }));
    expect(screen.queryByRole('button', { name: /Dismiss/ })).toBeNull();
  });
});

describe('a saved log that does not replay when it is opened', () => {
  it('is kept read-only with a notice, not played on from a wrong place', async () => {
    // Start-up trusts a run saved on the current version; this one was changed in storage.
    const storage = new MemoryStorage();
    const doctored = {
      id: 'r-doctored',
      scenarioId: 'missed-deadline',
      contentHash: compileReference().contentHash,
      seed: 1,
      events: ['ASK_WHAT_CHANGED', 'NOT_A_CHOICE'],
      startedAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:05:00.000Z',
      status: 'active',
    };
    const progress = {
      version: 1,
      settings: { coaching: 'assessment' },
      runs: { 'r-doctored': doctored },
    };
    storage.setItem(STORAGE_KEY, JSON.stringify(progress));
    const { container, store } = renderApp({ storage, hash: '#/s/missed-deadline' });
    await screen.findByRole('link', { name: 'Resume: decision 3' });
    expect(runById(store.getSnapshot().progress, 'r-doctored')?.status).toBe('active');
    await go('#/s/missed-deadline/play');
    expect(
      await screen.findByText(
        /Your run of "missed-deadline" started 2026-11-21 does not replay on this version of the scenario: choice 2 \("NOT_A_CHOICE"\)/,
      ),
    ).toBeTruthy();
    expect(screen.getByText('You have no run of this scenario in progress.')).toBeTruthy();
    expect(runById(store.getSnapshot().progress, 'r-doctored')).toMatchObject({
      status: 'stale',
      events: ['ASK_WHAT_CHANGED', 'NOT_A_CHOICE'],
      stale: { step: 1, event: 'NOT_A_CHOICE' },
    });
    expect(await violations(container)).toEqual([]);
    await go('#/s/missed-deadline');
    expect(
      await screen.findByText(/its choices do not replay on this scenario: read-only/),
    ).toBeTruthy();
  });
});

describe('runs made on an earlier version of a scenario', () => {
  it('are kept read-only with a notice when they no longer replay, and rebased when they do', async () => {
    const storage = new MemoryStorage();
    const run = (id: string, events: string[]) => ({
      id,
      scenarioId: 'missed-deadline',
      contentHash: 'an-older-version',
      seed: 1,
      events,
      startedAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:05:00.000Z',
      status: 'active',
    });
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        settings: { coaching: 'assessment' },
        runs: {
          'r-old': run('r-old', ['ASK_WHAT_CHANGED', 'A_CHOICE_THAT_WAS_REMOVED']),
          'r-fine': {
            ...run('r-fine', ['ASK_WHAT_CHANGED']),
            startedAt: '2026-11-21T10:00:00.000Z',
          },
        },
      }),
    );
    const { container } = renderApp({ storage, hash: '#/s/missed-deadline' });
    await screen.findByText(/Six weeks ago/);
    expect(await screen.findByText(/was made on an earlier version of this scenario/)).toBeTruthy();
    expect(screen.getByText(/All its choices still work in the new version/)).toBeTruthy();
    expect(screen.getByText(/made on an earlier version: read-only/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Resume: decision 2' })).toBeTruthy();
    const saved = loadProgress(storage, new Date()).progress as {
      runs: Record<string, { status: string; contentHash: string }>;
    };
    expect(saved.runs['r-old']?.status).toBe('stale');
    expect(saved.runs['r-fine']?.contentHash).not.toBe('an-older-version');
    expect(await violations(container)).toEqual([]);
  });
});

describe('moving progress', () => {
  it('imports a downloaded file and merges it, and refuses a bad file without losing anything', async () => {
    const storage = new MemoryStorage();
    const { store } = renderApp({ storage });
    const file = (name: string, text: string) =>
      new File([text], name, { type: 'application/json' });
    const input = screen.getByLabelText('Import progress from a file');
    const exported = JSON.stringify({
      format: 'casebook-progress',
      version: 1,
      exportedAt: '2026-11-21T10:00:00.000Z',
      progress: {
        version: 1,
        settings: { coaching: 'assessment' },
        runs: {
          'r-moved': {
            id: 'r-moved',
            scenarioId: 'missed-deadline',
            contentHash: 'x',
            seed: 3,
            events: ['ACCEPT_FRIDAY'],
            startedAt: '2026-11-21T09:00:00.000Z',
            updatedAt: '2026-11-21T09:01:00.000Z',
            status: 'active',
          },
        },
      },
    });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file('progress.json', exported)] } });
    });
    await waitFor(() =>
      expect(Object.keys(allRuns(store.getSnapshot().progress))).toEqual(['r-moved']),
    );
    expect(screen.getByText(/In progress: 1 decision made/)).toBeTruthy();
    await act(async () => {
      fireEvent.change(input, {
        target: { files: [file('holiday-photo.json', 'not json at all')] },
      });
    });
    expect(await screen.findByText(/"holiday-photo\.json" could not be imported/)).toBeTruthy();
    expect(Object.keys(allRuns(store.getSnapshot().progress))).toEqual(['r-moved']);
  });
});

describe('authoring on the dev server', () => {
  it('continues the run an edit broke from the last step that still replays, and says so, in one store update', async () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        settings: { coaching: 'assessment' },
        profile: {},
        reflections: {},
        runs: {
          'r-editing': {
            id: 'r-editing',
            scenarioId: 'missed-deadline',
            contentHash: 'before-the-edit',
            seed: 7,
            events: ['ASK_WHAT_CHANGED', 'ASK_ABOUT_CALLUM', 'A_CHOICE_THE_AUTHOR_JUST_RENAMED'],
            startedAt: '2026-11-22T09:00:00.000Z',
            updatedAt: '2026-11-22T09:10:00.000Z',
            status: 'active',
          },
          // An older unfinished run the same edit broke: kept read-only, as for learners.
          'r-earlier': {
            id: 'r-earlier',
            scenarioId: 'missed-deadline',
            contentHash: 'before-the-edit',
            seed: 3,
            events: ['ASK_WHAT_CHANGED', 'A_CHOICE_THE_AUTHOR_JUST_RENAMED'],
            startedAt: '2026-11-22T08:00:00.000Z',
            updatedAt: '2026-11-22T08:10:00.000Z',
            status: 'active',
          },
        },
      }),
    );
    const course = { ...courseFrom('scenarios'), authoring: true };
    const { store } = renderApp({ storage, course, hash: '#/s/missed-deadline/play' });
    // The scenario loads after the first render: from here on, its reconcile is all that changes progress.
    const report = vi.spyOn(store, 'report');
    const update = vi.spyOn(store, 'update');
    await screen.findByRole('heading', { level: 1, name: 'The work nobody sees' });
    expect(report).toHaveBeenCalledTimes(1);
    expect(update).not.toHaveBeenCalled();
    expect(runById(store.getSnapshot().progress, 'r-earlier')?.status).toBe('stale');
    expect(
      screen.getByText(
        /Your run of "missed-deadline" started 2026-11-22 was made on an earlier version/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/Decision 3 of at most 8/)).toBeTruthy();
    expect(
      screen.getByText(
        /choice 3 \("A_CHOICE_THE_AUTHOR_JUST_RENAMED"\) is no longer offered, so the run continues from decision 3/,
      ),
    ).toBeTruthy();
    expect(runById(store.getSnapshot().progress, 'r-editing')?.status).toBe('stale');
  });
});
