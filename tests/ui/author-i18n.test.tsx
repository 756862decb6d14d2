// @vitest-environment jsdom
/**
 * Author mode in German (issue 18): a browser that asks for German sees the page's own
 * words — headings, buttons, the map, the reader, the player and its inspector — in German,
 * and no English sentence of author mode's catalog anywhere but in what is marked lang="en"
 * (the scenario's own words); the check's guard and action words read in German; and under the long
 * pseudo-locale no plain word of author mode shows that did not come through the catalogs.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import english from '../../src/i18n/catalogs/en/author.json';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { renderApp, violations } from './harness';
import { rootPath } from '../support/paths';
import { pickedFiles } from '../support/picked-files';

let languages = ['de-DE'];
beforeEach(() => {
  languages = ['de-DE'];
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
});
afterEach(async () => {
  cleanup();
  languages = ['en-US'];
  await act(() => switchLanguage('en'));
});

/** The literal runs of words of author mode's English messages (two words at least): what must not show in German. */
function englishFragments(): string[] {
  return Object.values(english)
    .flatMap((message) => message.split(/\{[^{}]*\}|<\/?\d+\/?>|[{}]/))
    .map((part) => part.replace(/^[\s,.:;()·]+|[\s,.:;()·]+$/g, ''))
    .filter((part) => /^[A-Za-z][A-Za-z' -]* [A-Za-z' -]*[a-z]$/.test(part) && part.length >= 8);
}

/** The page's text and labels, leaving out what is marked English (the check's own words) and code (commands, file names). */
function pageWords(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('[lang="en"], code').forEach((e) => e.remove());
  const labels = [...copy.querySelectorAll('[aria-label]')].map((e) =>
    e.getAttribute('aria-label'),
  );
  return [copy.textContent ?? '', ...labels].join('\n');
}

it('shows author mode in German, with only the check’s own words in English', async () => {
  renderApp({ hash: '#/author' });
  const input = await screen.findByLabelText('Ordner öffnen', {}, { timeout: 20_000 });
  expect(screen.getByRole('heading', { level: 1, name: 'Autorenmodus' })).toBeTruthy();
  await act(async () => {
    fireEvent.change(input, {
      target: {
        files: pickedFiles(rootPath('tests/fixtures/check/cb701-third-ending-needs-more-trust')),
      },
    });
  });
  await screen.findByText(/^1 Szenario geprüft: /);
  const map = await screen.findByRole('group', { name: 'Karte von Base Case' });
  expect(screen.getByRole('button', { name: 'Erneut prüfen' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Wege' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Karte' })).toBeTruthy();
  expect(screen.getByRole('columnheader', { name: 'Durchläufe' })).toBeTruthy();
  expect(screen.getByLabelText('Zur Szene')).toBeTruthy();
  expect(
    within(map)
      .getByRole('button', { name: /^outcome-inspired/ })
      .getAttribute('aria-label'),
  ).toContain('⚠ Ende, das kein Durchlauf');

  fireEvent.click(within(map).getByRole('button', { name: /^follow-up/ }));
  const reader = screen.getByRole('region', { name: /follow-up: Follow up/ });
  expect(reader.textContent).toContain('gewählt: 2 Durchläufe');
  expect(reader.textContent).toContain(
    'Durch diese Szene: 4 Durchläufe; Ankunft in 2 verschiedenen Zuständen.',
  );
  fireEvent.click(within(reader).getByRole('button', { name: 'Ab dieser Szene spielen' }));
  const player = screen.getByRole('region', { name: 'Ab follow-up spielen' });
  expect(
    within(player).getByRole('heading', { name: 'Jetzt in follow-up: Follow up' }),
  ).toBeTruthy();
  const fromHere = within(player).getByRole('region', { name: 'Von hier aus, mit diesen Werten' });
  await waitFor(() => expect(fromHere.getAttribute('aria-busy')).toBe('false'));
  expect(fromHere.textContent).toMatch(/Durchl(auf|äufe) bis zu einem Ende/);
  expect(
    within(player).getByRole('button', { name: 'Letzte Entscheidung zurücknehmen' }),
  ).toBeTruthy();
  expect(within(player).getByRole('group', { name: 'Aktuelle Metriken und Flags' })).toBeTruthy();
  expect(player.textContent).toContain('Begonnen bei follow-up.');
  fireEvent.input(within(player).getByLabelText('Trust between you and Sam'), {
    target: { value: '2' },
  });
  expect(player.textContent).toContain('follow-up: geändert – Trust between you and Sam auf 2.');
  await waitFor(() =>
    expect(fromHere.textContent).toContain('outcome-inspired (Starker Ausgang): 1 Durchlauf'),
  );

  // The scenario's own words are the author's English, and are marked so.
  expect(reader.querySelector('.scene-prose')?.getAttribute('lang')).toBe('en');
  expect(
    within(reader).getAllByText('Choose agree a date.')[0]?.closest('[lang]')?.getAttribute('lang'),
  ).toBe('en');
  expect(within(player).getByText('Trust between you and Sam').getAttribute('lang')).toBe('en');
  // The check's guard and action words read in the page's language, so nothing marks them English.
  expect(reader.textContent).toContain('trust +1');
  const english = [...document.querySelectorAll('[lang="en"]')].map((e) => e.textContent);
  expect(english.join(' ')).not.toContain('trust +1');

  const page = document.querySelector('article.author') as Element;
  const words = pageWords(page);
  const fragments = englishFragments();
  expect(fragments.length).toBeGreaterThan(50);
  expect(fragments.filter((f) => words.includes(f))).toEqual([]);
  expect(await violations(page as HTMLElement)).toEqual([]);

  // Back in English, the page follows, the map's memoised scene boxes too.
  await act(() => switchLanguage('en'));
  expect(screen.getByRole('heading', { level: 1, name: 'Author mode' })).toBeTruthy();
  expect(
    within(screen.getByRole('group', { name: 'Map of Base Case' }))
      .getByRole('button', { name: /^outcome-inspired/ })
      .getAttribute('aria-label'),
  ).toContain('ending no run reaches');
  // The status line and the player's log, written in German, read in English now too.
  expect(screen.getByText(/^Checked 1 scenario: /)).toBeTruthy();
  const log = screen.getByRole('region', { name: 'Play from follow-up' });
  expect(log.textContent).toContain('Started at follow-up.');
  expect(log.textContent).toContain('follow-up: set Trust between you and Sam to 2.');
  expect(log.textContent).not.toContain('Begonnen bei');
});

/** Plain English words in the page's own text and labels, under the long pseudo-locale (every app word accented). */
function plainWords(root: Element, known: readonly string[]): string[] {
  const copy = root.cloneNode(true) as Element;
  // English the page marks so (a diagnostic not in the page's language), the author's code and source lines, and the scenario's own marked words.
  copy.querySelectorAll('[lang="en"], code, pre').forEach((e) => e.remove());
  const texts = [
    ...[...copy.querySelectorAll('*')].flatMap((e) =>
      [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? ''),
    ),
    ...[...copy.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label') ?? ''),
  ];
  return texts
    .map((text) => known.reduce((rest, k) => rest.split(k).join(' '), text))
    .filter((text) => /[A-Za-z]{3,}/.test(text));
}

it('shows no word that did not come through the catalogs (the long pseudo-locale)', async () => {
  languages = ['en-US'];
  renderApp({ hash: '#/author' });
  await act(() => switchLanguage('en-XA'));
  const input = await screen.findByLabelText(/Öþéñ å ƒöļđéŕ/, {}, { timeout: 20_000 });
  await act(async () => {
    fireEvent.change(input, {
      target: {
        files: pickedFiles(rootPath('tests/fixtures/check/cb701-third-ending-needs-more-trust')),
      },
    });
  });
  const map = await screen.findByRole('group', { name: /Base Case/ });
  fireEvent.click(within(map).getByRole('button', { name: /^follow-up/ }));
  fireEvent.click(screen.getByRole('button', { name: /Þļåý ƒŕöɱ ţĥîš šçéñé/ }));
  const fromHere = document.querySelector('.author-player .from-here') as Element;
  await waitFor(() => expect(fromHere.getAttribute('aria-busy')).toBe('false'));
  // The scenario's ids, title and labels, which the author wrote (the folder's name too).
  const known = [
    'base-case',
    'Base Case',
    ...['opening', 'follow-up', 'wrap-up', 'outcome-inspired', 'outcome-strong', 'outcome-weak'],
    ...['Opening', 'Follow up', 'Wrap up', 'Outcome inspired', 'Outcome strong', 'Outcome weak'],
    ...['LISTEN', 'LECTURE', 'AGREE_A_DATE', 'MOVE_ON'],
    'Trust between you and Sam',
    // The metric's id, in the check's words for an action ("trust +1"), read in the page's language.
    'trust',
    // The format's own word for an outcome, quoted as written in a warning of the check.
    '"strong"',
  ];
  expect(plainWords(document.querySelector('article.author') as Element, known)).toEqual([]);
});
