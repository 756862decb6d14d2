/**
 * In a real browser, the built app lists the bundled course's scenarios, with the
 * reference scenario ready to play, and passes an accessibility audit in light and
 * dark colour schemes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, seriousViolations } from './browser';

describe('course overview in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the reference scenario with its facts', async () => {
    const page = await browser.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1, name: 'Casebook' }).waitFor();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /deadline/i }) });
    await expect(card.count()).resolves.toBe(1);
    await expect(card.innerText()).resolves.toMatch(
      /New manager · \d+ min · \d+ scenes · \d+ endings/,
    );
    await expect(page.getByText(/ready to play/).innerText()).resolves.toMatch(
      /1 ready to play|\d+ ready to play/,
    );
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious or critical accessibility violations (${colorScheme})`, async () => {
      const page = await browser.newPage({ colorScheme });
      await page.goto(inject('baseUrl'));
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });
  }
});
