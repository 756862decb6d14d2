/**
 * Format v1.1: author mode's check in the browser reports conditional text no run shows
 * (CB709) and text every run shows (CB710) at the `::: when` line of the picked
 * scenario.md, with the source line beside it, as `npm run check` does.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations } from './browser';
import { rootPath } from '../support/paths';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('conditional text in author mode', () => {
  it('warns at the ::: when line of a block no run shows and of one every run shows', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/author`);
    const { page } = watched;
    await page.getByRole('heading', { level: 1, name: 'Author mode' }).waitFor();
    await page
      .getByLabel('Choose files from a folder')
      .setInputFiles(rootPath('tests/fixtures/conditional/history-readers'));
    await page.getByText(/^Checked 1 scenario/).waitFor();

    const never = page.locator('li.diagnostic', { hasText: '[CB709]' });
    expect(await never.count()).toBe(2);
    const mixed = never.filter({ hasText: 'ending "ending-mixed"' });
    expect(await mixed.innerText()).toContain(
      'No run ever shows the text under "::: when read-the-log"',
    );
    expect(await mixed.locator('.source-line').innerText()).toMatch(/96 \| ::: when read-the-log/);

    const always = page.locator('li.diagnostic', { hasText: '[CB710]' });
    expect(await always.count()).toBe(2);
    const coaching = always.filter({ hasText: 'the coaching of ESCALATE_AGAIN' });
    expect(await coaching.locator('.source-line').innerText()).toMatch(/76 \| ::: when escalated/);

    expect(await seriousViolations(page)).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
