// @vitest-environment jsdom
/**
 * Format v1.1 in the learner's views (views15), on the fixture course
 * tests/fixtures/views-course: the briefing's "Who's who" lists the cast; the end page,
 * the debrief's decisions and the compare view word a timed decision's TIME_UP as "You
 * let the time run out" (and as a road not taken when the learner chose in time); the
 * debrief's coaching is the conditional text the learner saw on that road, never the
 * author's "when NAME" markers, with the speaker's portrait (also in practice mode's
 * coaching right after a choice). Vitest's fake clock runs the
 * timer: nothing waits for real seconds.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { courseFrom, MemoryStorage, renderApp, violations, enabledButton } from './harness';

const COURSE = courseFrom('tests/fixtures/views-course');
const TIME_UP_LABEL = 'Say nothing and wait for her to suggest something.';
const LISTENED = 'Because you listened, she names the next step herself.';
const NOT_LISTENED = 'You name the next step for her; she nods without a word.';

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

/** Play a run by button labels; `timeUp` lets the last scene's timer run out. */
async function playRun(labels: RegExp[], timeUp = false): Promise<string> {
  await go('#/s/late-report');
  const start = await screen.findByRole('button', { name: /Start the scenario|Start again/ });
  // The button is disabled until the scenario has loaded: a click before that does nothing.
  await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(start);
  await screen.findByRole('heading', { level: 2, name: 'What do you do?' });
  for (const label of labels) fireEvent.click(await screen.findByRole('button', { name: label }));
  if (timeUp) {
    await screen.findByRole('heading', { level: 1, name: 'The plan for Friday' });
    await act(async () => {
      vi.advanceTimersByTime(31_000);
    });
  }
  await waitFor(() => expect(window.location.hash).toMatch(/\/runs\//));
  return window.location.hash.split('/runs/')[1] as string;
}

describe('the briefing', () => {
  it('lists the cast under "Who’s who": name, role and a decorative portrait', async () => {
    const { container } = renderApp({ course: COURSE, hash: '#/s/late-report' });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Who’s who' });
    const list = within(heading.closest('section') as HTMLElement).getByRole('list');
    const [adaeze] = within(list).getAllByRole('listitem');
    expect(adaeze?.textContent).toBe('Adaeze, Senior analyst');
    const portrait = adaeze?.querySelector('img');
    expect(portrait?.getAttribute('alt')).toBe('');
    expect(portrait?.getAttribute('width')).toBe('64');
    expect(await violations(container)).toEqual([]);
  });
});

describe('a run that let the time run out', () => {
  it('reads as the time running out on the end page, the debrief and the compare view', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { container } = renderApp({ course: COURSE, storage: new MemoryStorage() });
    const first = await playRun([/Get straight to the late report/], true);
    const road = await screen.findByRole('heading', { level: 2, name: 'The road you took' });
    expect(road.parentElement?.textContent).toContain(
      `The plan for Friday: You let the time run out: ${TIME_UP_LABEL}`,
    );
    await go(`#/s/late-report/runs/${first}/debrief`);
    await screen.findByRole('heading', { level: 1, name: 'Debrief: The Late Report' });
    const decisions = container.querySelectorAll('ol.timeline > li');
    const chosen = decisions[1]?.querySelector('.chosen');
    expect(chosen?.textContent).toMatch(/^You let the time run out: Say nothing/);
    expect(chosen?.textContent).not.toContain('You chose');
    expect(decisions[1]?.textContent).toContain('Silence is an answer too');
    expect(await violations(container)).toEqual([]);

    vi.useRealTimers();
    const second = await playRun([/Ask what is on her mind/, /Agree a dated plan/]);
    await go(`#/s/late-report/compare/${first}/${second}`);
    await screen.findByRole('heading', { level: 1, name: 'Two runs of The Late Report' });
    const thisRun = screen.getByRole('region', { name: 'This run' });
    expect(thisRun.textContent).toContain(`You let the time run out: ${TIME_UP_LABEL}`);
    const other = screen.getByRole('region', { name: 'The other run' });
    expect(other.textContent).not.toContain('let the time run out');
    expect(await violations(container)).toEqual([]);
  });
});

describe('a run that chose in time', () => {
  it('shows the coaching it saw, the portrait, and the time-up road as a road not taken', async () => {
    const { container } = renderApp({ course: COURSE, storage: new MemoryStorage() });
    const run = await playRun([/Ask what is on her mind/, /Agree a dated plan/]);
    await go(`#/s/late-report/runs/${run}/debrief`);
    await screen.findByRole('heading', { level: 1, name: 'Debrief: The Late Report' });
    const timeline = container.querySelector('ol.timeline') as HTMLElement;
    expect(timeline.textContent).toContain(LISTENED);
    expect(timeline.textContent).not.toContain(NOT_LISTENED);
    expect(timeline.querySelector('.conditional-marker')).toBeNull();
    const [first, second] = timeline.querySelectorAll(':scope > li');
    const speech = first?.querySelector('.coaching figure.speech-with-portrait');
    expect(speech?.querySelector('img.portrait')?.getAttribute('alt')).toBe('');
    expect(speech?.querySelector('figcaption')?.textContent).toBe('Adaeze, Senior analyst');
    const notTaken = second?.querySelector('.road-not-taken');
    expect(notTaken?.textContent).toContain(`Letting the time run out: ${TIME_UP_LABEL}`);
    expect(await violations(container)).toEqual([]);
  });
});

describe('practice mode’s coaching right after a choice', () => {
  it('shows the speaker’s portrait, and words the timer’s road as the time running out', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { container } = renderApp({ course: COURSE, storage: new MemoryStorage() });
    await go('#/profile');
    fireEvent.click(await screen.findByLabelText(/Practice: right after each choice/));
    await go('#/s/late-report');
    fireEvent.click(await enabledButton(/Start the scenario/));
    await go('#/s/late-report/play');
    fireEvent.click(await screen.findByRole('button', { name: /Ask what is on her mind/ }));
    const listened = await screen.findByRole('complementary', { name: 'About your last choice' });
    expect(listened.querySelector('figure.speech-with-portrait img.portrait')).not.toBeNull();
    expect(await violations(container)).toEqual([]);

    // Go on with the same run (no new run to race with): its timed scene, and the clock runs out.
    await screen.findByRole('heading', { level: 1, name: 'The plan for Friday' });
    await act(async () => {
      vi.advanceTimersByTime(31_000);
    });
    await waitFor(() => expect(window.location.hash).toMatch(/\/runs\//));
    const timedOut = await screen.findByRole('complementary', { name: 'About your last choice' });
    expect(timedOut.querySelector('.chosen')?.textContent).toBe(
      `You let the time run out: ${TIME_UP_LABEL}`,
    );
  });
});
