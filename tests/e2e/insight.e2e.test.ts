/**
 * Cohort insight in Chromium, on the production build under its CSP, against a real LRS
 * on 127.0.0.1 (tests/e2e/lrs.ts): a cohort's statements, built as the cmi5 package sends
 * them (six learners on three roads of the reference scenario, two of them in another
 * team), are posted; the lead opens `#/insight`, enters the LRS's endpoint, key and secret,
 * and reads. The view's numbers match what was posted; filtered to a team of four learners,
 * every breakdown says it is hidden; axe finds nothing serious; the secret is nowhere in
 * the page's storage, address or history afterwards; and the page stays free of CSP
 * violations and errors.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCourse } from '../../src/vite/course-index';
import { cohortStatements, TEAM, type CohortLearner } from '../support/insight-cohort';
import { ROOT } from '../support/paths';
import { launchBrowser, openPage, seriousViolations, type WatchedPage } from './browser';
import { KEY, SECRET, startLrs, type Lrs } from './lrs';

const STRONG = [
  'ASK_WHAT_CHANGED',
  'ASK_ABOUT_CALLUM',
  'ASK_ABOUT_HOME',
  'THANK_AND_ASK_WHAT_HELPS',
  'RESET_WITH_CALLUM',
  'BOOK_FOLLOW_UP',
];
const WEAK = ['ACCEPT_FRIDAY', 'TELL_ROSA_ITS_A_BLIP', 'SET_THE_DATES', 'LEAVE_IT_OPEN'];
const MIXED = [
  'NAME_THE_MISSED_DATES',
  'ASK_WHAT_IS_IN_THE_WAY',
  'LOG_THE_REAL_LOAD',
  'SET_THE_DATES',
  'BOOK_FOLLOW_UP',
];

const day = (d: number) => new Date(Date.UTC(2026, 9, d, 9));
/** Six learners: three strong, two weak, one mixed; four in team north. */
const LEARNERS: CohortLearner[] = [
  { name: 'ada.lovelace', events: STRONG, at: day(5), team: 'north' },
  { name: 'grace.hopper', events: STRONG, at: day(6), team: 'north' },
  { name: 'alan.turing', events: STRONG, at: day(7), team: 'south' },
  { name: 'edsger.dijkstra', events: WEAK, at: day(8), team: 'north' },
  { name: 'barbara.liskov', events: WEAK, at: day(9), team: 'south' },
  { name: 'donald.knuth', events: MIXED, at: day(12), team: 'north' },
];

let browser: Browser;
let lrs: Lrs;
let posted: number;

beforeAll(async () => {
  const built = buildCourse('scenarios', ROOT);
  const scenario = built.scenarios.get('missed-deadline');
  if (!scenario) throw new Error('the reference scenario does not compile');
  const statements = cohortStatements(scenario, built.index.taxonomy, LEARNERS);
  posted = statements.length;
  lrs = await startLrs();
  await lrs.post(statements);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await lrs?.close();
});

async function openInsight(): Promise<WatchedPage> {
  const watched = await openPage(browser, `${inject('baseUrl')}#/insight`);
  await watched.page.getByRole('heading', { level: 1, name: 'Cohort insight' }).waitFor();
  return watched;
}

async function fillLrs(page: Page, endpoint = lrs.endpoint) {
  await page.getByLabel('LRS endpoint').fill(endpoint);
  await page.getByLabel('Key').fill(KEY);
  await page.getByLabel('Secret').fill(SECRET);
}

async function readLrs(page: Page, group?: { key: string; value: string }) {
  if (group) {
    await page.getByLabel('Grouping', { exact: true }).fill(group.key);
    await page.getByLabel('Grouping value').fill(group.value);
  }
  await fillLrs(page);
  await page.getByRole('button', { name: 'Read the LRS' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Done:/ })
    .waitFor();
}

describe('cohort insight', () => {
  it('reads the LRS in a worker and keeps the secret nowhere', async () => {
    const watched = await openInsight();
    const { page } = watched;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await readLrs(page);
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      `Done: ${posted} statements read.`,
    );
    expect(workers).toEqual([expect.stringMatching(/\/assets\/insight\.worker-[\w-]+\.js$/)]);
    // The fields are emptied, and no storage, address or history entry holds the secret.
    await expect(page.getByLabel('Secret').inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Key').inputValue()).resolves.toBe('');
    const kept = await page.evaluate(() =>
      JSON.stringify([
        Object.entries(localStorage),
        Object.entries(sessionStorage),
        location.href,
        history.state,
        history.length,
      ]),
    );
    expect(kept).not.toContain(SECRET);
    expect(kept).not.toContain(btoa(`${KEY}:${SECRET}`));
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('cancels a read: the worker ends and its request to the LRS with it', async () => {
    // An LRS that never answers, and says when the page hangs up.
    let asked!: () => void;
    let hungUp!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    const closed = new Promise<void>((resolve) => (hungUp = resolve));
    const silent: Server = createServer((request, response) => {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Access-Control-Allow-Headers', 'Authorization, X-Experience-API-Version');
      if (request.method === 'OPTIONS') return void response.writeHead(204).end();
      asked();
      response.on('close', hungUp);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    const watched = await openInsight();
    const { page } = watched;
    await fillLrs(page, `http://127.0.0.1:${port}/xapi/`);
    await page.getByRole('button', { name: 'Read the LRS' }).click();
    await requested;
    await expect(page.getByRole('progressbar').getAttribute('aria-valuetext')).resolves.toBe(
      '0 statements read',
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'The read was cancelled.' }).waitFor();
    await closed;
    await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
    expect(watched.errors).toEqual([]);
    await watched.close();
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it("shows the cohort's numbers as posted, with no learner's identity, and passes axe", async () => {
    const watched = await openInsight();
    const { page } = watched;
    await readLrs(page);
    const section = page.getByRole('region', { name: 'The Missed Deadline' });
    const row = (table: string, header: string) =>
      section
        .getByRole('table', { name: table })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) })
        .innerText();
    const numbers = 'The Missed Deadline in numbers';
    await expect(row(numbers, 'Learners')).resolves.toMatch(/\t6$/);
    await expect(row(numbers, 'Runs started')).resolves.toMatch(/\t6$/);
    await expect(row(numbers, 'Runs completed')).resolves.toMatch(/\t6$/);
    await expect(row(numbers, 'Strong outcome')).resolves.toMatch(/\t3$/);
    await expect(row(numbers, 'Mixed outcome')).resolves.toMatch(/\t1$/);
    await expect(row(numbers, 'Weak outcome')).resolves.toMatch(/\t2$/);
    // Completions took 7, 7, 7 (strong), 5, 5 (weak) and 6 minutes (mixed): the median is 6.5.
    await expect(row(numbers, 'Median time to complete')).resolves.toMatch(/6\.5 minutes$/);
    // The first decision: three asked, two accepted Friday, one named the dates.
    const opening = 'Tuesday morning — 6 learners';
    await expect(
      row(opening, 'Ask Adaeze what has changed for her over the last month.'),
    ).resolves.toMatch(/Leadership.*\t3\t\s*50%$/s);
    await expect(
      row(
        opening,
        'Thank her for owning it, and agree that Friday is fine as long as she tells you early if anything slips again.',
      ),
    ).resolves.toMatch(/\t2\t\s*33%$/);
    await expect(
      section.getByRole('table', { name: opening }).getByText('(rare road)').count(),
    ).resolves.toBe(0);
    // The last decision: four booked a follow-up, two left it open.
    const close = 'The last five minutes — 6 learners';
    await expect(section.getByRole('table', { name: close }).innerText()).resolves.toMatch(
      /\t4\t\s*67%/,
    );
    await expect(section.getByRole('table', { name: close }).innerText()).resolves.toMatch(
      /\t2\t\s*33%/,
    );
    // Scenes fewer than five learners reached are hidden, and say so.
    await expect(
      section.locator('[data-code="fewer-than-min-learners"]').first().innerText(),
    ).resolves.toBe('Fewer than 5 learners — hidden to protect privacy.');
    // Every learner went from the plan to the close: the diagram and its table show it.
    const steps = section.getByRole('table', { name: /Steps taken through/ });
    await expect(steps.innerText()).resolves.toContain(
      'Between now and the review\tThe last five minutes\t6',
    );
    await expect(
      section
        .getByRole('img', { name: /Paths through The Missed Deadline/ })
        .locator('path')
        .count(),
    ).resolves.toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    for (const learner of LEARNERS) expect(text).not.toContain(learner.name);
    expect(text).not.toMatch(/example\.org|mailto:|00000000-0000-4000/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('hides every breakdown of a team of four, and says so', async () => {
    const watched = await openInsight();
    const { page } = watched;
    await readLrs(page, { key: TEAM, value: 'north' });
    const main = page.locator('main');
    // The scenario is named (from the course), and nothing of it is shown but the sentence.
    await expect(
      main.getByRole('region', { name: 'The Missed Deadline' }).innerText(),
    ).resolves.toBe('The Missed Deadline\n\nFewer than 5 learners — hidden to protect privacy.');
    const notes = main.locator('[data-code="fewer-than-min-learners"]');
    // The cohort's reading and the one scenario.
    await expect(notes.count()).resolves.toBe(2);
    for (const note of await notes.all())
      await expect(note.innerText()).resolves.toBe(
        'Fewer than 5 learners — hidden to protect privacy.',
      );
    await expect(main.getByRole('table').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await watched.close();
  });

  it('says, with a code, that the LRS refused a wrong secret, without showing it', async () => {
    const watched = await openInsight();
    const { page } = watched;
    await page.getByLabel('LRS endpoint').fill(lrs.endpoint);
    await page.getByLabel('Key').fill(KEY);
    await page.getByLabel('Secret').fill('wrong-secret-123');
    await page.getByRole('button', { name: 'Read the LRS' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.getAttribute('data-code')).resolves.toBe('lrs-http');
    await expect(alert.innerText()).resolves.toMatch(/check the key and secret/);
    await expect(page.locator('main').innerText()).resolves.not.toContain('wrong-secret-123');
    await watched.close();
  });
});
