/**
 * The browser-test helpers keep their promises: an audit waits for a settled page,
 * and CASEBOOK_CPU_THROTTLE slows every page a test opens, the first and any the
 * page opens itself.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { cpuThrottleOf, launchBrowser, openPage, settle } from './browser';
import { cpuThrottleRate, THROTTLE_VARIABLE, timeScale } from './throttle';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('settle', () => {
  it('returns only once every running animation on the page has finished', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`, {
      reducedMotion: 'no-preference',
    });
    const { page } = watched;
    await page.getByRole('button', { name: 'Start the scenario' }).waitFor();
    // Hold the animations' clock, start the scene, then let time run at a tenth of its
    // speed: the entry animation is still running when settle starts waiting.
    const session = await page.context().newCDPSession(page);
    await session.send('Animation.enable');
    await session.send('Animation.setPlaybackRate', { playbackRate: 0 });
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    expect(await page.evaluate(() => document.getAnimations().map((a) => a.playState))).toEqual([
      'running',
      'running',
    ]);
    await session.send('Animation.setPlaybackRate', { playbackRate: 0.1 });
    await settle(page);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    expect(await page.locator('.scene').evaluate((el) => getComputedStyle(el).transform)).toBe(
      'none',
    );
    await watched.close();
  });

  it('leaves a paused animation alone instead of waiting for it forever', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`, {
      reducedMotion: 'no-preference',
    });
    const { page } = watched;
    const session = await page.context().newCDPSession(page);
    await session.send('Animation.enable');
    await session.send('Animation.setPlaybackRate', { playbackRate: 0 });
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    await page.evaluate(() => document.getAnimations().forEach((a) => a.pause()));
    await settle(page);
    expect(await page.evaluate(() => document.getAnimations().map((a) => a.playState))).toEqual([
      'paused',
      'paused',
    ]);
    await watched.close();
  });
});

describe(`${THROTTLE_VARIABLE}`, () => {
  it('reads as a slowdown of at least 1, or full speed when unset', () => {
    expect(cpuThrottleRate({})).toBeUndefined();
    expect(cpuThrottleRate({ [THROTTLE_VARIABLE]: '' })).toBeUndefined();
    expect(cpuThrottleRate({ [THROTTLE_VARIABLE]: '4' })).toBe(4);
    expect(timeScale({ [THROTTLE_VARIABLE]: '4' })).toBe(4);
    expect(timeScale({})).toBe(1);
    expect(() => cpuThrottleRate({ [THROTTLE_VARIABLE]: 'fast' })).toThrow(
      /CASEBOOK_CPU_THROTTLE=fast is not a slowdown: set it to a number of at least 1/,
    );
    expect(() => cpuThrottleRate({ [THROTTLE_VARIABLE]: '0.5' })).toThrow(/at least 1/);
  });

  it('slows every page a test opens, and every page that page opens', async () => {
    const previous = process.env[THROTTLE_VARIABLE];
    process.env[THROTTLE_VARIABLE] = '3';
    try {
      const watched = await openPage(browser, inject('baseUrl'));
      const { page } = watched;
      expect(await cpuThrottleOf(page)).toBe(3);
      const [popup] = await Promise.all([
        page.waitForEvent('popup'),
        page.evaluate(() => void window.open(location.href)),
      ]);
      expect(await cpuThrottleOf(popup)).toBe(3);
      await watched.close();
    } finally {
      if (previous === undefined) delete process.env[THROTTLE_VARIABLE];
      else process.env[THROTTLE_VARIABLE] = previous;
    }
  });

  it('leaves the CPU at full speed when unset', async () => {
    const previous = process.env[THROTTLE_VARIABLE];
    delete process.env[THROTTLE_VARIABLE];
    try {
      const watched = await openPage(browser, inject('baseUrl'));
      expect(await cpuThrottleOf(watched.page)).toBeUndefined();
      await watched.close();
    } finally {
      if (previous !== undefined) process.env[THROTTLE_VARIABLE] = previous;
    }
  });
});
