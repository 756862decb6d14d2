/**
 * Cohort insight over a cohort that really played: the cmi5 package (`npm run package`,
 * unpacked and launched as an LMS launches it) is played in Chromium by six learners on
 * two roads — three always take the first choice, three the last — against a real LRS on
 * 127.0.0.1. The lead then opens `#/insight` on the plain build and reads that LRS. The
 * view's figures are held to what was played, read back from the LRS by registration:
 * how many learners, starts and completions, the endings by outcome, and at the first
 * decision the choice each half took; the later decisions, each reached by three
 * learners only, are hidden and say so.
 */
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, seriousViolations } from './browser';
import { auOf, launchAu, type Au } from './cmi5-launch';
import { KEY, SECRET, startLrs, type Lrs, type Statement } from './lrs';
import { packageAndServe, type ServedPackage } from './package-and-serve';
import { choose, sceneReady } from './play';
import { timeScale } from './throttle';

const CB = 'https://casebook.dev/xapi/extensions/';
const RETURN_URL = 'https://lms.example.org/course/42';
const READ_VERBS = ['answered', 'completed', 'passed', 'failed'].map(
  (v) => `http://adlnet.gov/expapi/verbs/${v}`,
);

let browser: Browser;
let lrs: Lrs;
let app: ServedPackage;
let au: Au;
/** What each learner played: their registration and the label of their first choice. */
const played: { registration: string; first: string }[] = [];

/** Play the scenario to its ending, always taking the first (or the last) choice offered. */
async function playRoad(page: Page, road: 'first' | 'last'): Promise<string> {
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  await sceneReady(page);
  const pick = () =>
    road === 'first' ? page.locator('button.choice').first() : page.locator('button.choice').last();
  const first = (await pick().innerText()).replace(/^\d+\s*/, '').trim();
  while (!(await choose(page, () => pick().click())));
  return first;
}

beforeAll(async () => {
  lrs = await startLrs();
  app = await packageAndServe('cmi5');
  au = auOf(app, 'missed-deadline');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.server.close();
  if (app) rmSync(app.outDir, { recursive: true, force: true });
  await lrs?.close();
});

describe('cohort insight over a cohort that played the cmi5 package', () => {
  // Six whole runs, one after another: more than one run's time limit.
  it(
    'shows what the six learners played, and hides what fewer than five did',
    { timeout: 240_000 * timeScale() },
    async () => {
      for (const [i, road] of (
        ['first', 'first', 'first', 'last', 'last', 'last'] as const
      ).entries()) {
        const l = launchAu(lrs, app, au, { returnURL: RETURN_URL }, { learner: `manager-${i}` });
        const watched = await openPage(browser, l.url);
        const first = await playRoad(watched.page, road);
        // The way back to the LMS shows once the run's last statements are in the LRS.
        await watched.page.getByRole('link', { name: 'Return to course' }).waitFor();
        expect(watched.errors).toEqual([]);
        await watched.close();
        played.push({ registration: l.registration, first });
      }
      const statements: Statement[] = [];
      for (const p of played) statements.push(...(await lrs.statements(p.registration)));
      const outcomes = { strong: 0, mixed: 0, weak: 0 };
      for (const s of statements.filter((s) => s.verb.id.endsWith('/completed'))) {
        const ending = s.result?.extensions?.[`${CB}ending`] as { outcome: keyof typeof outcomes };
        outcomes[ending.outcome]++;
      }
      const read = statements.filter((s) => READ_VERBS.includes(s.verb.id)).length;

      const watched = await openPage(browser, `${inject('baseUrl')}#/insight`);
      const { page } = watched;
      await page.getByRole('heading', { level: 1, name: 'Cohort insight' }).waitFor();
      await page.getByLabel('LRS endpoint').fill(lrs.endpoint);
      await page.getByLabel('Key').fill(KEY);
      await page.getByLabel('Secret').fill(SECRET);
      await page.getByRole('button', { name: 'Read the LRS' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^Done:/ })
        .waitFor();
      await expect(page.getByRole('status').innerText()).resolves.toBe(
        `Done: ${read} statements read.`,
      );

      const section = page.getByRole('region', { name: 'The Missed Deadline' });
      const row = (table: string | RegExp, header: string) =>
        section
          .getByRole('table', { name: table })
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) })
          .innerText();
      const numbers = 'The Missed Deadline in numbers';
      await expect(row(numbers, 'Learners')).resolves.toMatch(/\t6$/);
      await expect(row(numbers, 'Runs started')).resolves.toMatch(/\t6$/);
      await expect(row(numbers, 'Runs completed')).resolves.toMatch(/\t6$/);
      await expect(row(numbers, 'Strong outcome')).resolves.toMatch(
        new RegExp(`\\t${outcomes.strong}$`),
      );
      await expect(row(numbers, 'Mixed outcome')).resolves.toMatch(
        new RegExp(`\\t${outcomes.mixed}$`),
      );
      await expect(row(numbers, 'Weak outcome')).resolves.toMatch(
        new RegExp(`\\t${outcomes.weak}$`),
      );

      // The first decision: each road's first choice, taken by three of the six.
      const [firstRoad, lastRoad] = [played[0]!.first, played[3]!.first];
      expect(firstRoad).not.toBe(lastRoad);
      const opening = /^Tuesday morning — 6 learners$/;
      await expect(row(opening, firstRoad)).resolves.toMatch(/\t3\t\s*50%$/);
      await expect(row(opening, lastRoad)).resolves.toMatch(/\t3\t\s*50%$/);
      // After it the two roads part: every later decision rests on three learners, so it is hidden.
      await expect(
        section.locator('[data-code="fewer-than-min-learners"]').first().innerText(),
      ).resolves.toBe('Fewer than 5 learners — hidden to protect privacy.');

      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/manager-\d|Test Learner|lms\.example\.org/);
      for (const p of played) expect(text).not.toContain(p.registration);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await watched.cspViolations()).toEqual([]);
      expect(watched.errors).toEqual([]);
      await watched.close();
    },
  );
});
