// @vitest-environment jsdom
/**
 * Issue 18, after the ending: the debrief, the comparison of two runs and the profile read
 * in German show German headings, buttons and labels and no English page word; when the
 * learner switches to English the same pages read English, and the debrief is worded again
 * (its path's name is made in the active language, so a kept debrief would stay German),
 * also when only the language changes and the scenario, run and progress stay the same.
 */
import { act, cleanup, renderHook, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlayer } from '../../src/engine';
import { runById, setLanguage } from '../../src/progress';
import '../../src/i18n/areas/debrief';
import { useDebrief } from '../../src/ui/useDebrief';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { rootPath } from '../support/paths';
import { compileReference } from '../support/reference';
import { progressWithRuns } from '../support/seeded-runs';
import { untranslatedWords, useEnglish, usePseudoLocale } from '../support/untranslated';
import { MemoryStorage, renderApp, seedLayout } from './harness';

afterEach(async () => {
  cleanup();
  await switchLanguage('en');
});

const WEAK = ['ACCEPT_FRIDAY', 'TELL_ROSA_ITS_A_BLIP', 'SET_THE_DATES', 'LEAVE_IT_OPEN'];
const STRONG = [
  'ASK_WHAT_CHANGED',
  'ASK_ABOUT_CALLUM',
  'ASK_ABOUT_HOME',
  'THANK_AND_ASK_WHAT_HELPS',
  'RESET_WITH_CALLUM',
  'BOOK_FOLLOW_UP',
];

const catalog = (lang: string, area: string): Record<string, string> =>
  JSON.parse(readFileSync(rootPath(`src/i18n/catalogs/${lang}/${area}.json`), 'utf8')) as Record<
    string,
    string
  >;

const SAME = new Set(
  JSON.parse(
    readFileSync(rootPath('src/i18n/catalogs/de.same-as-english.json'), 'utf8'),
  ) as string[],
);

/**
 * The English page words of the three pages: each message's longest literal stretch (the
 * text between its placeholders and tags), when it is a phrase: a single word such as
 * "counterproductive" may be the debrief's generated sentences', which another area words.
 */
const ENGLISH_PAGE_WORDS = ['debrief', 'compare', 'profile'].flatMap((area) =>
  Object.entries(catalog('en', area))
    .filter(([id]) => area !== 'debrief' || id.startsWith('debrief.page.'))
    .filter(([id]) => !SAME.has(id))
    .map(
      ([, message]) =>
        message
          .split(
            /\{[^{}]*\}|[{}]|<\/?\d+\/?>|,\s*(?:plural|select)\s*,|\b(?:one|other|management|leadership|effective|strong|mixed|weak|none|improving|slipping)\s*(?=\{)/,
          )
          .map((s) => s.trim())
          .sort((a, b) => b.length - a.length)[0] ?? '',
    )
    .filter((text) => text.length >= 10 && text.includes(' ')),
);

/** The English page words found in `root`'s text. */
const englishIn = (root: Element) =>
  ENGLISH_PAGE_WORDS.filter((words) => (root.textContent ?? '').includes(words));

function germanLearner(): MemoryStorage {
  const progress = progressWithRuns(compileReference(), [
    { events: WEAK, endedAt: new Date('2026-03-01T09:00:00Z') },
    { events: STRONG, endedAt: new Date('2026-03-08T09:00:00Z') },
  ]);
  return seedLayout(new MemoryStorage(), {
    ...progress,
    settings: { ...progress.settings, language: 'de' },
  });
}

const de = (area: string, id: string) => catalog('de', area)[id] ?? id;

describe('the pages after the ending, in German', () => {
  it('has page words to look for', () => {
    expect(ENGLISH_PAGE_WORDS).toContain('Download as Markdown');
    expect(ENGLISH_PAGE_WORDS).toContain('How your choices are changing');
  });

  it('reads the debrief in German, and in English once the learner switches', async () => {
    const { container } = renderApp({
      storage: germanLearner(),
      hash: '#/s/missed-deadline/runs/r-profile-2/debrief',
    });
    await screen.findByRole('heading', { level: 1, name: 'Nachbesprechung: Die verpasste Frist' });
    expect(screen.getByRole('button', { name: 'Drucken' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Als Markdown herunterladen' })).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Mit Ihrem vorigen Durchlauf vergleichen' }),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Ihre Entscheidungen' })).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Erst nachdenken, dann planen' }),
    ).toBeTruthy();
    expect(
      screen.getAllByRole('button', { name: /^Ab dieser Entscheidung neu spielen/ }).length,
    ).toBe(STRONG.length);
    const path = `: ${de('debrief', 'debrief.path.blended')}`;
    expect(screen.getByRole('heading', { level: 3, name: `Empfohlener Pfad${path}` })).toBeTruthy();
    expect(englishIn(container)).toEqual([]);

    // The language changes without a change to the saved progress (as when it follows the
    // LMS or the browser): the debrief is worded again all the same.
    await act(async () => {
      await switchLanguage('en');
    });
    await screen.findByRole('button', { name: 'Print' });
    expect(screen.getByRole('heading', { level: 2, name: 'Your decisions' })).toBeTruthy();
    // The debrief was worded again: its path's name is English now, not the German it was.
    await screen.findByRole('heading', {
      level: 3,
      name: `Recommended path: ${catalog('en', 'debrief')['debrief.path.blended']}`,
    });
  });

  it('compares two runs in German, and in English once the learner switches', async () => {
    const { container, store } = renderApp({
      storage: germanLearner(),
      hash: '#/s/missed-deadline/compare/r-profile-2/r-profile-1',
    });
    await screen.findByRole('heading', {
      level: 1,
      name: 'Zwei Durchläufe von Die verpasste Frist',
    });
    expect(screen.getByRole('link', { name: de('compare', 'compare.back') })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Dieser Durchlauf' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Der andere Durchlauf' })).toBeTruthy();
    expect(container.textContent).toMatch(/\(schwacher Ausgang\)|\(gemischter Ausgang\)|Pfad: /);
    expect(englishIn(container)).toEqual([]);

    await act(async () => {
      store.update((p) => setLanguage(p, 'en'));
    });
    await screen.findByRole('region', { name: 'This run' });
    expect(screen.getByRole('link', { name: 'Back to the debrief' })).toBeTruthy();
  });

  it('reads the profile in German, and in English once the learner switches', async () => {
    const { container, store } = renderApp({ storage: germanLearner(), hash: '#/profile' });
    await screen.findByRole('heading', { level: 1, name: 'Ihr Profil' });
    await screen.findByRole('region', { name: 'Wie sich Ihre Entscheidungen verändern' });
    expect(screen.getByRole('heading', { level: 2, name: 'Ihre Kompetenzkarte' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Ihre Aktionspläne' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Wo stehen Sie in Ihrer Laufbahn?' })).toBeTruthy();
    expect(
      screen.getByRole('radio', { name: 'Übung: direkt nach jeder Entscheidung' }),
    ).toBeTruthy();
    // German dates ("1. März 2026" or "01.03.2026"), never the English forms.
    expect(container.textContent).toMatch(/1\. März 2026|01\.03\.2026/);
    expect(container.textContent).toMatch(/\(2-mal gespielt\)\. Zuerst .*schwacher Ausgang/);
    expect(englishIn(container)).toEqual([]);

    await act(async () => {
      store.update((p) => setLanguage(p, 'en'));
    });
    await screen.findByRole('heading', { level: 1, name: 'Your profile' });
    await screen.findByRole('region', { name: 'How your choices are changing' });
    expect(container.textContent).toMatch(/\(played 2 times\)\. First, .*weak outcome/);
  });
});

it('words a kept debrief again when only the language changes (the same scenario, run and progress)', async () => {
  const scenario = compileReference();
  const progress = progressWithRuns(scenario, [
    { events: STRONG, endedAt: new Date('2026-03-08T09:00:00Z') },
  ]);
  const player = createPlayer(scenario);
  const run = runById(progress, 'r-profile-1');
  await switchLanguage('de');
  const { result } = renderHook(() => useDebrief(undefined, player, run, progress));
  const german = result.current?.recommendation.title;
  expect(Object.values(catalog('de', 'debrief'))).toContain(german);
  await act(async () => {
    await switchLanguage('en');
  });
  expect(result.current?.recommendation.title).not.toBe(german);
  expect(Object.values(catalog('en', 'debrief'))).toContain(result.current?.recommendation.title);
});

it('compares two runs with no page word outside the catalogs (the en-XA pseudo-locale)', async () => {
  usePseudoLocale();
  try {
    const { container } = renderApp({
      storage: germanLearner(),
      hash: '#/s/missed-deadline/compare/r-profile-2/r-profile-1',
      language: 'en-XA',
    });
    await waitFor(() => expect(container.querySelectorAll('.compare-column')).toHaveLength(2));
    // The readings are src/debrief's sentences (another area's); the dates are Intl's.
    const readings = [...container.querySelectorAll('.compare-column > p > strong')].map((el) =>
      (el.textContent ?? '').replace(/\.$/, ''),
    );
    const dates = [...container.querySelectorAll('.when, option')].map(
      (el) => el.textContent ?? '',
    );
    expect(untranslatedWords(container, [...readings, ...dates])).toEqual([]);
  } finally {
    useEnglish();
  }
});
