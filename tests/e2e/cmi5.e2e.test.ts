/**
 * A cmi5 package run as an LMS runs it: the zip `npm run package` makes for cmi5, unpacked,
 * its AU (id and url from the zip's cmi5.xml) launched in Chromium with the five launch
 * parameters, against a real learning record store on 127.0.0.1
 * (Learning Locker's statement service, tests/e2e/lrs.ts) after the LMS wrote
 * LMS.LaunchData. Each test reads back what the run reported and holds it to cmi5's
 * rules: initialized first, one answered per choice, one completed, passed or failed by
 * the masteryScore, terminated last, durations throughout; the page connects to the LRS
 * and nowhere else; and a launch that fails leaves the app playable and the run saved.
 */
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, seriousViolations } from './browser';
import { auOf, launchAu, SESSION_ID, type Launch } from './cmi5-launch';
import { packageAndServe, type ServedPackage } from './package-and-serve';
import { startLrs, type Lrs, type Statement } from './lrs';
import { choose, sceneReady } from './play';

const CB = 'https://casebook.dev/xapi/extensions/';
const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
/** The AU of the reference scenario in the package's cmi5.xml: its id and its url. */
let ACTIVITY: string;
let AU_URL: string;
const RETURN_URL = 'https://lms.example.org/course/42';
const ISO_DURATION = /^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/;
const verb = (s: Statement) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', '');

let browser: Browser;
let lrs: Lrs;
let app: ServedPackage;
/** A server on another port of 127.0.0.1: the page must not reach it. */
let elsewhere: Server;
let elsewhereUrl: string;

beforeAll(async () => {
  lrs = await startLrs();
  // As an LMS imports the package: the AU's id and url from the zip's cmi5.xml.
  app = await packageAndServe('cmi5');
  ({ activity: ACTIVITY, url: AU_URL } = auOf(app, 'missed-deadline'));
  elsewhere = createServer((_, response) => response.writeHead(200).end('{}'));
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.server.close();
  if (app) rmSync(app.outDir, { recursive: true, force: true });
  elsewhere?.closeAllConnections();
  await new Promise((resolve) => elsewhere?.close(resolve));
  await lrs?.close();
});

/** As an LMS launches the reference scenario's AU. */
const launch = (
  launchData: Record<string, unknown>,
  overrides: Partial<
    Record<'endpoint' | 'fetch' | 'registration' | 'languagePreference', string>
  > = {},
): Launch => launchAu(lrs, app, { activity: ACTIVITY, url: AU_URL }, launchData, overrides);

/** Start the scenario and take the first choice `times` times, or to the ending; the number taken. */
async function play(page: Page, times = Infinity): Promise<{ made: number; ended: boolean }> {
  await page.getByRole('button', { name: 'Start the scenario' }).click();
  await sceneReady(page);
  let made = 0;
  let ended = false;
  while (!ended && made < times) {
    ended = await choose(page, () => page.locator('button.choice').first().click());
    made++;
  }
  return { made, ended };
}

function expectCmi5Context(s: Statement, l: Launch, defined: boolean): void {
  expect(s.context?.registration).toBe(l.registration);
  expect(s.context?.extensions?.[SESSION_ID]).toBe(l.sessionId);
  const categories = (s.context?.contextActivities?.category ?? []).map((c) => c.id);
  expect(categories.includes(CMI5_CATEGORY)).toBe(defined);
}

describe('a cmi5 package against a real LRS', () => {
  it('reports a run to its ending by the cmi5 rules, and connects to the LRS alone', async () => {
    const mastery = 0.7;
    const l = launch({ masteryScore: mastery, returnURL: RETURN_URL });
    const watched = await openPage(browser, l.url);
    const { page } = watched;
    const { made, ended } = await play(page);
    expect(ended).toBe(true);
    const back = page.getByRole('link', { name: 'Return to course' });
    await back.waitFor();
    expect(await back.getAttribute('href')).toBe(RETURN_URL);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(lrs.fetches(l.id)).toBe(1);

    const statements = await lrs.statements(l.registration);
    const verbs = statements.map(verb);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs.filter((v) => v === 'initialized')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'terminated')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'passed' || v === 'failed')).toHaveLength(1);

    const answered = statements.filter((s) => verb(s) === 'answered');
    expect(answered).toHaveLength(made);
    let before = -1;
    for (const [i, s] of answered.entries()) {
      expectCmi5Context(s, l, false);
      const scene = s.result?.extensions?.[`${CB}scene`] as string;
      expect(s.object.id).toBe(`${ACTIVITY}/decisions/${scene}`);
      expect(s.object.definition).toMatchObject({
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
      });
      const choices = s.object.definition?.choices as { id: string; description: object }[];
      expect(choices.map((c) => c.id)).toContain(s.result?.response);
      const ext = s.result?.extensions ?? {};
      expect(ext[`${CB}event`]).toBe(s.result?.response);
      expect(ext[`${CB}decision`]).toBe(i + 1);
      expect(typeof ext[`${CB}label`]).toBe('string');
      expect(['management', 'leadership', 'both', 'untagged']).toContain(ext[`${CB}tag`]);
      for (const b of ext[`${CB}behaviours`] as Record<string, string>[]) {
        expect(['management', 'leadership']).toContain(b.domain);
        expect(['effective', 'counterproductive']).toContain(b.polarity);
      }
      const progress = ext[PROGRESS] as number;
      expect(Number.isInteger(progress)).toBe(true);
      expect(progress).toBeGreaterThan(before);
      before = progress;
      expect(s.result?.duration).toMatch(ISO_DURATION);
    }
    expect(before).toBe(100);
    // Every choice of the run carries its behaviours: the reference scenario tags them all.
    expect(
      answered.flatMap((s) => s.result?.extensions?.[`${CB}behaviours`] as object[]).length,
    ).toBeGreaterThan(0);

    for (const s of statements.filter((s) => verb(s) !== 'answered')) {
      expectCmi5Context(s, l, true);
      if (verb(s) !== 'initialized') expect(s.result?.duration).toMatch(ISO_DURATION);
    }
    const completed = statements.find((s) => verb(s) === 'completed');
    expect(completed?.result?.completion).toBe(true);
    expect(completed?.result?.extensions?.[PROGRESS]).toBe(100);
    const judged = statements.find((s) => verb(s) === 'passed' || verb(s) === 'failed');
    const scaled = (judged?.result?.score as { scaled: number }).scaled;
    expect(verb(judged as Statement)).toBe(scaled >= mastery ? 'passed' : 'failed');
    expect(judged?.result?.success).toBe(scaled >= mastery);
    expect(
      judged?.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'],
    ).toBe(mastery);
    const categories = (judged?.context?.contextActivities?.category ?? []).map((c) => c.id);
    expect(categories).toContain(MOVE_ON_CATEGORY);

    // The second policy the launch added: another port of 127.0.0.1 is out of reach.
    const refused = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'connected',
          () => 'refused',
        ),
      `${elsewhereUrl}/probe`,
    );
    expect(refused).toBe('refused');
    expect(await watched.cspViolations()).toEqual([`connect-src ${elsewhereUrl}/probe`]);
    await watched.close();
  });

  it('terminates a session the learner leaves midway, with nothing completed', async () => {
    const l = launch({ moveOn: 'Completed' });
    const watched = await openPage(browser, l.url);
    const { made } = await play(watched.page, 2);
    await expect.poll(async () => (await lrs.statements(l.registration)).length).toBe(1 + made);
    await watched.page.goto('about:blank');
    await expect
      .poll(async () => (await lrs.statements(l.registration)).map(verb), { timeout: 20_000 })
      .toEqual(['initialized', 'answered', 'answered', 'terminated']);
    const terminated = (await lrs.statements(l.registration)).at(-1) as Statement;
    expect(terminated.result?.duration).toMatch(ISO_DURATION);
    expectCmi5Context(terminated, l, true);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it("speaks the learner's language from the agent profile's languagePreference", async () => {
    const l = launch({ moveOn: 'Completed' }, { languagePreference: 'fr-FR,de-DE' });
    const watched = await openPage(browser, l.url);
    await watched.page.locator('html[lang="de"]').waitFor({ state: 'attached' });
    expect(await watched.page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('never completes or judges a registration twice when the LMS launches it again', async () => {
    const first = launch({});
    for (const l of [first, launch({}, { registration: first.registration })]) {
      const watched = await openPage(browser, l.url);
      expect((await play(watched.page)).ended).toBe(true);
      await expect
        .poll(async () => (await lrs.statements(l.registration)).map(verb).at(-1))
        .toBe('terminated');
      expect(watched.errors).toEqual([]);
      await watched.close();
    }
    const verbs = (await lrs.statements(first.registration)).map(verb);
    expect(verbs.filter((v) => v === 'initialized')).toHaveLength(2);
    expect(verbs.filter((v) => v === 'terminated')).toHaveLength(2);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'passed' || v === 'failed')).toHaveLength(1);
  });

  it('reports the choices but no completion or score when the LMS launches to browse', async () => {
    const l = launch({ launchMode: 'Browse', masteryScore: 0.5 });
    const watched = await openPage(browser, l.url);
    const { page } = watched;
    await page.locator('.notices.cmi5 [data-code="cmi5-not-recorded"]').waitFor();
    const { made, ended } = await play(page);
    expect(ended).toBe(true);
    await expect
      .poll(async () => (await lrs.statements(l.registration)).map(verb).at(-1))
      .toBe('terminated');
    const verbs = (await lrs.statements(l.registration)).map(verb);
    expect(verbs).toEqual(['initialized', ...Array(made).fill('answered'), 'terminated']);
    expect(await seriousViolations(page)).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('tells the learner when the LRS refuses a choice, and sends it again in order once it takes them', async () => {
    const l = launch({});
    const watched = await openPage(browser, l.url);
    const { page } = watched;
    await play(page, 1);
    await expect.poll(async () => (await lrs.statements(l.registration)).length).toBe(2);
    const failed = page.locator('.notices.cmi5 [data-code="cmi5-send-failed"]');
    try {
      lrs.refuse(true);
      await choose(page, () => page.locator('button.choice').first().click());
      await failed.waitFor();
      expect(await failed.innerText()).toMatch(/did not take the record of decision 2/);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      lrs.refuse(false);
    }
    await choose(page, () => page.locator('button.choice').first().click());
    await failed.waitFor({ state: 'detached' });
    const answered = (await lrs.statements(l.registration)).filter((s) => verb(s) === 'answered');
    expect(answered.map((s) => s.result?.extensions?.[`${CB}decision`])).toEqual([1, 2, 3]);
    await watched.close();
  });

  it('tells the learner when the LRS is down, and keeps the app playable and the run saved', async () => {
    const l = launch({}, { endpoint: `${elsewhereUrl.replace(/:\d+$/, ':9')}/xAPI/` });
    const watched = await openPage(browser, l.url);
    const { page } = watched;
    const notice = page.locator('.notices.cmi5 [data-code="cmi5-launch-failed"]');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/could not connect to your learning system/);
    const { made } = await play(page, 2);
    expect(made).toBe(2);
    const saved = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('casebook:run:')),
    );
    expect(saved).toHaveLength(1);
    expect(await seriousViolations(page)).toEqual([]);
    await watched.close();
  });

  it('tells the learner which step failed when the launch data or the token is unusable', async () => {
    for (const [l, step] of [
      [launch({ launchMode: 'Sideways' }), /reading the launch data \(LMS\.LaunchData\)/],
      [launch({}, { fetch: `${elsewhereUrl}/fetch` }), /reading the launch data|sign-in token/],
    ] as const) {
      const watched = await openPage(browser, l.url);
      const notice = watched.page.locator('.notices.cmi5 [data-code="cmi5-launch-failed"]');
      await notice.waitFor();
      expect(await notice.innerText()).toMatch(step);
      expect(
        watched.errors.filter((e) => !/Failed to load resource|CORS|XMLHttpRequest/.test(e)),
      ).toEqual([]);
      expect((await play(watched.page, 1)).made).toBe(1);
      await watched.close();
    }
  });

  it('tells the learner a course opened without a launch is not reported', async () => {
    const watched = await openPage(browser, `${app.url}${AU_URL}`);
    const { page } = watched;
    const notice = page.locator('.notices.cmi5 [data-code="cmi5-not-launched"]');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/endpoint, fetch, actor, registration, activityId/);
    expect((await play(page, 1)).made).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    // Without a launch the page connects to its own origin only, as every other build.
    const probe = `${elsewhereUrl}/probe`;
    expect(
      await page.evaluate(
        (url) =>
          fetch(url).then(
            () => 'connected',
            () => 'refused',
          ),
        probe,
      ),
    ).toBe('refused');
    expect(await watched.cspViolations()).toEqual([`connect-src ${probe}`]);
    await watched.close();
  });
});
