/**
 * Issue 18 in Chromium, on the built website: a learner whose browser asks for German
 * plays the German translation of The Missed Deadline from the library to its ending,
 * every page in German, with `lang` right and axe clean, reads the debrief's reading in
 * German, and finds the run listed with a
 * German date; and the learner's path read in the two pseudo-locales: `en-XA` (every app
 * word accented and 40% longer) shows no word that did not come through the catalogs from
 * the library to the ending, `ar-XB` (right to left) shows nothing overlapping or
 * sticking out sideways on any page to the profile. The German learner goes on to the debrief
 * (its reading worded in German, catalog area `reading`) and the profile, and the `en-XA`
 * walk too: their own words come through the catalogs.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { STORAGE_KEY } from '../../src/progress';
import { rootPath } from '../support/paths';
import { launchBrowser, openPage, seriousViolations, settle, type WatchedPage } from './browser';
import { choose, sceneReady } from './play';
import { overlapsOnPage, untranslatedOnPage } from './page-language';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A German message as the catalog has it (messages without placeholders only). */
function de(area: string, id: string): string {
  const catalog = JSON.parse(readFileSync(rootPath(`src/i18n/catalogs/de/${area}.json`), 'utf8'));
  return (catalog as Record<string, string>)[id] ?? '';
}

/** Every element marked as another language than the page, but the language picker's own names. */
const foreignMarks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body [lang]')]
      .filter(
        (el) =>
          el.tagName !== 'OPTION' && el.getAttribute('lang') !== document.documentElement.lang,
      )
      .map((el) => `${el.getAttribute('lang')}: ${el.outerHTML.slice(0, 100)}`),
  );

/** Play to the ending, taking the first choice of every scene. */
async function playToTheEnd(page: Page): Promise<void> {
  await sceneReady(page);
  let ended = false;
  while (!ended) ended = await choose(page, () => page.locator('button.choice').first().click());
}

async function expectClean(watched: WatchedPage): Promise<void> {
  await settle(watched.page);
  expect(await seriousViolations(watched.page)).toEqual([]);
  expect(await watched.cspViolations()).toEqual([]);
  expect(watched.errors).toEqual([]);
}

describe('a German learner', () => {
  it('plays the German scenario from the library to its ending, its debrief and the profile in German', async () => {
    const watched = await openPage(browser, inject('baseUrl'), { locale: 'de-DE' });
    const { page } = watched;
    await page.getByRole('heading', { level: 1, name: de('common', 'common.library') }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await expectClean(watched);
    await page.getByRole('link', { name: 'Die verpasste Frist' }).click();
    await page.getByRole('button', { name: de('briefing', 'briefing.start') }).click();
    await playToTheEnd(page);
    await page.getByRole('link', { name: de('ending', 'ending.debrief') }).waitFor();
    // The German scenario's words carry no mark: they are the page's language.
    expect(await foreignMarks(page)).toEqual([]);
    await expectClean(watched);
    // On from the ending to the debrief and the profile, their own words in German.
    await page.getByRole('link', { name: de('ending', 'ending.debrief') }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Nachbesprechung: Die verpasste Frist' })
      .waitFor();
    // The debrief's reading is worded in German (catalog area `reading`).
    const readings = [
      'balanced',
      'execution-without-direction',
      'direction-without-execution',
      'foundations-first',
    ].map((kind) => de('reading', `reading.diagnose.${kind}.title`));
    await page.getByRole('heading', { name: new RegExp(`^(${readings.join('|')})$`) }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page.getByRole('button', { name: de('debrief', 'debrief.page.print') }).waitFor();
    await page.getByRole('button', { name: de('debrief', 'debrief.page.download') }).waitFor();
    await page
      .getByRole('heading', {
        level: 2,
        name: de('debrief', 'debrief.page.decisions'),
        exact: true,
      })
      .waitFor();
    await page
      .getByRole('heading', { level: 2, name: de('debrief', 'debrief.page.reflect') })
      .waitFor();
    // The German scenario's and the German taxonomy's words carry no mark on the debrief either.
    expect(await foreignMarks(page)).toEqual([]);
    await expectClean(watched);
    await page.getByRole('link', { name: de('debrief', 'debrief.page.profile') }).click();
    await page.getByRole('heading', { level: 1, name: de('profile', 'profile.heading') }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await page
      .getByRole('heading', { level: 2, name: de('profile', 'profile.map.heading') })
      .waitFor();
    await page
      .getByRole('heading', { level: 2, name: de('profile', 'profile.plans.heading') })
      .waitFor();
    // Only the titles of scenarios not translated into German are marked, as English.
    for (const mark of await foreignMarks(page)) expect(mark).toMatch(/^en: <(a|strong) /);
    await expectClean(watched);
    // Back on the briefing, the run is listed with a German date ("3. Dezember 2026" or
    // "03.12.2026"), never the English forms.
    await page.goto(`${inject('baseUrl')}#/s/missed-deadline`);
    await page.getByRole('button', { name: de('briefing', 'briefing.start') }).waitFor();
    const month = new Intl.DateTimeFormat('de-DE', { month: 'long' }).format(new Date());
    const dated = page.getByText(
      new RegExp(`\\d{1,2}\\. ${month} \\d{4}|\\d{2}\\.\\d{2}\\.\\d{4}`),
    );
    await dated.first().waitFor();
    expect(await foreignMarks(page)).toEqual([]);
    await expectClean(watched);
    await watched.close();
  });

  it('reads an English-only scenario marked as English on a German page', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/s/leading-a-restructure`, {
      locale: 'de-DE',
    });
    const { page } = watched;
    await page.getByRole('button', { name: de('briefing', 'briefing.start') }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.locator('main h1').getAttribute('lang')).toBe('en');
    await expectClean(watched);
    await watched.close();
  });
});

/** Open the app with the learner's language setting at `tag` (the pseudo-locales are not in the picker). */
async function openIn(tag: string): Promise<WatchedPage> {
  const watched = await openPage(browser, `${inject('baseUrl')}#/profile`, { locale: 'en-GB' });
  const { page } = watched;
  await page.locator('#language-setting').selectOption('de');
  await page.locator('html[lang="de"]').waitFor({ state: 'attached' });
  await page.evaluate(
    ([key, tag]) => {
      const main = JSON.parse(localStorage.getItem(key) ?? '{}') as {
        settings: { language?: string };
      };
      main.settings.language = tag;
      localStorage.setItem(key, JSON.stringify(main));
    },
    [STORAGE_KEY, tag] as const,
  );
  await page.goto(inject('baseUrl'));
  await page.locator(`html[lang="${tag}"]`).waitFor({ state: 'attached' });
  await page.locator('main h1').waitFor();
  return watched;
}

/** The learner's path, page by page, to the ending (or on to the profile): `check` runs on each settled page. */
async function walkThePath(
  page: Page,
  check: (where: string) => Promise<void>,
  toTheProfile: boolean,
): Promise<void> {
  await check('library');
  await page.locator('a[href="#/s/missed-deadline"]').first().click();
  await page.locator('button.primary, button.start').first().waitFor();
  await check('briefing');
  await page.locator('button.primary, button.start').first().click();
  await sceneReady(page);
  await check('play');
  await playToTheEnd(page);
  await check('ending');
  if (!toTheProfile) return;
  await page.locator('a.button.primary[href*="/debrief"], a[href*="debrief"]').first().click();
  await page.locator('main h1').waitFor();
  await check('debrief');
  await page.goto(`${inject('baseUrl')}#/profile`);
  await page.locator('main h1').waitFor();
  await check('profile');
}

/**
 * What the en-XA walk allows on the debrief and the profile besides the course's marked
 * words: the texts src/debrief writes (the reading, its evidence and the decision words in
 * it, the path's reasons and focus, the reflection's questions, the suggestions' why, the
 * capability map's reading), another area's words that stay English until they come
 * through the catalogs; the course's words where they sit inside a page's sentence (a
 * chart's accessible name, the tab's title); and today's date, which `Intl` writes.
 * The page's own words around them are not allowed.
 */
const allowedAfterTheEnding = (page: Page) =>
  page.evaluate(() => {
    const own = (el: Element) =>
      [...el.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => (node.textContent ?? '').replace(/^[:\s]+/, '').trim());
    const generated = [
      '.diagnosis > h2',
      '.diagnosis .reading-rule',
      '.diagnosis .evidence li',
      '.diagnosis .evidence .decision-link',
      '.diagnosis .risk',
      '.diagnosis > p:not(.work-on)',
      '.diagnosis > ul li',
      '.diagnosis details li',
      '.path-reasons li',
      'section[aria-labelledby="path-heading"] > ul:not(.suggestions) li',
      '.suggestions li',
      '.reflection label.field',
      '.reflection .question',
      '.reflection .print-only li',
      'section[aria-labelledby="map-heading"] > p > strong',
    ];
    const reading = [
      ...document.querySelectorAll('section[aria-labelledby="map-heading"] > p > strong'),
    ].map((strong) => {
      let next = strong.nextSibling;
      while (next && (next.textContent ?? '').trim() === '') next = next.nextSibling;
      return (next?.textContent ?? '').trim();
    });
    const course = [...document.querySelectorAll('body [lang]')]
      .filter((el) => el.getAttribute('lang') !== document.documentElement.lang)
      .map((el) => (el.textContent ?? '').trim());
    const today = [navigator.language, document.documentElement.lang].flatMap((locale) =>
      (['medium', 'long'] as const).map((dateStyle) =>
        new Intl.DateTimeFormat(locale, { dateStyle }).format(new Date()),
      ),
    );
    return [...document.querySelectorAll(generated.join(','))]
      .flatMap(own)
      .concat(reading, course, today)
      .filter((text) => text.length > 0)
      .sort((a, b) => b.length - a.length);
  });

describe('the pseudo-locales', () => {
  it('en-XA: every word of the app from the library to the debrief and the profile comes through the catalogs', async () => {
    const watched = await openIn('en-XA');
    const found: string[] = [];
    await walkThePath(
      watched.page,
      async (where) => {
        await settle(watched.page);
        const known = await allowedAfterTheEnding(watched.page);
        for (const word of await untranslatedOnPage(watched.page, known))
          found.push(`${where}: ${word}`);
      },
      true,
    );
    expect(found).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('ar-XB: right to left, nothing on the learner’s path overlaps or sticks out', async () => {
    const watched = await openIn('ar-XB');
    expect(await watched.page.getAttribute('html', 'dir')).toBe('rtl');
    const found: string[] = [];
    await walkThePath(
      watched.page,
      async (where) => {
        await settle(watched.page);
        for (const problem of await overlapsOnPage(watched.page))
          found.push(`${where}: ${problem}`);
      },
      true,
    );
    expect(found).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
