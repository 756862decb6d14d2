/**
 * A timed decision in Chromium (format v1.1), on the bundled *Project Slipping*'s client
 * call: the time left is on screen, the page passes axe with the clock running, and when
 * the time runs out the run moves on to the next decision by itself. The caller's portrait,
 * a content-hashed file of the build, loads under the CSP at its measured size. Playwright's
 * clock moves time, so no test waits real seconds and a slow machine gives the same verdict.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations } from './browser';
import { chooseByKey, sceneReady } from './play';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a timed decision in the browser', () => {
  it('shows the time left, passes axe, and takes the time-up road when the clock runs out', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/project-slipping`);
    const { page } = watched;
    await page.clock.install();
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await chooseByKey(page, '1');
    await chooseByKey(page, '1');
    await page.locator('.countdown').waitFor();
    await expect(page.locator('.countdown strong').innerText()).resolves.toBe('0:45');
    // Graham asks on the call: his portrait, a hashed file of the build, loads under the CSP
    // at the size the compiler measured (no layout shift).
    const portrait = page.locator('figure.speech img.portrait').first();
    await page.waitForFunction(
      (img) => (img as HTMLImageElement).complete,
      await portrait.elementHandle(),
    );
    const shown = await portrait.evaluate((img: HTMLImageElement) => ({
      src: img.getAttribute('src'),
      natural: img.naturalWidth,
      width: img.getAttribute('width'),
      height: img.getAttribute('height'),
    }));
    expect(shown.src).toMatch(/^assets\/graham-[0-9a-f]{10}\.svg$/);
    expect(shown.natural).toBeGreaterThan(0);
    expect(Number(shown.width)).toBeGreaterThan(0);
    expect(Number(shown.height)).toBeGreaterThan(0);
    expect(await page.locator('figure.speech figcaption').first().innerText()).toBe(
      "Graham, Thornbury's e-commerce manager",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.clock.runFor(46_000);
    await page.getByText('Decision 4', { exact: false }).waitFor();
    await sceneReady(page);
    expect(await page.locator('.countdown').count()).toBe(0);
    // The run log holds the timeout: after a reload the run resumes where time ran out.
    await page.reload();
    await page.getByText('Decision 4', { exact: false }).waitFor();
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('gives twice the time, or no limit at all, when the learner sets it so (WCAG 2.2.1)', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/project-slipping`);
    const { page } = watched;
    await page.clock.install();
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await chooseByKey(page, '1');
    await chooseByKey(page, '1');
    const timers = page.getByRole('group', { name: 'Timers' });
    await timers.getByLabel('Twice the time').check();
    await expect(page.locator('.countdown strong').innerText()).resolves.toBe('1:30');
    await timers.getByLabel('Off: no time limit').check();
    await page.locator('.countdown').waitFor({ state: 'detached' });
    await page.clock.runFor(120_000);
    expect(await page.getByText('Decision 3', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Decision 4', { exact: false }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    // The setting is kept: the next visit to a timed decision has no clock either.
    await page.reload();
    await page.getByRole('group', { name: 'Timers' }).waitFor();
    expect(await page.getByLabel('Off: no time limit').isChecked()).toBe(true);
    expect(await page.locator('.countdown').count()).toBe(0);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
