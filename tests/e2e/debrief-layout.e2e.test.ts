/**
 * A debrief read in a minute, in Chromium: at 1280×800 the reading and the next step
 * are on the first screen; at 360 px wide no chart text is under 12 px as drawn; the
 * decisions wait collapsed below, and print expanded. The run is the longest of the
 * reference scenario's seeded random runs, seeded as saved progress; the storage note
 * is dismissed beforehand, as a returning learner has it (it comes once per browser).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { compileCourse } from '../../src/compiler';
import { loadCourse, PROJECT_SCENARIOS } from '../../src/disk/load';
import { createPlayer, randomRun, traceRun } from '../../src/engine';
import { emptyProgress, STORAGE_KEY, type Progress } from '../../src/progress';
import { launchBrowser, openPage, seriousViolations, type WatchedPage } from './browser';
import { smallestChartText } from './chart-text';
import { seedProgress } from './saved';
import { ROOT } from '../support/paths';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCENARIO = 'leading-a-restructure';
const TIME = '2026-11-20T10:00:00.000Z';

function longestRun(): Progress {
  const course = compileCourse(loadCourse(PROJECT_SCENARIOS, ROOT));
  const scenario = course.scenarios.find((s) => s.scenario?.id === SCENARIO)?.scenario;
  if (!scenario) throw new Error(`${SCENARIO} does not compile`);
  const player = createPlayer(scenario);
  let events: string[] = [];
  for (let seed = 1; seed <= 50; seed++) {
    const run = randomRun(player, seed);
    if (run.length > events.length) events = run;
  }
  const ending = traceRun(player, events).ending;
  if (!ending) throw new Error('the longest run has no ending');
  const progress = emptyProgress();
  progress.runs['r-long'] = {
    id: 'r-long',
    scenarioId: scenario.id,
    contentHash: scenario.contentHash,
    seed: 1,
    events,
    startedAt: TIME,
    updatedAt: TIME,
    finishedAt: TIME,
    status: 'complete',
    ending: { id: ending.id, outcome: ending.outcome },
  };
  return progress;
}

async function openDebrief(width: number): Promise<WatchedPage> {
  const watched = await openPage(browser, inject('baseUrl'), { viewport: { width, height: 800 } });
  const { page } = watched;
  await seedProgress(page, longestRun());
  await page.evaluate(
    (id) => localStorage.setItem('casebook:dismissed-notices', JSON.stringify([id])),
    `storage-not-persistent@storage:${STORAGE_KEY}`,
  );
  await page.goto(`${inject('baseUrl')}#/s/${SCENARIO}/runs/r-long/debrief`);
  await page.reload();
  await page.locator('.work-on + ul').waitFor();
  await page.locator('.chart svg').first().waitFor();
  return watched;
}

const top = async (page: Page, selector: string) =>
  (await page.locator(selector).first().boundingBox())?.y ?? Infinity;

describe('a debrief read in a minute', () => {
  it('has the reading in the first screen at 1280×800, the next step after it, the decisions collapsed below', async () => {
    const watched = await openDebrief(1280);
    const { page } = watched;
    const reading = page.locator('.diagnosis h2').first();
    const next = page.locator('.work-on + ul');
    const readingBox = await reading.boundingBox();
    const nextBox = await next.boundingBox();
    expect(readingBox && readingBox.y + readingBox.height).toBeLessThanOrEqual(800);
    // The next step follows the reading and its evidence: first in order, before reflection,
    // charts and decisions (with the evidence lines it no longer fits in the first 800 px).
    expect(nextBox?.y ?? Infinity).toBeGreaterThan(readingBox?.y ?? 0);
    expect(await top(page, 'details.decisions')).toBeGreaterThan(nextBox?.y ?? 0);
    expect(await page.locator('details.decisions').getAttribute('open')).toBeNull();
    expect(await page.locator('ol.timeline > li').first().isVisible()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('details.decisions > summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('ol.timeline > li').first().waitFor();
    await page.locator('details.decisions > summary').click();
    await page.locator('ol.timeline > li').first().waitFor({ state: 'hidden' });

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('ol.timeline > li').first().isVisible()).toBe(true);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('draws no chart text under 12 px at 360 px wide', async () => {
    const watched = await openDebrief(360);
    expect(await smallestChartText(watched.page)).toBeGreaterThanOrEqual(12);
    const overflow = await watched.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
