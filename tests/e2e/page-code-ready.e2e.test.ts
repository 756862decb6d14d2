/**
 * A deep link into a scenario never shows a page waiting for its code: main.tsx fetches
 * the scenario pages beside the scenario's data and renders once they are here, and
 * starting the run finds the play page's code already loaded. A page that suspended would
 * show "Loading…" and then hold its content back for 300 ms (React 19's fallback
 * throttle), which had cost every deep link's briefing about 280 ms.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Records, from the first byte of the page, whether the page-code fallback was ever shown. */
function watchFallback() {
  const w = window as unknown as { __fallbackShown?: boolean };
  w.__fallbackShown = false;
  new MutationObserver(() => {
    if (document.querySelector('[data-loading="page-code"]')) w.__fallbackShown = true;
  }).observe(document, { childList: true, subtree: true });
}

it('opens a deep link to a briefing, and starts the run, without a page waiting for its code', async () => {
  const watched = await openPage(
    browser,
    `${inject('baseUrl')}#/s/missed-deadline`,
    {},
    watchFallback,
  );
  const { page } = watched;
  const fallbackShown = () =>
    page.evaluate(() => (window as unknown as { __fallbackShown?: boolean }).__fallbackShown);
  await page.getByRole('button', { name: 'Start the scenario' }).waitFor();
  expect(await fallbackShown()).toBe(false);
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
  expect(await fallbackShown()).toBe(false);
  expect(watched.errors).toEqual([]);
  await watched.close();
});
