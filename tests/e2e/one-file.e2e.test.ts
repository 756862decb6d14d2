/**
 * The one-file course as a manager e-mails it: `npm run package -- … --format html`,
 * opened from disk (`file://`) in Chromium under its own hashed policy. The bundled
 * course plays to an ending with no CSP violation, no page error and a clean axe audit,
 * and after a reload the run is still there (saved in the browser, as always). A course
 * of one scenario opens straight on its briefing, and the library is a link away; a
 * package opens on the scenario `?scenario=` names, as an LMS's SCO launches it, and the
 * plain website, which is no package, keeps its library.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Io } from '../../src/cli/io';
import { runPackage } from '../../src/cli/package';
import { ROOT } from '../support/paths';
import { launchBrowser, openPage, seriousViolations, type WatchedPage } from './browser';
import { chooseByKey } from './play';

const out = mkdtempSync(join(tmpdir(), 'casebook-one-file-'));
const course = join(out, 'course.html');
const single = join(out, 'missed-deadline.html');
let browser: Browser;

beforeAll(async () => {
  const io: Io = { cwd: ROOT, out: () => undefined, err: (t) => console.error(t) };
  expect(await runPackage(['scenarios', '--format', 'html', '--out', course], io)).toBe(0);
  const args = ['scenarios', '--scenario', 'missed-deadline', '--format', 'html', '--out', single];
  expect(await runPackage(args, io)).toBe(0);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

async function expectClean(watched: WatchedPage): Promise<void> {
  expect(await seriousViolations(watched.page)).toEqual([]);
  expect(await watched.cspViolations()).toEqual([]);
  expect(watched.errors).toEqual([]);
}

describe('the one-file course from file://', () => {
  it('plays a scenario to its ending under its policy, and keeps the run after a reload', async () => {
    const watched = await openPage(browser, pathToFileURL(course).href);
    const { page } = watched;
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    expect(await page.getByRole('link', { name: 'Author mode' }).count()).toBe(0);
    await page.getByRole('link', { name: 'The Missed Deadline' }).click();
    await page.getByRole('button', { name: 'Start the scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tuesday morning' }).waitFor();
    let ended = false;
    for (let i = 0; i < 12 && !ended; i++) ended = await chooseByKey(page, '1');
    expect(ended).toBe(true);
    const outcome = await page.locator('.outcome').innerText();
    await expectClean(watched);
    await page.reload();
    await page.locator('.outcome').waitFor();
    expect(await page.locator('.outcome').innerText()).toBe(outcome);
    await page.getByRole('link', { name: 'Library' }).first().click();
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    // A cast's portraits arrive as data: URLs the policy allows, and are drawn.
    await page.getByRole('link', { name: 'The Assistant Nobody Asked For' }).click();
    const portraits = page.locator('main img');
    await portraits.first().waitFor();
    expect(await portraits.count()).toBeGreaterThan(0);
    expect(
      await portraits.evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).every(
          (img) => img.src.startsWith('data:') && img.complete && img.naturalWidth > 0,
        ),
      ),
    ).toBe(true);
    await expectClean(watched);
    await watched.close();
  });

  it('opens a course of one scenario straight on its briefing; the library is a link away', async () => {
    const watched = await openPage(browser, pathToFileURL(single).href);
    const { page } = watched;
    await page.getByRole('button', { name: 'Start the scenario' }).waitFor();
    expect(page.url()).toMatch(/#\/s\/missed-deadline$/);
    await expectClean(watched);
    await page.getByRole('link', { name: 'Library' }).first().click();
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    expect(await page.getByRole('link', { name: 'The Missed Deadline' }).count()).toBe(1);
    await watched.close();
  });
});

describe('?scenario=', () => {
  it('opens a package on the scenario it names, and on the library when it names none the course has', async () => {
    const file = pathToFileURL(course).href;
    const watched = await openPage(browser, `${file}?scenario=project-slipping`);
    const { page } = watched;
    await page.getByRole('button', { name: 'Start the scenario' }).waitFor();
    expect(page.url()).toMatch(/\?scenario=project-slipping#\/s\/project-slipping$/);
    await page.goto(`${file}?scenario=nowhere`);
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    await expectClean(watched);
    await watched.close();
  });

  it('leaves the plain website on its library', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}?scenario=project-slipping`);
    const { page } = watched;
    await page.getByRole('heading', { name: 'Scenario library' }).waitFor();
    expect(page.url()).not.toMatch(/#\/s\//);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
