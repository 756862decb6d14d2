// @vitest-environment jsdom
/**
 * A timed decision on the play screen (format v1.1): the time left is shown, a screen
 * reader is told at the start, the Timers setting lengthens or switches off the clock,
 * and when time runs out the run records TIME_UP like a choice. Only `Date` is faked: the
 * clock stands still until a test moves it (so a slow render never shows 0:44 for 0:45),
 * and the countdown's real ticks then read the moved time; nothing waits for real seconds.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadProgress, type StorageLike } from '../../src/progress';
import { courseFrom, MemoryStorage, renderApp, violations, enabledButton } from './harness';

const COURSE = 'tests/fixtures/check/timed-decision-valid';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function startTimedRun() {
  const storage = new MemoryStorage();
  const app = renderApp({ storage, course: courseFrom(COURSE), hash: '#/s/base-case' });
  fireEvent.click(await enabledButton('Start the scenario'));
  await screen.findByRole('heading', { level: 1, name: 'The first minute' });
  return app;
}

function savedEvents(storage: StorageLike): string[] | undefined {
  const saved = loadProgress(storage, new Date()).progress as {
    runs: Record<string, { events: string[] }>;
  };
  return Object.values(saved.runs)[0]?.events;
}

describe('a timed decision', () => {
  it('shows the time left, says so once at the start, and records TIME_UP when it runs out', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { storage, container } = await startTimedRun();
    expect(screen.getByText('0:45')).toBeTruthy();
    expect(screen.getByText(/This decision is timed: you have 0:45/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /TIME_UP/ })).toBeNull();
    expect(await violations(container)).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(16_000);
    });
    expect(await screen.findByText('30 seconds left to decide.')).toBeTruthy();
    await act(async () => {
      vi.advanceTimersByTime(20_000);
    });
    expect(await screen.findByText('10 seconds left to decide.')).toBeTruthy();
    expect(savedEvents(storage)).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(10_000);
    });
    await waitFor(() => expect(savedEvents(storage)).toEqual(['TIME_UP']));
  });

  it('gives twice the time when the learner asks for it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { storage } = await startTimedRun();
    fireEvent.click(screen.getByRole('radio', { name: 'Twice the time' }));
    await screen.findByText('1:30');
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    expect(savedEvents(storage)).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(31_000);
    });
    await waitFor(() => expect(savedEvents(storage)).toEqual(['TIME_UP']));
  });

  it('waits for a choice when timers are off', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { storage } = await startTimedRun();
    fireEvent.click(screen.getByRole('radio', { name: 'Off: no time limit' }));
    await waitFor(() => expect(screen.queryByText(/Time left/)).toBeNull());
    await act(async () => {
      vi.advanceTimersByTime(600_000);
    });
    expect(savedEvents(storage)).toEqual([]);
    expect(screen.getByRole('heading', { level: 1, name: 'The first minute' })).toBeTruthy();
  });

  it('keeps the share of time used when the learner changes the setting mid-countdown, and says so once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { storage, container } = await startTimedRun();
    const live = container.querySelector('.countdown [aria-live="polite"]');
    await act(async () => {
      vi.advanceTimersByTime(15_000);
    });
    await screen.findByText('0:30');
    // A third used: twice the time leaves two thirds of 1:30.
    fireEvent.click(screen.getByRole('radio', { name: 'Twice the time' }));
    expect(screen.getByText('1:00')).toBeTruthy();
    expect(
      screen.getAllByText('Twice the time: you now have 1:00 (minutes:seconds) left.'),
    ).toHaveLength(1);
    await act(async () => {
      vi.advanceTimersByTime(30_000);
    });
    await screen.findByText('0:30');
    // Off: no countdown, and the clock waits with two thirds used.
    fireEvent.click(screen.getByRole('radio', { name: 'Off: no time limit' }));
    expect(screen.queryByText(/Time left/)).toBeNull();
    expect(container.querySelector('.countdown')).toBeNull();
    // Said in the same live region, which stays on the page while timers are off.
    expect(live?.textContent).toBe('Timers are off: this decision now waits for your choice.');
    expect(live?.isConnected).toBe(true);
    await act(async () => {
      vi.advanceTimersByTime(600_000);
    });
    expect(savedEvents(storage)).toEqual([]);
    // On again: the standard 0:45 with two thirds used leaves 0:15.
    fireEvent.click(screen.getByRole('radio', { name: 'Standard' }));
    expect(screen.getByText('0:15')).toBeTruthy();
    expect(
      screen.getAllByText('Standard time: you now have 0:15 (minutes:seconds) left.'),
    ).toHaveLength(1);
    await act(async () => {
      vi.advanceTimersByTime(14_000);
    });
    await screen.findByText('0:01');
    expect(savedEvents(storage)).toEqual([]);
    await act(async () => {
      vi.advanceTimersByTime(1_000);
    });
    await waitFor(() => expect(savedEvents(storage)).toEqual(['TIME_UP']));
  });
});
