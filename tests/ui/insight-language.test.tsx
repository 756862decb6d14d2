// @vitest-environment jsdom
/**
 * Issue 18: cohort insight in the lead's language. The page read in German, after a read
 * of an LRS export, shows no English words of its own (every English message of the
 * `insight` area is looked for in the page), with German numbers, percentages and
 * durations through `Intl`; under the pseudo-locale every word of the cohort view comes
 * through the catalog but the labels the statements carry; and a failed read is worded
 * in German from its code.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import english from '../../src/i18n/catalogs/en/insight.json';
import german from '../../src/i18n/catalogs/de/insight.json';
import type { CohortInsight, CohortReading, Suppressed } from '../../src/insight/types';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { CohortView } from '../../src/ui/insight/CohortView';
import { problemWords } from '../../src/ui/insight/problem-words';
import { buildCourse } from '../../src/vite/course-index';
import { cohortStatements } from '../support/insight-cohort';
import { ROOT } from '../support/paths';
import { untranslatedWords, useEnglish, usePseudoLocale } from '../support/untranslated';
import { renderApp } from './harness';

afterEach(() => {
  cleanup();
  useEnglish();
});

/** The English messages' fixed words (two words or more), where German differs. */
const ENGLISH_WORDS = Object.entries(english)
  .filter(([id, message]) => german[id as keyof typeof german] !== message)
  .flatMap(([, message]) => message.split(/[{}#<>]|\d\//))
  .map((piece) => piece.trim().replace(/^[,:;.()—-]+|[,:;.()—-]+$/g, ''))
  .filter((piece) => /[a-z]+ [a-z]+/i.test(piece) && !/\b(plural|select|other)\b/.test(piece));

const built = buildCourse('scenarios', ROOT);
const reference = built.scenarios.get('missed-deadline');
if (!reference) throw new Error('the reference scenario does not compile');
const STRONG = [
  'ASK_WHAT_CHANGED',
  'ASK_ABOUT_CALLUM',
  'ASK_ABOUT_HOME',
  'THANK_AND_ASK_WHAT_HELPS',
  'RESET_WITH_CALLUM',
  'BOOK_FOLLOW_UP',
];
const WEAK = ['ACCEPT_FRIDAY', 'TELL_ROSA_ITS_A_BLIP', 'SET_THE_DATES', 'LEAVE_IT_OPEN'];
const at = (d: number) => new Date(Date.UTC(2026, 10, d, 9));

describe('the insight page in German', () => {
  it('shows no English word of its own after a read, and German numbers', async () => {
    expect(ENGLISH_WORDS).toContain('Read from a Learning Record Store');
    await switchLanguage('de');
    const { container } = renderApp({ hash: '#/insight', language: 'de' });
    await screen.findByRole('heading', { level: 1, name: 'Kohorten-Auswertung' });
    const learners = Array.from({ length: 5 }, (_, i) => ({
      name: `learner-${i}`,
      events: i < 3 ? STRONG : WEAK,
      at: at(i + 2),
    }));
    const statements = cohortStatements(reference, built.index.taxonomy, learners);
    const input = screen.getByLabelText('LRS-Exportdatei öffnen') as HTMLInputElement;
    const file = new File([JSON.stringify({ statements })], 'export.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await screen.findByText(`Fertig: ${statements.length} Statements gelesen.`);
    const page = container.querySelector('article.insight') as HTMLElement;
    const numbers = screen.getByRole('table', { name: 'The Missed Deadline in Zahlen' });
    expect(within(numbers).getByRole('rowheader', { name: 'Lernende' })).toBeTruthy();
    expect(page.textContent).toContain('60\u00a0%');
    expect(page.textContent).toContain('Die gesamte Kohorte');
    const text = [
      page.textContent ?? '',
      ...[...page.querySelectorAll('[aria-label],[placeholder]')].map(
        (el) => `${el.getAttribute('aria-label')} ${el.getAttribute('placeholder')}`,
      ),
    ].join('\n');
    // The programme's reasons are the reading's own English sentences, marked lang="en".
    const reasons = [...page.querySelectorAll('[lang="en"]')].map((el) => el.textContent ?? '');
    const left = reasons.reduce((rest, r) => rest.split(r).join(' '), text);
    expect(ENGLISH_WORDS.filter((words) => left.includes(words))).toEqual([]);
  });

  it('words a failed read from its code', async () => {
    await switchLanguage('de');
    expect(
      problemWords({
        code: 'lrs-http',
        message: 'The LRS answered 401',
        lrs: { code: 'http', url: 'https://lrs.example.org/', status: 401, detail: '' },
      }),
    ).toBe(
      'Der LRS hat auf https://lrs.example.org/ mit 401 geantwortet (prüfen Sie Schlüssel und Geheimnis).',
    );
    expect(problemWords({ code: 'file-not-an-export', message: 'x', file: 'notes.txt' })).toMatch(
      /^notes\.txt ist kein LRS-Export/,
    );
  });
});

const HIDDEN: Suppressed = { suppressed: true, reason: 'fewer-than-min-learners' };
const reading = (): CohortReading => ({
  balance: {
    management: { effective: 1400, counterproductive: 3 },
    leadership: { effective: 6, counterproductive: 9 },
  },
  diagnoses: { 'execution-without-direction': 5, balanced: 2 },
  patterns: [{ pattern: 'low-trust', side: 'leadership', learners: 6 }],
  programme: { path: 'leadership-development', common: 'execution-without-direction', learners: 9 },
});

const insight: CohortInsight = {
  filter: {},
  statements: { read: 1200, used: 1040, skipped: 10, filtered: 6 },
  learners: 7,
  groupings: [],
  cohort: reading(),
  scenarios: [
    {
      id: 'sc',
      activity: 'https://example.org/au/sc',
      title: 'Qqq',
      learners: 7,
      starts: 9,
      completions: 8,
      outcomes: { strong: 3, mixed: 4, weak: 1 },
      endings: [{ id: 'end', outcome: 'strong', runs: 3 }],
      medianMs: 270_000,
      decisions: [
        {
          scene: { id: 'one', title: 'Qqq' },
          learners: 7,
          choices: [
            {
              event: 'ASK',
              label: 'Qqq',
              tag: 'leadership',
              behaviours: [{ id: 'b', label: 'Qqq', domain: 'leadership', polarity: 'effective' }],
              learners: 6,
              share: 6 / 7,
              rare: true,
            },
          ],
        },
        { scene: { id: 'two', title: 'Qqq' }, learners: 2, choices: HIDDEN },
      ],
      paths: {
        nodes: [
          { id: 'one', title: 'Qqq' },
          { id: 'ending:end', title: 'Qqq', outcome: 'strong' },
        ],
        links: [
          { from: 'one', to: 'ending:end', runs: 6 },
          { from: 'ending:end', to: 'one', runs: 5 },
        ],
        hiddenRuns: 3,
      },
      reading: reading(),
      attempts: {
        first: { runs: 7, outcomes: { strong: 2, mixed: 4, weak: 1 }, balance: reading().balance },
        later: HIDDEN,
      },
      months: [
        {
          month: '2026-10',
          summary: {
            learners: 5,
            starts: 6,
            completions: 5,
            outcomes: { strong: 2, mixed: 2, weak: 1 },
            balance: reading().balance,
          },
        },
        { month: '2026-11', summary: HIDDEN },
      ],
    },
  ],
};

it('words the page and its form through the catalogs (pseudo-locale)', async () => {
  usePseudoLocale();
  const { container } = renderApp({ hash: '#/insight', language: 'en-XA' });
  const page = await waitFor(() => {
    const found = container.querySelector('article.insight');
    if (!found) throw new Error('the insight page is not shown yet');
    return found;
  });
  const titles = built.index.scenarios.flatMap((s) => (s.card ? [s.card.title] : []));
  // The endpoint's example and the grouping key a lead types are addresses and xAPI words.
  const typed = ['https://lrs.example.org/xapi/', 'registration', 'LRS', 'IRI', 'UTC', 'L&D'];
  expect(untranslatedWords(page, [...titles, ...typed])).toEqual([]);
});

it('words every part of the cohort view through the catalogs (pseudo-locale)', () => {
  usePseudoLocale();
  const { container } = render(<CohortView insight={insight} />);
  // Intl writes en-XA's months and units as English does: those are its words, not ours.
  const intl = ['minutes', 'October', 'November'];
  expect(untranslatedWords(container, ['Qqq', 'Casebook', ...intl])).toEqual([]);
});

it('writes counts, durations and months as German does', async () => {
  await act(() => switchLanguage('de'));
  const { container } = render(<CohortView insight={insight} />);
  expect(container.textContent).toContain('1.200 Statements gelesen, 1.040 verwendet');
  expect(container.textContent).toContain('4,5 Minuten');
  expect(container.textContent).toContain('Oktober 2026');
  expect(container.textContent).toContain('86\u00a0%');
  expect(container.textContent).toContain('1.400');
  // The programme's reasons are German sentences, not English ones marked as English.
  expect(container.textContent).toContain('Bei 5 von 9 Lernenden lautet die Einschätzung „');
  expect(container.textContent).toContain('Wiederkehrende Fehlermuster: ');
  expect(container.textContent).toContain('Vorgeschlagenes Programm: ');
  expect(container.querySelector('.insight-programme + ul')?.getAttribute('lang')).toBeNull();
});
