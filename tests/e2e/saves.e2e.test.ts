/**
 * Saves in real Chromium: a learner's v2 progress (one document, as the previous release
 * saved it) survives the upgrade to the v3 layout and every reload after it, with the old
 * document kept verbatim; and two tabs playing at once never lose each other's runs.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  choose as step,
  createPlayer,
  isFinished,
  offeredChoices,
  startRun as begin,
} from '../../src/engine';
import {
  emptyProgress,
  finishRun,
  plainRuns,
  recordChoice,
  startRun,
  type SavedRun,
} from '../../src/progress';
import { compileReference } from '../support/reference';
import { launchBrowser, openPage, seriousViolations } from './browser';
import { choose, sceneReady } from './play';
import { savedProgress, seedProgress } from './saved';

const scenario = compileReference();
const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 9, minute));

/** The first choice offered at every step, to an ending. */
function firstPath(): { events: string[]; ending: string } {
  const player = createPlayer(scenario);
  let snapshot = begin(player);
  const events: string[] = [];
  while (!isFinished(snapshot)) {
    const event = offeredChoices(player, snapshot, 1)[0]?.event;
    const next = event === undefined ? undefined : step(player, snapshot, event);
    if (!event || !next) throw new Error('the reference scenario has a dead end');
    events.push(event);
    snapshot = next;
  }
  return { events, ending: String(snapshot.value) };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A v2 document: one complete run of the reference scenario, written as v2 saved it. */
function v2Document(): string {
  const { events, ending } = firstPath();
  const id = 'r-from-v2';
  const start = { id, scenarioId: scenario.id, contentHash: scenario.contentHash, seed: 1 };
  let p = startRun(emptyProgress(), { ...start, now: at(0) });
  for (const [i, e] of events.entries()) p = recordChoice(p, id, e, at(i + 1));
  p = finishRun(p, id, { id: ending, outcome: 'strong' }, at(30));
  return JSON.stringify({ ...plainRuns(p), version: 2 });
}

const backups = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('casebook:progress:backup:'))
      .map((k) => localStorage.getItem(k)),
  );

describe('saved progress in Chromium', () => {
  it('keeps a v2 learner’s runs through the upgrade and the reloads after it', async () => {
    const watched = await openPage(browser, inject('baseUrl'));
    const { page } = watched;
    const v2 = v2Document();
    await page.evaluate((text) => localStorage.setItem('casebook:progress', text), v2);
    await page.reload();
    await page.getByText('Completed 1 time.').waitFor();
    await page.locator('.notice', { hasText: 'brought up to date' }).waitFor();
    expect(await backups(page)).toEqual([v2]);
    const saved = await savedProgress(page);
    expect(saved.version).toBe(3);
    expect(Object.keys(saved.runs)).toEqual(['r-from-v2']);
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await page.getByText('Completed 1 time.').waitFor();
    expect(await page.locator('.notice', { hasText: 'brought up to date' }).count()).toBe(0);
    expect(await backups(page)).toEqual([v2]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('keeps the runs of two tabs played at once', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`);
    const first = watched.page;
    // A second tab, opened from the first as a learner would (so it shares its storage).
    const [second] = await Promise.all([
      first.context().waitForEvent('page'),
      first.evaluate(
        (url) => void window.open(url, '_blank'),
        `${inject('baseUrl')}#/s/meeting-without-discipline`,
      ),
    ]);
    second.on('pageerror', (e) => watched.errors.push(String(e)));
    const start = async (page: Page) => {
      await page.getByRole('button', { name: 'Start the scenario' }).click();
      await sceneReady(page);
    };
    const pick = (page: Page) => choose(page, () => page.locator('button.choice').first().click());
    await start(first);
    await pick(first);
    await start(second);
    await pick(second);
    // The first tab chooses again after the second tab saved its run: nothing of it is lost.
    await pick(first);
    const runs = await savedProgress(first).then((p) => Object.values(p.runs));
    expect(runs.map((r) => [r.scenarioId, r.events.length]).sort()).toEqual([
      ['meeting-without-discipline', 1],
      ['missed-deadline', 2],
    ]);
    // After a reload, each tab finds the other tab's run where it left it.
    const reopen = async (page: Page, scenarioId: string, decision: number) => {
      await page.goto(`${inject('baseUrl')}#/s/${scenarioId}`);
      await page.reload();
      await page.getByRole('link', { name: `Resume: decision ${decision}` }).waitFor();
    };
    await reopen(second, 'missed-deadline', 3);
    await reopen(first, 'meeting-without-discipline', 2);
    expect(await seriousViolations(first)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});

describe('a deep link with years of other saved runs', () => {
  it('opens the briefing with its own history, then reads the other scenarios’ runs and reports a damaged one', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/missed-deadline`);
    const { page } = watched;
    const { events, ending } = firstPath();
    const own = {
      id: 'r-own',
      scenarioId: scenario.id,
      contentHash: scenario.contentHash,
      seed: 1,
    };
    let p = startRun(emptyProgress(), { ...own, now: at(0) });
    for (const [i, e] of events.entries()) p = recordChoice(p, own.id, e, at(i + 1));
    p = finishRun(p, own.id, { id: ending, outcome: 'strong' }, at(30));
    const other = {
      id: 'r-other',
      scenarioId: 'first-week-of-delegating',
      contentHash: 'an-older-version',
      seed: 2,
      events: ['ANYTHING'],
      startedAt: at(40).toISOString(),
      updatedAt: at(41).toISOString(),
      status: 'stale',
      stale: { step: 0, event: 'ANYTHING', contentHash: 'an-older-version' },
    };
    const all = plainRuns(p);
    await seedProgress(page, { ...all, runs: { ...all.runs, [other.id]: other as SavedRun } });
    await page.evaluate(() =>
      localStorage.setItem('casebook:run:r-damaged', '{"id":"r-damaged","scenarioId":"first-week'),
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Your earlier runs' }).waitFor();
    await page.getByText(/A saved run \("r-damaged"\)/).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('casebook:run:r-damaged'))).toBeNull();
    expect((await backups(page)).some((text) => text?.includes('r-damaged'))).toBe(true);
    await page.goto(`${inject('baseUrl')}#/`);
    await page.getByText(/1 run kept read-only/).waitFor();
    expect(Object.keys((await savedProgress(page)).runs).sort()).toEqual(['r-other', 'r-own']);
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
