// @vitest-environment jsdom
/**
 * When a timed decision's clock runs out (format v1.1), on the bundled "Three Weeks to
 * Switch-Over": the run goes to the TIME_UP road's target as a choice would, the TIME_UP
 * section's coaching shows where a choice's coaching shows (practice mode's "About your
 * last choice", worded "You let the time run out"), and the debrief lists it as the
 * decision made at that scene. Only `Date` is faked: the clock stands still until the test
 * moves it, and the test waits for screens, never for real seconds.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage, renderApp, violations } from './harness';

const TIME_UP_LABEL = 'Say nothing while you think, and let Graham move on to the next item.';
const TIME_UP_COACHING = 'On a live call, silence after';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const go = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
};

describe('letting the time run out', () => {
  it('moves to the TIME_UP target, coaches it as a choice, and the debrief lists it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { container } = renderApp({ storage: new MemoryStorage() });
    await go('#/profile');
    fireEvent.click(await screen.findByLabelText(/Practice: right after each choice/));
    await go('#/s/project-slipping');
    const start = await screen.findByRole('button', { name: /Start the scenario/ });
    await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(start);
    fireEvent.click(await screen.findByRole('button', { name: /Turn this morning's stand-up/ }));
    fireEvent.click(await screen.findByRole('button', { name: /Make the call now/ }));
    await screen.findByRole('heading', { level: 1, name: "Wednesday, ten o'clock" });
    await screen.findByText('0:45');
    expect(screen.queryByRole('button', { name: /Say nothing while you think/ })).toBeNull();

    await act(async () => {
      vi.advanceTimersByTime(45_000);
    });
    // The TIME_UP road's target, the scene the machine's `after` names.
    await screen.findByRole('heading', { level: 1, name: 'Wednesday afternoon, the connector' });
    const coaching = await screen.findByRole('complementary', { name: 'About your last choice' });
    expect(coaching.querySelector('.chosen')?.textContent).toBe(
      `You let the time run out: ${TIME_UP_LABEL}`,
    );
    expect(coaching.textContent).toContain(TIME_UP_COACHING);
    expect(screen.queryByText('Time left:')).toBeNull();
    expect(await violations(container)).toEqual([]);

    // Play on to an ending, taking each scene's first choice.
    while (!/\/runs\//.test(window.location.hash)) {
      const first = container.querySelector<HTMLButtonElement>('.choices button.choice');
      if (first) fireEvent.click(first);
      await waitFor(() =>
        expect(
          /\/runs\//.test(window.location.hash) ||
            container.querySelector('.choices button.choice') !== first,
        ).toBe(true),
      );
    }
    const run = window.location.hash.split('/runs/')[1] as string;
    await go(`#/s/project-slipping/runs/${run}/debrief`);
    await screen.findByRole('heading', { level: 1, name: /^Debrief: / });
    const decisions = [...container.querySelectorAll('ol.timeline > li')];
    const timedOut = decisions.filter((li) =>
      li.querySelector('.chosen')?.textContent?.startsWith('You let the time run out'),
    );
    expect(timedOut).toHaveLength(1);
    expect(timedOut[0]?.querySelector('.chosen')?.textContent).toContain(
      `You let the time run out: ${TIME_UP_LABEL}`,
    );
    expect(timedOut[0]?.textContent).toContain(TIME_UP_COACHING);
    expect(decisions.indexOf(timedOut[0] as Element)).toBe(2);
    expect(await violations(container)).toEqual([]);
  });
});
