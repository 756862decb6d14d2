/**
 * Format v1.1 in every learner view, in Chromium, on the built app of the fixture course
 * tests/fixtures/views-course (a character with an SVG portrait, an image, conditional
 * text and a timed decision): the briefing's "Who's who" lists the cast with portraits
 * that load; one run along the listening road shows that road's conditional text, and not
 * the other road's, in the play screen, the debrief and its printed form; a second run
 * lets the timer run out (playwright's `page.clock`, never a real wait) and reads as "You
 * let the time run out" in the debrief, its print and the compare view. No CSP violation,
 * no console error, no serious or critical axe violation, at 1280 and at 360 px wide
 * with no horizontal scroll; and a bundled scenario's cast of four on its briefing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { rmSync } from 'node:fs';
import { launchBrowser, openPage, seriousViolations } from './browser';
import { choose, sceneReady } from './play';
import { buildAndServe } from './build-and-serve';

const LISTENED = 'Because you listened, she names the next step herself.';
const NOT_LISTENED = 'You name the next step for her; she nods without a word.';
const TIME_UP_LABEL = 'Say nothing and wait for her to suggest something.';

let browser: Browser;
let served: { url: string; outDir: string; server: PreviewServer };
beforeAll(async () => {
  served = await buildAndServe('tests/fixtures/views-course');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.server.close();
  if (served) rmSync(served.outDir, { recursive: true, force: true });
});

/** Every image matched has loaded with real pixels (an SVG refused or missing has none). */
async function imagesLoaded(page: Page, selector: string): Promise<number> {
  await page.locator(selector).first().waitFor();
  await page.waitForFunction(
    (s) => [...document.querySelectorAll<HTMLImageElement>(s)].every((img) => img.complete),
    selector,
  );
  return page.evaluate(
    (s) =>
      [...document.querySelectorAll<HTMLImageElement>(s)].filter((img) => img.naturalWidth > 0)
        .length,
    selector,
  );
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** From the briefing: start a run and take the choices by their labels; `timeUp` lets the last timer run out. */
async function playRoad(page: Page, labels: RegExp[], timeUp = false): Promise<void> {
  await page.getByRole('button', { name: /Start the scenario|Start again/ }).click();
  await sceneReady(page);
  for (const label of labels)
    await choose(page, () => page.getByRole('button', { name: label }).click());
  if (timeUp) expect(await choose(page, () => page.clock.runFor(31_000))).toBe(true);
}

async function openDebrief(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Read your debrief' }).click();
  await page.getByRole('heading', { level: 1, name: 'Debrief: The Late Report' }).waitFor();
  await page.locator('details.decisions > summary').click();
  await page.locator('ol.timeline > li').first().waitFor();
}

describe.each([1280, 360])('v1.1 in the learner views at %i px wide', (width) => {
  it('shows the cast, the road’s own conditional text, and the time running out', async () => {
    const watched = await openPage(browser, `${served.url}#/s/late-report`, {
      viewport: { width, height: 900 },
    });
    const { page } = watched;
    await page.clock.install();
    await page.reload();

    // The briefing: Who's who, a list under a heading, portraits decorative and loaded.
    const cast = page.locator('section.cast');
    await cast.getByRole('heading', { level: 2, name: 'Who’s who' }).waitFor();
    expect(await cast.getByRole('listitem').allTextContents()).toEqual(['Adaeze, Senior analyst']);
    expect(await cast.locator('img').getAttribute('alt')).toBe('');
    expect(await imagesLoaded(page, 'section.cast img')).toBe(1);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Run 1, the listening road: the meeting shows this road's words and its image.
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await sceneReady(page);
    expect(await imagesLoaded(page, '.scene img.portrait')).toBe(1);
    await choose(page, () => page.getByRole('button', { name: /Ask what is on her mind/ }).click());
    const scene = page.locator('.scene');
    expect(await scene.innerText()).toContain('She looks less tense than when she came in.');
    expect(await scene.innerText()).not.toContain('She keeps glancing at the door.');
    expect(await scene.locator('.conditional-marker').count()).toBe(0);
    expect(await imagesLoaded(page, '.scene .prose-image img')).toBe(1);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await choose(page, () => page.getByRole('button', { name: /Agree a dated plan/ }).click());

    await openDebrief(page);
    const timeline = page.locator('ol.timeline');
    expect(await timeline.innerText()).toContain(LISTENED);
    expect(await timeline.innerText()).not.toContain(NOT_LISTENED);
    expect(await timeline.locator('.conditional-marker').count()).toBe(0);
    expect(await imagesLoaded(page, 'ol.timeline .coaching img.portrait')).toBe(1);
    expect(await timeline.locator('.road-not-taken').last().innerText()).toContain(
      `Letting the time run out: ${TIME_UP_LABEL}`,
    );
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await timeline.innerText()).toContain(LISTENED);
    expect(await timeline.innerText()).not.toContain(NOT_LISTENED);
    const printed = await page
      .locator('ol.timeline .coaching img.portrait')
      .evaluate((img) => img.getBoundingClientRect().width);
    expect(printed).toBeLessThanOrEqual(32);
    await page.emulateMedia({ media: 'screen' });

    // Run 2: the rushing road, and the timer runs out on the fake clock.
    await page.locator('.breadcrumb a').click();
    await playRoad(page, [/Get straight to the late report/], true);
    expect(await page.locator('.end').innerText()).toContain('She leaves as tense as she came.');
    await openDebrief(page);
    const chosen = page.locator('ol.timeline > li').nth(1).locator('.chosen');
    expect(await chosen.innerText()).toMatch(/^You let the time run out: Say nothing/);
    expect(await timeline.innerText()).not.toContain(LISTENED);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await chosen.innerText()).toMatch(/^You let the time run out: Say nothing/);
    await page.emulateMedia({ media: 'screen' });

    // The compare view words the timer's road the same way, and only in that run.
    await page.getByRole('link', { name: 'Compare with your previous run' }).click();
    await page.getByRole('heading', { level: 1, name: 'Two runs of The Late Report' }).waitFor();
    const thisRun = page.getByRole('region', { name: 'This run' });
    expect(await thisRun.innerText()).toContain(`You let the time run out: ${TIME_UP_LABEL}`);
    const other = page.getByRole('region', { name: 'The other run' });
    expect(await other.innerText()).not.toContain('let the time run out');
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});

describe.each([1280, 360])('a bundled cast of four at %i px wide', (width) => {
  it('lists every character with a loaded portrait, without horizontal scroll', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/aligning-without-authority`, {
      viewport: { width, height: 900 },
    });
    const { page } = watched;
    const cast = page.locator('section.cast');
    await cast.getByRole('heading', { level: 2, name: 'Who’s who' }).waitFor();
    expect(await cast.getByRole('listitem').allTextContents()).toEqual([
      'Gareth, Sales Director',
      'Tomasz, Finance Director',
      'Amara, General Counsel',
      'Ravi, Chief Executive',
    ]);
    expect(await imagesLoaded(page, 'section.cast img')).toBe(4);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
