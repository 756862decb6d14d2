/**
 * The learner's import flow with a doctored file, in Chromium on the production build:
 * a run whose log claims the current version but does not replay is kept read-only and
 * named (not left playable and stuck), and a complete run with a reflection that the
 * file replaces is backed up first; the notice says so, and its download imports back.
 * The same log doctored in storage is trusted at start-up (it claims this version) and
 * refused when it is opened for play, the same way.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  choose,
  createPlayer,
  isFinished,
  offeredChoices,
  startRun as begin,
} from '../../src/engine';
import {
  emptyProgress,
  exportProgress,
  finishRun,
  recordChoice,
  runById,
  saveReflection,
  startRun,
  type Progress,
} from '../../src/progress';
import { compileReference } from '../support/reference';
import { launchBrowser, openPage, seriousViolations, type WatchedPage } from './browser';
import { savedProgress, seedProgress } from './saved';

const scenario = compileReference();
const player = createPlayer(scenario);
const at = (minute: number) => new Date(Date.UTC(2025, 2, 1, 9, minute));

/** Always the first choice offered, to an ending. */
function firstPath(): { events: string[]; ending: string } {
  let snapshot = begin(player);
  const events: string[] = [];
  while (!isFinished(snapshot)) {
    const event = offeredChoices(player, snapshot, 1)[0]?.event;
    const next = event === undefined ? undefined : choose(player, snapshot, event);
    if (!event || !next) throw new Error('the reference scenario has a dead end');
    events.push(event);
    snapshot = next;
  }
  return { events, ending: String(snapshot.value) };
}

function withRun(p: Progress, id: string, events: readonly string[], minute: number): Progress {
  const start = { id, scenarioId: scenario.id, contentHash: scenario.contentHash, seed: 1 };
  let next = startRun(p, { ...start, now: at(minute) });
  for (const [i, e] of events.entries()) next = recordChoice(next, id, e, at(minute + i + 1));
  return next;
}

const { events, ending } = firstPath();
/** In this browser: one complete run, and the learner's reflection on it. */
let here = withRun(emptyProgress(), 'r-mine', events, 0);
here = finishRun(here, 'r-mine', { id: ending, outcome: 'strong' }, at(20));
here = saveReflection(here, 'r-mine', { answers: { 'went-well': 'My own words' } }, at(21));
/** The doctored file: the same run id, later and unfinished; and a log that claims this version but does not replay. */
let doctored = withRun(emptyProgress(), 'r-mine', events.slice(0, 1), 30);
doctored = saveReflection(doctored, 'r-mine', { answers: { 'went-well': 'Not mine' } }, at(40));
doctored = withRun(doctored, 'r-stuck', ['NOT_A_CHOICE'], 45);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectClean(watched: WatchedPage): Promise<void> {
  expect(await seriousViolations(watched.page)).toEqual([]);
  expect(await watched.cspViolations()).toEqual([]);
  expect(watched.errors).toEqual([]);
}

const saved = (page: Page) => savedProgress(page);

describe('importing a doctored progress file in Chromium', () => {
  it('keeps the stuck run read-only and named, and backs up the replaced run so it can be restored', async () => {
    const watched = await openPage(browser, inject('baseUrl'));
    const { page } = watched;
    await seedProgress(page, here);
    await page.reload();
    await page.getByText('Completed 1 time.').waitFor();

    await page.getByLabel('Import progress from a file').setInputFiles({
      name: 'doctored.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exportProgress(doctored, at(50))),
    });
    const stuck = page.locator('.notice', { hasText: 'does not replay on this version' });
    await stuck.waitFor();
    expect(await stuck.innerText()).toMatch(
      /Your run of "missed-deadline" started 2025-03-01 does not replay on this version of the scenario: choice 1 \("NOT_A_CHOICE"\)/,
    );
    expect(await stuck.innerText()).toContain('runs["r-stuck"].events[0]');
    const merged = page.locator('.notice', { hasText: 'Imported "doctored.json"' });
    expect(await merged.innerText()).toMatch(
      /1 new run added, 1 run updated from the file.*Backed up first: 1 run and 1 reflection as they were here/s,
    );
    await page.getByText('1 run kept read-only').waitFor();
    expect((await saved(page)).runs['r-stuck']?.status).toBe('stale');
    await expectClean(watched);

    // The briefing resumes the run that replays, and lists the stuck one as read-only.
    await page.getByRole('link', { name: 'The Missed Deadline' }).click();
    await page.getByRole('link', { name: 'Resume: decision 2' }).waitFor();
    await page.getByText(/its choices do not replay on this scenario: read-only/).waitFor();
    await expectClean(watched);

    // The replaced run and reflection come back from the backup the notice offers.
    await page.getByRole('link', { name: 'Scenario library' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the replaced records' }).click(),
    ]);
    const backup = readFileSync((await download.path()) ?? '', 'utf8');
    expect(download.suggestedFilename()).toMatch(/^casebook-replaced-[0-9A-Za-z-]+\.json$/);
    await page.getByLabel('Import progress from a file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    await page.getByText('Completed 1 time.').waitFor();
    const restored = await saved(page);
    expect(restored.runs['r-mine']).toEqual(runById(here, 'r-mine'));
    expect(restored.reflections['r-mine']?.answers).toEqual({ 'went-well': 'My own words' });
    await expectClean(watched);
    await watched.close();
  });

  it('refuses a log doctored in storage when it is opened for play: read-only, named, no error', async () => {
    const watched = await openPage(browser, inject('baseUrl'));
    const { page } = watched;
    const stuck = withRun(emptyProgress(), 'r-stuck', [events[0]!, 'NOT_A_CHOICE'], 0);
    await seedProgress(page, stuck);
    await page.reload();
    await page.getByRole('link', { name: 'The Missed Deadline' }).click();
    await page.getByRole('link', { name: 'Resume: decision 3' }).click();
    const refused = page.locator('.notice', { hasText: 'does not replay on this version' });
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(/choice 2 \("NOT_A_CHOICE"\)/);
    await page.getByText('You have no run of this scenario in progress.').waitFor();
    expect((await saved(page)).runs['r-stuck']).toMatchObject({
      status: 'stale',
      stale: { step: 1, event: 'NOT_A_CHOICE' },
    });
    await expectClean(watched);
    await watched.close();
  });
});
