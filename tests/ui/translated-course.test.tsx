// @vitest-environment jsdom
/**
 * Issue 18 in the app: the learner's language (LanguageContext) picks a scenario's and the
 * taxonomy's words from their translations, a scenario without that translation shows its
 * source's words marked `lang="en"`, and a run is the same run in every language: played in
 * English, its debrief reads in German, and the other way round, with one reconciliation.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStorage, renderApp, violations } from './harness';

afterEach(cleanup);

const go = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
};

const ENGLISH_ROAD = [
  /Thank her for owning it/,
  /Tell Rosa/,
  /Set the dates/,
  /your door is always open/,
];
const GERMAN_ROAD = [
  /Danken Sie ihr, dass sie dazu steht/,
  /Sagen Sie Rosa/,
  /Legen Sie die Termine selbst fest/,
  /Ihre Tür immer offen steht/,
];

async function playRun(briefing: RegExp, start: RegExp, labels: RegExp[]): Promise<string> {
  await go('#/s/missed-deadline');
  await screen.findByText(briefing);
  fireEvent.click(screen.getByRole('button', { name: start }));
  await go('#/s/missed-deadline/play');
  for (const label of labels) fireEvent.click(await screen.findByRole('button', { name: label }));
  await waitFor(() => expect(window.location.hash).toMatch(/\/runs\//));
  return window.location.hash.split('/runs/')[1] as string;
}

describe('a course read in German', () => {
  it('shows the German card, and marks an English-only card lang="en"', async () => {
    const { container } = renderApp({ language: 'de' });
    const german = await screen.findByRole('link', { name: 'Die verpasste Frist' });
    expect(german.closest('[lang]')).toBeNull();
    expect(screen.getByText(/Ihr Einzelgespräch mit ihr beginnt jetzt/).closest('[lang]')).toBe(
      null,
    );
    const english = container.querySelectorAll('ul.cards h2 a[lang="en"]');
    expect(english.length).toBeGreaterThan(0);
    expect(screen.queryByRole('link', { name: 'The Missed Deadline' })).toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it('plays missed-deadline in German: briefing, scenes, choices, cast', async () => {
    const { container } = renderApp({ language: 'de' });
    await go('#/s/missed-deadline');
    await screen.findByRole('heading', { level: 1, name: 'Die verpasste Frist' });
    await screen.findByText(/Vor sechs Wochen haben Sie die Leitung/);
    expect(screen.getByText('Senior-Analystin')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start the scenario' }));
    await go('#/s/missed-deadline/play');
    await screen.findByRole('heading', { level: 1, name: 'Dienstagmorgen' });
    const choices = within(container.querySelector('section.choices') as HTMLElement);
    expect(choices.getByRole('button', { name: /Fragen Sie Adaeze/ })).toBeTruthy();
    expect(container.querySelector('.play [lang]')).toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it('marks an English-only scenario lang="en" on a German page', async () => {
    const { container } = renderApp({ language: 'de' });
    await go('#/s/project-slipping');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.getAttribute('lang')).toBe('en');
    await waitFor(() => expect(container.querySelector('.briefing div[lang="en"]')).not.toBeNull());
  });
});

describe('a saved run across languages', () => {
  it('played in English, its debrief reads in German (scenes, choices, behaviours)', async () => {
    const storage = new MemoryStorage();
    const english = renderApp({ storage });
    const run = await playRun(/Six weeks ago/, /Start the scenario/, ENGLISH_ROAD);
    english.unmount();
    const { container } = renderApp({
      storage,
      language: 'de',
      hash: `#/s/missed-deadline/runs/${run}/debrief`,
    });
    await screen.findByRole('heading', { level: 1, name: 'Debrief: Die verpasste Frist' });
    const first = container.querySelector('ol.timeline > li') as HTMLElement;
    expect(within(first).getByText('Dienstagmorgen')).toBeTruthy();
    expect(first.textContent).toMatch(/Danken Sie ihr, dass sie dazu steht/);
    expect(first.textContent).toMatch(/Gibt sich mit vagen Zusagen zufrieden/);
    expect(container.querySelector('.debrief [lang]')).toBeNull();
  });

  it('played in German, its debrief reads in English', async () => {
    const storage = new MemoryStorage();
    const german = renderApp({ storage, language: 'de' });
    const run = await playRun(/Vor sechs Wochen/, /Start the scenario/, GERMAN_ROAD);
    german.unmount();
    const { container } = renderApp({ storage, hash: `#/s/missed-deadline/runs/${run}/debrief` });
    await screen.findByRole('heading', { level: 1, name: 'Debrief: The Missed Deadline' });
    const first = container.querySelector('ol.timeline > li') as HTMLElement;
    expect(within(first).getByText('Tuesday morning')).toBeTruthy();
    expect(first.textContent).toMatch(/Accepts a vague promise to catch up/);
  });
});
