/**
 * An action plan seen again, in Chromium, with the page's clock set by playwright
 * (`page.clock.setFixedTime`), never today's date: finish a run, write a plan with a
 * date; come back the day after it, and the library and the profile ask how it went;
 * answer on the profile, reload, and the answer is still there, kept with the plan.
 * The debrief, the library and the profile pass axe on the way.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations } from './browser';
import { chooseByKey } from './play';
import { savedProgress } from './saved';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Local noon, so the day is the same in every time zone the browser may run in.
const PLAYED = new Date(2026, 2, 1, 12, 0);
const DAY_AFTER_DUE = new Date(2026, 2, 13, 12, 0);
const QUESTION =
  /^You planned to “Agree the dates with Adaeze, not for her\.” by .*: how did it go\?$/;

describe('an action plan seen again', () => {
  it('asks how the plan went after its date, on the library and the profile, and keeps the answer', async () => {
    const watched = await openPage(browser, 'about:blank');
    const { page } = watched;
    await page.clock.setFixedTime(PLAYED);
    await page.goto(`${inject('baseUrl')}#/s/missed-deadline`);
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    let ended = false;
    for (let i = 0; i < 10 && !ended; i++) ended = await chooseByKey(page, '1');
    expect(ended).toBe(true);
    await page.getByRole('link', { name: 'Read your debrief' }).click();
    await page.getByRole('heading', { level: 1, name: 'Debrief: The Missed Deadline' }).waitFor();
    await page
      .getByLabel('What will you do differently?')
      .fill('Agree the dates with Adaeze, not for her.');
    await page.getByLabel('On which date will you look back at it?').fill('2026-03-12');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const runId = /\/runs\/([^/]+)\/debrief/.exec(page.url())?.[1] ?? '';
    expect((await savedProgress(page)).reflections[runId]?.plan.due).toBe('2026-03-12');

    // Before the date has passed, nothing is asked.
    await page.goto(`${inject('baseUrl')}#/`);
    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
    expect(await page.getByLabel(QUESTION).count()).toBe(0);

    // The learner comes back the day after.
    await page.clock.setFixedTime(DAY_AFTER_DUE);
    await page.reload();
    await page.getByLabel(QUESTION).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${inject('baseUrl')}#/profile`);
    const plans = page.getByRole('region', { name: 'Your action plans' });
    await plans.getByLabel(QUESTION).fill('Adaeze set two of the three dates herself.');
    expect(await seriousViolations(page)).toEqual([]);
    await plans.getByRole('button', { name: 'Save how it went' }).click();
    await plans.getByText(/Adaeze set two of the three dates herself\./).waitFor();

    await page.reload();
    const after = page.getByRole('region', { name: 'Your action plans' });
    await after.getByText(/Adaeze set two of the three dates herself\./).waitFor();
    expect(await after.getByLabel(QUESTION).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect((await savedProgress(page)).reflections[runId]?.plan.review).toEqual({
      answer: 'Adaeze set two of the three dates herself.',
      at: DAY_AFTER_DUE.toISOString(),
    });

    await page.goto(`${inject('baseUrl')}#/`);
    await page.getByRole('heading', { level: 1, name: 'Scenario library' }).waitFor();
    expect(await page.getByLabel(QUESTION).count()).toBe(0);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
