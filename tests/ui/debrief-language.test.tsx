// @vitest-environment jsdom
/**
 * Issue 18: the debrief page's generated sentences follow the learner's language while the
 * page is open. The course here has no translations, so the scenario and the taxonomy stay
 * English and only the app's language changes: the reading and its reasons are worded again
 * in German, and in English again after switching back.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { courseFrom, MemoryStorage, renderApp, enabledButton } from './harness';

let languages: string[] = ['en-US'];
function browserSpeaks(list: string[]) {
  languages = list;
  act(() => {
    window.dispatchEvent(new Event('languagechange'));
  });
}

beforeEach(() => {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  languages = ['en-US'];
});
afterEach(cleanup);

const go = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
};

it('words the open debrief again when the language changes', async () => {
  const course = { ...courseFrom('scenarios'), translations: {}, taxonomyTranslations: {} };
  renderApp({ storage: new MemoryStorage(), course });
  await go('#/s/missed-deadline');
  fireEvent.click(await enabledButton(/Start the scenario|Start again/));
  await go('#/s/missed-deadline/play');
  for (const label of [
    /Thank her for owning it/,
    /Tell Rosa/,
    /Set the dates/,
    /door is always open/,
  ])
    fireEvent.click(await screen.findByRole('button', { name: label }));
  await waitFor(() => expect(window.location.hash).toMatch(/\/runs\//));
  await go(`${window.location.hash}/debrief`);
  await screen.findByRole('heading', { name: 'Foundations first' });
  expect(screen.getAllByText(/the practical side slipped/).length).toBeTruthy();

  browserSpeaks(['de-DE']);
  await screen.findByRole('heading', { name: 'Zuerst die Grundlagen' });
  expect(screen.queryByText(/the practical side slipped/)).toBeNull();
  expect(screen.getAllByText(/kam die praktische Seite zu kurz/).length).toBeGreaterThan(0);

  browserSpeaks(['en-GB']);
  await screen.findByRole('heading', { name: 'Foundations first' });
});
