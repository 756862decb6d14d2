/**
 * The profile over time in Chromium: with a weak run and then a strong one of the
 * reference scenario saved, the profile shows each domain's growth with its numbers and
 * the scenario's first run against its latest, and axe finds nothing serious.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { compileReference } from '../support/reference';
import { progressWithRuns } from '../support/seeded-runs';
import { launchBrowser, openPage, seriousViolations } from './browser';
import { seedProgress } from './saved';

const scenario = compileReference();
const WEAK = ['ACCEPT_FRIDAY', 'TELL_ROSA_ITS_A_BLIP', 'SET_THE_DATES', 'LEAVE_IT_OPEN'];
const STRONG = [
  'ASK_WHAT_CHANGED',
  'ASK_ABOUT_CALLUM',
  'ASK_ABOUT_HOME',
  'THANK_AND_ASK_WHAT_HELPS',
  'RESET_WITH_CALLUM',
  'BOOK_FOLLOW_UP',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the profile in Chromium', () => {
  it('shows growth after two seeded runs', async () => {
    const watched = await openPage(browser, inject('baseUrl'));
    const { page } = watched;
    const progress = progressWithRuns(
      scenario,
      [
        { events: WEAK, endedAt: new Date('2026-03-01T09:00:00Z') },
        { events: STRONG, endedAt: new Date('2026-03-08T09:00:00Z') },
      ],
      { stage: 'new-manager' },
    );
    await seedProgress(page, progress);
    await page.goto(`${inject('baseUrl')}#/profile`);
    await page.reload();
    const growth = page.getByRole('region', { name: 'How your choices are changing' });
    await growth.waitFor();
    const management = growth.locator('.trends li', { hasText: 'Management (execution)' });
    expect(await management.getAttribute('data-direction')).toBe('improving');
    expect(await management.innerText()).toMatch(/in your latest runs: improving\.$/);
    expect(await growth.locator('.histories li').innerText()).toMatch(
      /^The Missed Deadline \(played 2 times\)\. First, .*weak outcome.*Latest, .*strong outcome/,
    );
    expect(await page.locator('article.profile').innerText()).not.toMatch(/this run/i);
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
