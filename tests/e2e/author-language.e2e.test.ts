/**
 * Author mode in German on the built website (issue 18): a browser that asks for German
 * gets author mode's words from its own catalog chunks, fetched with the page, so the
 * check's result and its diagnostics (worded in the page from the data the check's worker
 * sends), the map, the scene reader with its guards and actions, and the player read
 * German. And in the right-to-left pseudo-locale, nothing of author mode overlaps or sticks out.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { STORAGE_KEY } from '../../src/progress';
import { launchBrowser, openPage, seriousViolations, settle } from './browser';
import { overlapsOnPage } from './page-language';
import { rootPath } from '../support/paths';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const catalog = (lang: string, area = 'author') =>
  JSON.parse(readFileSync(rootPath(`src/i18n/catalogs/${lang}/${area}.json`), 'utf8')) as Record<
    string,
    string
  >;
const de = catalog('de');

/** The literal runs of two words or more in author mode's and the check's English messages. */
const englishFragments = [
  ...Object.values(catalog('en')),
  ...Object.values(catalog('en', 'diagnostics')),
]
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

  // The check's warnings read German, in passages marked German (author mode checks as
  // `--strict` does: the quality gate's warnings too).
  const warnings = page.locator('li.diagnostic > span[lang]');
  expect(await warnings.count()).toBeGreaterThan(1);
  for (const lang of await warnings.evaluateAll((spans) =>
    spans.map((s) => s.getAttribute('lang')),
  ))
    expect(lang).toBe('de');
  expect(await warnings.allTextContents()).toContainEqual(
    expect.stringMatching(/^Kein Durchlauf erreicht das Ende "outcome-inspired"\./),
  );
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

it('ar-XB: right to left, nothing of the check, the map, the reader or the player overlaps', async () => {
  const watched = await openPage(browser, `${inject('baseUrl')}#/profile`, { locale: 'en-GB' });
  const { page } = watched;
  // The pseudo-locales are not in the picker: choose a language, then put ar-XB in its place.
  await page.locator('#language-setting').selectOption('de');
  await page.locator('html[lang="de"]').waitFor({ state: 'attached' });
  await page.evaluate((key) => {
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as {
      settings: { language?: string };
    };
    saved.settings.language = 'ar-XB';
    localStorage.setItem(key, JSON.stringify(saved));
  }, STORAGE_KEY);
  // A load of the page (not a change of its hash) reads the saved setting.
  await page.goto(inject('baseUrl'));
  await page.locator('html[dir="rtl"][lang="ar-XB"]').waitFor({ state: 'attached' });
  await page.goto(`${inject('baseUrl')}#/author`);
  await page.locator('article.author h1').waitFor();
  await page
    .locator('input[type="file"][webkitdirectory]')
    .setInputFiles(rootPath('tests/fixtures/check/cb701-third-ending-needs-more-trust/base-case'));
  const found: string[] = [];
  const look = async (where: string) => {
    await settle(page);
    for (const problem of await overlapsOnPage(page)) found.push(`${where}: ${problem}`);
  };
  const map = page.locator('.scenario-map [role="group"]');
  await map.waitFor();
  await look('the check and the map');
  await map.getByRole('button', { name: /^follow-up/ }).click();
  const play = page.locator('section.scene-reader button.primary');
  await play.waitFor();
  await look('the scene reader');
  await play.click();
  await page.locator('section.author-player .from-here[aria-busy="false"] li').first().waitFor();
  await look('the player');
  expect(found).toEqual([]);
  expect(watched.errors).toEqual([]);
  await watched.close();
});
