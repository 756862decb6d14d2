/**
 * Issue 18 in Chromium, on the built website: a learner whose browser asks for German
 * plays the German translation of The Missed Deadline from the library to its ending,
 * every page in German, with `lang` right and axe clean, reads the debrief's reading in
 * German, and finds the run listed with a
 * German date; and the learner's path read in the two pseudo-locales: `en-XA` (every app
 * word accented and 40% longer) shows no word that did not come through the catalogs and
 * nothing overlapping, from the library to the profile, `ar-XB` (right to left) shows nothing overlapping or
 * sticking out sideways on any page to the profile. The German learner goes on to the debrief
 * (its reading worded in German, catalog area `reading`) and the profile, and the `en-XA`
 * walk too: their own words come through the catalogs.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { compileCourse } from '../../src/compiler';
import { loadCourse } from '../../src/disk/load';
import { STORAGE_KEY } from '../../src/progress';
import { ROOT, rootPath } from '../support/paths';
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
 * The course's own English words, which the debrief and the profile put inside a page's
 * sentence (a behaviour label in a reading, a choice label in a reflection question, a
 * scenario's title in a suggestion), where no `lang` can mark them: the scenarios' titles,
 * scene and ending titles, choice labels (and their beginnings, as the ending's evidence
 * shortens a long one at a word), metric labels and cast, and every behaviour label as
 * written and as it reads in a list (first letter lower case).
 */
function courseWordsInSentences(): string[] {
  const beginnings = (label: string) => {
    const words = label.split(' ');
    return words.map((_, k) => words.slice(0, k + 1).join(' ')).filter((b) => b.length > 3);
  };
  const course = compileCourse(loadCourse('scenarios', ROOT));
  const words = course.scenarios.flatMap(({ scenario }) =>
    scenario
      ? [
          scenario.title,
          ...scenario.scenes.flatMap((scene) => [
            scene.title ?? '',
            ...scene.choices.flatMap((c) => beginnings(c.label)),
          ]),
          ...scenario.metrics.map((m) => m.label),
          ...(scenario.characters ?? []).flatMap((c) => [c.name, c.role ?? '']),
        ]
      : [],
  );
  const taxonomy = JSON.parse(readFileSync(rootPath('scenarios/behaviours.json'), 'utf8')) as {
    behaviours: { label: string }[];
  };
  const labels = taxonomy.behaviours.flatMap((b) => [
    b.label,
    b.label.charAt(0).toLowerCase() + b.label.slice(1),
  ]);
  return [...new Set([...words, ...labels])].filter((w) => w.length > 0);
}

/**
 * What the en-XA walk allows besides those: the course's words the page marks as another
 * language, and today's date, which `Intl` writes. Everything else — the page's own words
 * and every sentence the debrief writes — must come through the catalogs.
 */
const markedAndToday = (page: Page) =>
  page.evaluate(() => {
    const course = [...document.querySelectorAll('body [lang]')]
      .filter((el) => el.getAttribute('lang') !== document.documentElement.lang)
      .map((el) => (el.textContent ?? '').trim());
    const today = [navigator.language, document.documentElement.lang].flatMap((locale) =>
      (['medium', 'long'] as const).map((dateStyle) =>
        new Intl.DateTimeFormat(locale, { dateStyle }).format(new Date()),
      ),
    );
    return [...course, ...today].filter((text) => text.length > 0);
  });

describe('the pseudo-locales', () => {
  it('en-XA: every word of the app from the library to the debrief and the profile comes through the catalogs, and 40% longer text breaks no layout', async () => {
    const watched = await openIn('en-XA');
    const courseWords = courseWordsInSentences();
    const found: string[] = [];
    await walkThePath(
      watched.page,
      async (where) => {
        await settle(watched.page);
        const known = [...courseWords, ...(await markedAndToday(watched.page))].sort(
          (a, b) => b.length - a.length,
        );
        for (const word of await untranslatedOnPage(watched.page, known))
          found.push(`${where}: ${word}`);
        // Every message 40% longer: nothing may overlap or stick out sideways.
        for (const problem of await overlapsOnPage(watched.page))
          found.push(`${where}: ${problem}`);
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
