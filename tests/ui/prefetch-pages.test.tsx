// @vitest-environment jsdom
/**
 * While the learner reads the library, the app fetches the code of a scenario's pages
 * (briefing, play, end), so that opening a scenario and starting it never wait on a
 * suspended page (React holds a suspended page's content back for 300 ms). Its own file:
 * whether the pages are loaded is module state.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { BriefingPage, EndPage, PlayPage } from '../../src/ui/scenario-pages';
import { renderApp } from './harness';

afterEach(cleanup);

it("fetches a scenario's pages once the library is up", async () => {
  expect([BriefingPage, PlayPage, EndPage].map((page) => page.loaded())).toEqual([
    false,
    false,
    false,
  ]);
  renderApp();
  await screen.findByRole('heading', { level: 1, name: /library|scenarios/i });
  await waitFor(() =>
    expect([BriefingPage, PlayPage, EndPage].map((page) => page.loaded())).toEqual([
      true,
      true,
      true,
    ]),
  );
});
