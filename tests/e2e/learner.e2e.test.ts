/**
 * The learner's flows in real Chromium against the production build (under its
 * Content-Security-Policy): play the reference scenario start to end by mouse and by
 * keyboard alone, reload midway and resume, read it on a 360 px phone in dark mode
 * with reduced motion — with an axe audit of every page and no CSP violation.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, type WatchedPage } from './browser';
import { choose, chooseByKey, sceneReady } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = (page: Page) => page.locator('h1').innerText();

async function expectClean(watched: WatchedPage): Promise<void> {
  expect(await seriousViolations(watched.page)).toEqual([]);
  expect(await watched.cspViolations()).toEqual([]);
  expect(watched.errors).toEqual([]);
}

describe('playing the reference scenario in Chromium', () => {
  it('by mouse, from the library to the ending, with an accessibility audit of each page', async () => {
    const watched = await openPage(browser, inject('baseUrl'));
    const { page } = watched;
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await expectClean(watched);
    await page.getByRole('link', { name: 'The Missed Deadline' }).click();
    await page.getByRole('button', { name: 'Start the scenario' }).waitFor();
    await page.getByText(/Six weeks ago you were made lead/).waitFor();
    await expectClean(watched);
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    await expectClean(watched);
    const labels = [
      /Ask Adaeze what has changed/,
      /walk you through what Callum/,
      /what has been happening at home|Ask gently/,
      /Thank her for telling you/,
      /Set the dates yourself/,
      /Book a follow-up/,
    ];
    let ended = false;
    for (const label of labels) {
      if (ended) break;
      const buttons = page.locator('button.choice');
      const match = buttons.filter({ hasText: label });
      ended = await choose(page, async () => {
        const target = (await match.count()) > 0 ? match.first() : buttons.first();
        await target.click();
      });
    }
    expect(ended).toBe(true);
    await page.waitForURL(/#\/s\/missed-deadline\/runs\//);
    expect(await page.locator('ol.road > li').count()).toBeGreaterThanOrEqual(4);
    await expectClean(watched);
    await watched.close();
  });

  it('by keyboard alone: Tab and Enter to start, number keys and Enter to choose', async () => {
    const watched = await openPage(browser, inject('baseUrl'));
    const { page } = watched;
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (
        (await page.evaluate(() => document.activeElement?.textContent)) === 'The Missed Deadline'
      )
        break;
    }
    await page.keyboard.press('Enter');
    await page.getByText(/Six weeks ago you were made lead/).waitFor();
    // The briefing takes the focus to its heading; Tab on from there.
    await page.locator('h1:focus').waitFor();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Start the scenario')
        break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    // The focus moves to each new scene's heading (sceneReady waits for exactly that).
    await sceneReady(page);
    await chooseByKey(page, '3');
    expect(await h1(page)).toMatch(/Friday/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('choice');
    let ended = await choose(page, () => page.keyboard.press('Enter'));
    for (let i = 0; i < 10 && !ended; i++) ended = await chooseByKey(page, '1');
    expect(ended).toBe(true);
    expect(await h1(page)).not.toBe('');
    await expectClean(watched);
    await watched.close();
  });

  it('resumes at the same decision after the tab is reloaded', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`);
    const { page } = watched;
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    await chooseByKey(page, '1');
    expect(await h1(page)).toBe('A lot of little things');
    await chooseByKey(page, '1');
    expect(await h1(page)).toBe('The work nobody sees');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'The work nobody sees' }).waitFor();
    expect(await page.getByText('Decision 3 of at most 8').count()).toBe(1);
    await page.goto(`${inject('baseUrl')}#/s/missed-deadline`);
    await page.getByRole('link', { name: 'Resume: decision 3' }).click();
    await page.getByRole('heading', { level: 1, name: 'The work nobody sees' }).waitFor();
    await expectClean(watched);
    await watched.close();
  });

  it('reads on a 360 px phone in dark mode with reduced motion', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`, {
      viewport: { width: 360, height: 740 },
      colorScheme: 'dark',
      reducedMotion: 'reduce',
    });
    const { page } = watched;
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    expect(await page.locator('.scene').evaluate((el) => getComputedStyle(el).animationName)).toBe(
      'none',
    );
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      'rgb(251, 250, 247)',
    );
    await expectClean(watched);
    await watched.close();
  });

  it('survives corrupt saved data: a notice, and the library still works', async () => {
    const watched = await openPage(browser, inject('baseUrl'), {}, () => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('casebook:progress', '{"version":1,"runs":{"r1":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const { page } = watched;
    await page
      .getByRole('button', { name: /Dismiss/ })
      .first()
      .waitFor();
    expect(await page.getByRole('link', { name: 'The Missed Deadline' }).count()).toBe(1);
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('casebook:progress:backup:')),
    );
    expect(backups).toHaveLength(1);
    await expectClean(watched);
    await watched.close();
  });

  it('works without storage (private mode): a notice, and the run still plays', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`, {}, () => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const { page } = watched;
    await page
      .getByRole('button', { name: /Dismiss/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    await chooseByKey(page, '1');
    expect(await h1(page)).toBe('A lot of little things');
    await expectClean(watched);
    await watched.close();
  });

  it('exports progress to a file and imports it in another browser', async () => {
    const first = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`);
    await first.page.getByRole('button', { name: 'Start the scenario' }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    await chooseByKey(first.page, '2');
    expect(await h1(first.page)).toBe('A performance conversation');
    await first.page.goto(inject('baseUrl'));
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Download my progress' }).click(),
    ]);
    const file = join(
      mkdtempSync(join(tmpdir(), 'casebook-download-')),
      download.suggestedFilename(),
    );
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^casebook-progress-\d{4}-\d{2}-\d{2}\.json$/);
    await expectClean(first);
    await first.close();

    const second = await openPage(browser, inject('baseUrl'));
    await second.page.getByLabel('Import progress from a file').setInputFiles(file);
    await second.page.getByText('In progress: 1 decision made.').waitFor();
    await second.page.goto(`${inject('baseUrl')}#/s/missed-deadline`);
    await second.page.getByRole('link', { name: 'Resume: decision 2' }).click();
    await second.page
      .getByRole('heading', { level: 1, name: 'A performance conversation' })
      .waitFor();
    await expectClean(second);
    await second.close();
  });
});
