// @vitest-environment jsdom
/**
 * The debrief pages in jsdom: after a run, every decision with its tag, behaviours
 * and coaching, the road not taken, the charts, diagnosis and path; the reflection
 * and action plan saved as typed and still there after a reload; replay from a
 * decision; two runs compared; the profile's role check and coaching setting —
 * each page checked with axe.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { allRuns, loadProgress } from '../../src/progress';
import { MemoryStorage, renderApp, violations, enabledButton } from './harness';

afterEach(cleanup);

const go = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
};

const PATTERN_REPEATS = [
  /Thank her for owning it/,
  /Tell Rosa/,
  /Set the dates/,
  /your door is always open/,
];

async function playRun(labels: RegExp[]): Promise<string> {
  await go('#/s/missed-deadline');
  await screen.findByText(/Six weeks ago/);
  fireEvent.click(screen.getByRole('button', { name: /Start the scenario|Start again/ }));
  await go('#/s/missed-deadline/play');
  for (const label of labels) fireEvent.click(await screen.findByRole('button', { name: label }));
  await waitFor(() => expect(window.location.hash).toMatch(/\/runs\//));
  return window.location.hash.split('/runs/')[1] as string;
}

describe('the debrief', () => {
  it('tags every decision and shows behaviours, coaching, the road not taken, charts, diagnosis and path', async () => {
    const { container } = renderApp({ storage: new MemoryStorage() });
    const run = await playRun(PATTERN_REPEATS);
    await go(`#/s/missed-deadline/runs/${run}`);
    fireEvent.click(await screen.findByRole('link', { name: 'Read your debrief' }));
    await go(`#/s/missed-deadline/runs/${run}/debrief`);
    await screen.findByRole('heading', { level: 1, name: 'Debrief: The Missed Deadline' });
    const decisions = container.querySelectorAll('ol.timeline > li');
    expect(decisions).toHaveLength(4);
    expect(decisions[0]?.querySelector('.chosen .tag')?.textContent).toBe('Management');
    expect(
      within(decisions[0] as HTMLElement).getAllByText(/Counterproductive:/).length,
    ).toBeGreaterThan(0);
    // Each behaviour says what it means, from the taxonomy's description.
    const described = decisions[0]?.querySelector(':scope > .behaviours .description');
    expect(described?.textContent).toMatch(/^: \S.{10,}/);
    expect(within(decisions[0] as HTMLElement).getByText('Coaching')).toBeTruthy();
    expect(within(decisions[0] as HTMLElement).getByText('The road not taken')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Foundations first' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: /Recommended path: Management fundamentals/ }),
    ).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: /Management \(execution\): 2 effective, 3 counterproductive/,
      }),
    ).toBeTruthy();
    expect(screen.getByRole('img', { name: /Metrics after each decision/ })).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('saves the reflection and action plan as the learner types, and keeps them after a reload', async () => {
    const storage = new MemoryStorage();
    renderApp({ storage });
    const run = await playRun(PATTERN_REPEATS);
    await go(`#/s/missed-deadline/runs/${run}/debrief`);
    fireEvent.input(await screen.findByLabelText(/^Where at work are you facing/), {
      target: { value: 'Ask before agreeing a date.' },
    });
    fireEvent.input(screen.getByLabelText('With whom?'), { target: { value: 'Sam, my analyst' } });
    fireEvent.input(screen.getByLabelText('On which date will you look back at it?'), {
      target: { value: '2026-12-04' },
    });
    expect(screen.getByText('Saved.')).toBeTruthy();
    cleanup();
    renderApp({ storage, hash: `#/s/missed-deadline/runs/${run}/debrief` });
    expect(((await screen.findByLabelText('With whom?')) as HTMLInputElement).value).toBe(
      'Sam, my analyst',
    );
    expect((screen.getByLabelText(/^Where at work/) as HTMLTextAreaElement).value).toBe(
      'Ask before agreeing a date.',
    );
    const saved = loadProgress(storage, new Date()).progress as {
      reflections: Record<string, { answers: Record<string, string>; plan: { who: string } }>;
    };
    expect(saved.reflections[run]?.plan).toMatchObject({
      who: 'Sam, my analyst',
      due: '2026-12-04',
    });
    expect(saved.reflections[run]?.answers['at-work']).toBe('Ask before agreeing a date.');
  });

  it('replays from a decision: a new run that resumes at that decision', async () => {
    const { store } = renderApp({ storage: new MemoryStorage() });
    const run = await playRun(PATTERN_REPEATS);
    await go(`#/s/missed-deadline/runs/${run}/debrief`);
    await screen.findByRole('heading', { level: 1, name: 'Debrief: The Missed Deadline' });
    fireEvent.click(
      screen.getAllByRole('button', { name: /Replay from this decision/ })[2] as HTMLElement,
    );
    await go('#/s/missed-deadline/play');
    await screen.findByText(/Decision 3 of at most 8/);
    const runs = Object.values(allRuns(store.getSnapshot().progress));
    expect(runs).toHaveLength(2);
    expect(runs.find((r) => r.id !== run)?.events).toEqual([
      'ACCEPT_FRIDAY',
      'TELL_ROSA_ITS_A_BLIP',
    ]);
  });

  it('compares two runs side by side', async () => {
    const { container } = renderApp({ storage: new MemoryStorage() });
    const first = await playRun(PATTERN_REPEATS);
    const second = await playRun([
      /Ask Adaeze what has changed/,
      /walk you through what Callum/,
      /log every request from Callum/,
      /Set the dates/,
      /fifteen-minute check-in/,
    ]);
    await go(`#/s/missed-deadline/runs/${second}/debrief`);
    fireEvent.click(await screen.findByRole('link', { name: 'Compare with your previous run' }));
    await go(`#/s/missed-deadline/compare/${second}/${first}`);
    await screen.findByRole('heading', { level: 1, name: 'Two runs of The Missed Deadline' });
    expect(screen.getByRole('region', { name: 'This run' })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'The other run' })).getByText('Weak outcome'),
    ).toBeTruthy();
    // Both runs' balance charts share one scale: the same largest value on each axis.
    const scales = [...container.querySelectorAll('.compare-column .chart svg')].map(
      (svg) => svg.querySelector('.scale-max')?.textContent,
    );
    expect(scales).toHaveLength(2);
    expect(scales[0]).toBe(scales[1]);
    expect(await violations(container)).toEqual([]);
  });
});

describe('the profile and coaching mode', () => {
  it('records the role check, recommends a path and scenarios, and shows coaching at once in practice mode', async () => {
    const { container, store } = renderApp({ storage: new MemoryStorage() });
    await playRun(PATTERN_REPEATS);
    await go('#/profile');
    await screen.findByRole('heading', { level: 1, name: 'Your profile' });
    fireEvent.click(screen.getByLabelText(/Mainly to shape direction/));
    fireEvent.click(screen.getByLabelText('Senior leader'));
    fireEvent.click(screen.getByLabelText(/Practice: right after each choice/));
    expect(store.getSnapshot().progress.profile).toMatchObject({
      demands: 'direction',
      stage: 'senior-leader',
    });
    expect(store.getSnapshot().progress.settings.coaching).toBe('practice');
    await screen.findByText(/Across your one run, weighing the latest most/);
    expect(screen.getByText(/Missed deadlines \(management gap\): 1 time/)).toBeTruthy();
    const playNext = screen.getByRole('heading', { name: 'Play next' })
      .nextElementSibling as HTMLElement;
    expect(within(playNext).getAllByRole('link').length).toBeGreaterThan(0);
    expect(await violations(container)).toEqual([]);

    await go('#/s/missed-deadline');
    fireEvent.click(await enabledButton(/Start the scenario|Start again/));
    await go('#/s/missed-deadline/play');
    fireEvent.click(await screen.findByRole('button', { name: /Ask Adaeze what has changed/ }));
    const coaching = await screen.findByRole('complementary', { name: 'About your last choice' });
    expect(coaching.textContent).toContain('An open question before any judgement');
  });
});
