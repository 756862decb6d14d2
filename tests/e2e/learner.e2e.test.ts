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
    for (const [i, label] of labels.entries()) {
      const buttons = page.locator('button.choice');
      const match = buttons.filter({ hasText: label });
      const target = (await match.count()) > 0 ? match.first() : buttons.first();
      await target.click();
      if (i < labels.length - 1 && !page.url().includes('/runs/'))
        await page.locator('h1').waitFor();
    }
    await page.waitForURL(/#\/s\/missed-deadline\/runs\//);
    await page.locator('.outcome').waitFor();
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
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Start the scenario')
        break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('3');
    await page.getByRole('heading', { level: 1, name: /Friday/ }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('choice');
    await page.keyboard.press('Enter');
    while (!page.url().includes('/runs/')) {
      await page.locator('h1').waitFor();
      await page.keyboard.press('1');
      await page.waitForTimeout(50);
    }
    await page.locator('.outcome').waitFor();
    expect(await h1(page)).not.toBe('');
    await expectClean(watched);
    await watched.close();
  });

  it('resumes at the same decision after the tab is reloaded', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`);
    const { page } = watched;
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    await page.keyboard.press('1');
    await page.getByRole('heading', { level: 1, name: 'A lot of little things' }).waitFor();
    await page.keyboard.press('1');
    await page.getByRole('heading', { level: 1, name: 'The work nobody sees' }).waitFor();
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
    await page.keyboard.press('1');
    await page.getByRole('heading', { level: 1, name: 'A lot of little things' }).waitFor();
    await expectClean(watched);
    await watched.close();
  });

  it('exports progress to a file and imports it in another browser', async () => {
    const first = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`);
    await first.page.getByRole('button', { name: 'Start the scenario' }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    await first.page.keyboard.press('2');
    await first.page
      .getByRole('heading', { level: 1, name: 'A performance conversation' })
      .waitFor();
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
