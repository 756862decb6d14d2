/**
 * The SCORM packages as an LMS runs them, in Chromium: the zips `npm run package` makes for
 * SCORM 1.2 and for 2004, unpacked and served with a test LMS page whose API is
 * scorm-again's browser bundle, which launches a SCO in a frame at the address the
 * package's own imsmanifest.xml gives (`index.html?scenario=missed-deadline`). A run played to its ending reports
 * status, score and one interaction per decision; a run left halfway resumes at the same
 * decision in a new browser with empty storage, from the LMS's saved data alone; a refused
 * SetValue and reflections too long for the room show a notice and lose nothing. No CSP
 * violation, no page error, and the frame passes axe. The normal build carries no SCORM
 * code at all.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { packageAndServe, type ServedPackage } from './package-and-serve';
import { launchBrowser, openPage, seriousViolations, type WatchedPage } from './browser';
import { choose, sceneReady } from './play';

const FORMATS = ['scorm12', 'scorm2004'] as const;
type Format = (typeof FORMATS)[number];

const require = createRequire(import.meta.url);
const fixture = join(import.meta.dirname, 'fixtures', 'scorm-lms');

let browser: Browser;
interface Served extends ServedPackage {
  /** The SCO of the reference scenario's launch address, from the package's manifest. */
  launch: string;
}
const built = new Map<Format, Served>();

/** The `href` of the SCO resource of `scenario` in an imsmanifest.xml. */
function scoHref(manifest: string, scenario: string): string {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'resource' });
  const resources = parsed.parse(manifest).manifest.resources.resource as Record<string, string>[];
  const sco = resources.find((r) => r['@_identifier'] === `sco-${scenario}`);
  if (!sco?.['@_href']) throw new Error(`The manifest has no SCO for ${scenario}.`);
  return sco['@_href'];
}

/** The SCORM package, served with the test LMS's files beside it. */
async function packageWithLms(format: Format): Promise<Served> {
  const served = await packageAndServe(format);
  copyFileSync(join(fixture, 'lms.html'), join(served.outDir, 'lms.html'));
  copyFileSync(join(fixture, 'lms.js'), join(served.outDir, 'lms.js'));
  copyFileSync(require.resolve('scorm-again'), join(served.outDir, 'scorm-again.js'));
  return { ...served, launch: scoHref(served.manifest, 'missed-deadline') };
}

beforeAll(async () => {
  browser = await launchBrowser();
  for (const format of FORMATS) built.set(format, await packageWithLms(format));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const served of built.values()) {
    await served.server.close();
    rmSync(served.outDir, { recursive: true, force: true });
  }
});

interface Lms {
  watched: WatchedPage;
  page: Page;
  sco: Frame;
}

/** Open the test LMS in a new browser context (empty storage) and launch the SCO in it. */
async function launch(
  format: Format,
  saved?: object,
  refuse?: string,
  heading = 'The Missed Deadline',
): Promise<Lms> {
  const served = built.get(format)!;
  const watched = await openPage(browser, `${served.url}lms.html`);
  const { page } = watched;
  page.on('response', (r) => {
    if (r.status() >= 400) watched.errors.push(`${r.status()} ${r.url()}`);
  });
  await page.evaluate(
    ([format, saved, refuse, launch]) =>
      (window as unknown as { startLms: (...a: unknown[]) => void }).startLms(
        format,
        saved,
        refuse,
        launch,
      ),
    [format, saved ?? null, refuse ?? null, served.launch] as const,
  );
  const sco = await (await page.waitForSelector('iframe')).contentFrame();
  if (!sco) throw new Error('The LMS has no frame for the course.');
  await sco.getByRole('heading', { level: 1, name: heading }).waitFor();
  return { watched, page, sco };
}

const cmi = (lms: Lms) =>
  lms.page.evaluate(() => (window as unknown as { savedCmi: () => unknown }).savedCmi()) as Promise<
    Record<string, unknown> & { core?: Record<string, unknown> }
  >;

const pick = (sco: Frame) => choose(sco, () => sco.locator('button.choice').first().click());

/** The SCO's own page: no CSP violation (its policy still holds), no error. */
async function clean(lms: Lms): Promise<void> {
  expect(await lms.sco.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual(
    [],
  );
  expect(await lms.watched.cspViolations()).toEqual([]);
  expect(lms.watched.errors).toEqual([]);
}

describe.each(FORMATS)('a %s package in an LMS', (format) => {
  const s12 = format === 'scorm12';

  it("speaks the learner's language from the LMS's learner preference, unless they chose one", async () => {
    const preference = { language: 'de' };
    const lms = await launch(
      format,
      s12 ? { student_preference: preference } : { learner_preference: preference },
      undefined,
      // The course opens on the scenario's German translation.
      'Die verpasste Frist',
    );
    await lms.sco.locator('html[lang="de"]').waitFor({ state: 'attached' });
    // The learner's own choice, on the profile page, beats the LMS's.
    await lms.sco.evaluate(() => {
      location.hash = '#/profile';
    });
    await lms.sco.locator('#language-setting').selectOption('en');
    await lms.sco.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await clean(lms);
    await lms.watched.close();
  });

  it('reports status, score and every decision when a run reaches its ending', async () => {
    const lms = await launch(format);
    const { sco } = lms;
    await sco.getByRole('button', { name: 'Start the scenario' }).click();
    await sceneReady(sco);
    let decisions = 0;
    for (let ended = false; !ended && decisions < 20; decisions++) ended = await pick(sco);
    await sco.locator('.outcome').waitFor();
    const data = await cmi(lms);
    const interactions = data.interactions as Record<string, Record<string, unknown>>;
    expect(Object.keys(interactions)).toHaveLength(decisions);
    expect(interactions['0']?.id).toBe('opening');
    expect(interactions['0']?.type).toBe('choice');
    expect(String(interactions['0']?.[s12 ? 'student_response' : 'learner_response'])).toMatch(
      /^[A-Z_]+$/,
    );
    if (!s12) expect(String(interactions['0']?.description)).not.toBe('');
    expect(JSON.stringify(interactions['0']?.objectives)).toContain('"id":"tag:');
    if (s12) {
      expect(data.core?.lesson_status).toMatch(/^(passed|failed)$/);
      expect((data.core?.score as Record<string, unknown>).raw).toMatch(/^(100|60|30)$/);
    } else {
      expect(data.completion_status).toBe('completed');
      expect(data.success_status).toMatch(/^(passed|failed)$/);
      expect((data.score as Record<string, unknown>).scaled).toMatch(/^(1|0\.6|0\.3)$/);
    }
    expect(await seriousViolations(sco)).toEqual([]);
    await clean(lms);
    await lms.watched.close();
  });

  it('resumes at the same decision in a browser with empty storage, from the LMS alone', async () => {
    const first = await launch(format);
    await first.sco.getByRole('button', { name: 'Start the scenario' }).click();
    await sceneReady(first.sco);
    await pick(first.sco);
    await pick(first.sco);
    const scene = await first.sco.locator('.play h1.scene-title').innerText();
    await first.page.evaluate(() =>
      (window as unknown as { leaveSco: () => Promise<void> }).leaveSco(),
    );
    const saved = await cmi(first);
    expect(s12 ? saved.core?.exit : saved.exit).toBe('suspend');
    expect(String(saved.suspend_data).length).toBeGreaterThan(0);
    expect(String(saved.suspend_data).length).toBeLessThanOrEqual(4096);
    expect(
      await first.page.evaluate(() =>
        (window as unknown as { lms: { isTerminated(): boolean } }).lms.isTerminated(),
      ),
    ).toBe(true);
    await clean(first);
    await first.watched.close();

    const second = await launch(format, saved);
    await second.sco.getByRole('link', { name: 'Resume: decision 3' }).click();
    await sceneReady(second.sco);
    expect(await second.sco.locator('.play h1.scene-title').innerText()).toBe(scene);
    await pick(second.sco);
    const interactions = (await cmi(second)).interactions as Record<string, unknown>;
    expect(Object.keys(interactions)).toEqual(['0', '1', '2']);
    await clean(second);
    await second.watched.close();
  });

  it('shows a notice when the LMS refuses the suspend data, and keeps the run in the browser', async () => {
    const lms = await launch(format, undefined, 'cmi.suspend_data');
    const { sco } = lms;
    await sco.getByRole('button', { name: 'Start the scenario' }).click();
    await sceneReady(sco);
    await pick(sco);
    await sco.locator('.notice', { hasText: 'refused to record' }).waitFor();
    expect(await sco.locator('.notice', { hasText: 'error 405' }).count()).toBe(1);
    const runs = await sco.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('casebook:run:')),
    );
    expect(runs).toHaveLength(1);
    expect(await seriousViolations(sco)).toEqual([]);
    await clean(lms);
    await lms.watched.close();
  });
});

describe('reflections too long for the LMS', () => {
  it('are kept in the browser and the learner is told', async () => {
    const lms = await launch('scorm12');
    const { sco } = lms;
    await sco.getByRole('button', { name: 'Start the scenario' }).click();
    await sceneReady(sco);
    for (let ended = false, i = 0; !ended && i < 20; i++) ended = await pick(sco);
    await sco.getByRole('link', { name: 'Read your debrief' }).click();
    // Text that does not compress, from a fixed seed: 5,000 characters.
    let seed = 3;
    const noise = Array.from({ length: 5000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(65 + (seed % 26)) + (seed % 7 === 0 ? ' ' : '');
    })
      .join('')
      .slice(0, 5000);
    await sco.getByLabel('What will you do differently?').fill(noise);
    await sco.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await sco.locator('.notice', { hasText: 'too long for the room' }).waitFor();
    const data = await cmi(lms);
    expect(String(data.suspend_data).length).toBeLessThanOrEqual(4096);
    const kept = await sco.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('casebook:reflection:'))
        .map((k) => localStorage.getItem(k) ?? ''),
    );
    expect(kept.some((text) => text.includes(noise))).toBe(true);
    expect(await seriousViolations(sco)).toEqual([]);
    await clean(lms);
    await lms.watched.close();
  });
});

describe('the build for no LMS', () => {
  it('carries no SCORM code', () => {
    const assets = join(inject('outDir'), 'assets');
    const scorm = readdirSync(assets).filter(
      (f) =>
        f.endsWith('.js') &&
        /LMSInitialize|API_1484_11|cmi\.suspend_data/.test(readFileSync(join(assets, f), 'utf8')),
    );
    expect(scorm).toEqual([]);
  });
});
