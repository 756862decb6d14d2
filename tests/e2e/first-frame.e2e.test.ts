/**
 * The scene's entry animation, caught at its very first frame: with motion allowed
 * (reduced motion not asked for), every animation on the page is held at its start
 * and axe judges the contrast of the text as the learner first sees it. Animated text
 * moves into place at full contrast; it never fades in from a colour too faint to read.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CONTRAST_RULES, launchBrowser, openPage, seriousAxeViolations } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Hold the page's clock for animations: from now on every animation that starts
 * stays at its first frame, however slow or fast this machine is.
 */
async function holdAnimations(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Animation.enable');
  await session.send('Animation.setPlaybackRate', { playbackRate: 0 });
}

/** Pause every animation at its start; the names of what was frozen, and how the scene looks then. */
function freezeAtStart(page: Page) {
  return page.evaluate(() => {
    const animations = document.getAnimations();
    for (const a of animations) {
      a.pause();
      a.currentTime = 0;
    }
    const scene = getComputedStyle(document.querySelector('.scene') as Element);
    return {
      frozen: animations.map((a) => (a as CSSAnimation).animationName ?? a.id),
      opacity: scene.opacity,
      transform: scene.transform,
    };
  });
}

describe('the scene at the first frame of its entry animation', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has text at full contrast, in ${colorScheme} mode`, async () => {
      const watched = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`, {
        colorScheme,
        reducedMotion: 'no-preference',
      });
      const { page } = watched;
      await page.getByRole('button', { name: 'Start the scenario' }).waitFor();
      await holdAnimations(page);
      await page.getByRole('button', { name: 'Start the scenario' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
      const start = await freezeAtStart(page);
      // The scene and its title do animate here, so this is their first frame.
      expect(start.frozen).toEqual(['arrive', 'arrive']);
      expect(await seriousAxeViolations(page, CONTRAST_RULES)).toEqual([]);
      // It moves the text into place; it does not fade it in.
      expect(start.transform).not.toBe('none');
      expect(start.opacity).toBe('1');
      expect(watched.errors).toEqual([]);
      await watched.close();
    });
  }
});
