/**
 * The app's language in Chromium, on the built website: a browser set to German gets
 * `<html lang="de">`; the learner's choice in the profile's language setting beats the
 * browser's at once, and a choice survives a reload. The setting is reached and changed
 * with the keyboard, and axe finds nothing serious on the page.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, seriousViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the language in Chromium', () => {
  it('follows a German browser until the learner chooses English', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/profile`, { locale: 'de-DE' });
    const { page } = watched;
    await page.locator('html[lang="de"]').waitFor({ state: 'attached' });
    const picker = page.locator('#language-setting');
    await picker.focus();
    await picker.selectOption('en');
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it("keeps the learner's choice over an English browser after a reload", async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/profile`, { locale: 'en-US' });
    const { page } = watched;
    await page.locator('#language-setting').selectOption('de');
    await page.locator('html[lang="de"]').waitFor({ state: 'attached' });
    await page.reload();
    await page.locator('html[lang="de"]').waitFor({ state: 'attached' });
    expect(await page.locator('#language-setting').inputValue()).toBe('de');
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
