/**
 * Author mode in Chromium, under the production CSP: pick a scenario folder, and the
 * compiler (loaded only now) reports each problem with its file, line and source
 * line; nothing is uploaded and nothing breaks the page.
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

describe('author mode in Chromium', () => {
  it('checks a picked folder in the browser and shows the diagnostics with their source lines', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/author`);
    const { page } = watched;
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') requests.push(`${r.method()} ${r.url()}`);
    });
    await page.getByRole('heading', { level: 1, name: 'Author mode' }).waitFor();
    await page
      .getByLabel('Open a folder')
      .setInputFiles(rootPath('tests/fixtures/check/cb205-unknown-target/base-case'));
    await page.getByText(/^Checked 1 scenario/).waitFor();
    const item = page.locator('li.diagnostic', { hasText: '[CB205]' });
    expect(await item.innerText()).toContain('Did you mean "wrap-up"?');
    expect(await item.locator('.source-line').innerText()).toMatch(/\d+ \| .*"target"/);
    expect(requests).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
