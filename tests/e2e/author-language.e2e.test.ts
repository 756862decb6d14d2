/**
 * Author mode in German on the built website (issue 18): a browser that asks for German
 * gets author mode's words from its own catalog chunk, fetched with the page, so the
 * check's result, the map, the scene reader and the player read German; only the
 * check's own words (diagnostics, guards, actions) stay English, marked lang="en".
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
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

const catalog = (lang: string) =>
  JSON.parse(readFileSync(rootPath(`src/i18n/catalogs/${lang}/author.json`), 'utf8')) as Record<
    string,
    string
  >;
const de = catalog('de');

/** The literal runs of two words or more in author mode's English messages. */
const englishFragments = Object.values(catalog('en'))
  .flatMap((message) => message.split(/\{[^{}]*\}|<\/?\d+\/?>|[{}]/))
  .map((part) => part.replace(/^[\s,.:;()·]+|[\s,.:;()·]+$/g, ''))
  .filter((part) => /^[A-Za-z][A-Za-z' -]* [A-Za-z' -]*[a-z]$/.test(part) && part.length >= 8);

it('shows the check, the map, the reader and the player in German', async () => {
  const watched = await openPage(browser, `${inject('baseUrl')}#/author`, { locale: 'de-DE' });
  const { page } = watched;
  await page.getByRole('heading', { level: 1, name: de['author.heading'] }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('de');
  await page
    .getByLabel(de['author.folder.chooseFromFolder'] ?? '')
    .setInputFiles(rootPath('tests/fixtures/check/cb701-third-ending-needs-more-trust/base-case'));
  await page.getByText(/^1 Szenario geprüft: /).waitFor();
  const map = page.getByRole('group', { name: 'Karte von Base Case' });
  await map.waitFor();
  await map.getByRole('button', { name: /^follow-up/ }).click();
  const reader = page.getByRole('region', { name: /follow-up: Follow up/ });
  await reader.getByRole('button', { name: de['author.reader.play'] }).click();
  const player = page.getByRole('region', { name: 'Ab follow-up spielen' });
  await player.getByRole('heading', { name: 'Jetzt in follow-up: Follow up' }).waitFor();
  await player.locator('.from-here[aria-busy="false"] li').first().waitFor();

  const words = await page.evaluate(() => {
    const copy = document.querySelector('article.author')?.cloneNode(true) as Element;
    copy.querySelectorAll('[lang="en"], code').forEach((e) => e.remove());
    const labels = [...copy.querySelectorAll('[aria-label]')].map((e) =>
      e.getAttribute('aria-label'),
    );
    return [copy.textContent ?? '', ...labels].join('\n');
  });
  expect(englishFragments.length).toBeGreaterThan(50);
  expect(englishFragments.filter((f) => words.includes(f))).toEqual([]);
  expect(words).toContain(de['author.paths.caption']);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await watched.cspViolations()).toEqual([]);
  expect(watched.errors).toEqual([]);
  await watched.close();
});
