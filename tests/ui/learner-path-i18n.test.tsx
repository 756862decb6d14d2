// @vitest-environment jsdom
/**
 * Issue 18, the learner's path: with the long pseudo-locale active, every word the
 * library, the briefing, a run, its end and the error pages show comes through the
 * catalogs. What is left in plain English must be the course's (titles, prose, choices,
 * names: listed from the compiled course, h18s marks them with `lang`) or the checker's
 * diagnostics and the saved-progress notices (another area's, listed from the store).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/progress';
import { PageFailed } from '../../src/ui/errors/PageFailed';
import { buildCourse } from '../../src/vite/course-index';
import { ROOT } from '../support/paths';
import { compileReference } from '../support/reference';
import { untranslatedWords, useEnglish, usePseudoLocale } from '../support/untranslated';
import { courseFrom, MemoryStorage, renderApp } from './harness';

beforeEach(usePseudoLocale);
afterEach(() => {
  cleanup();
  useEnglish();
});

/** Every text of a course as compiled (titles, prose, choices, names), longest first. */
function courseWords(dir: string): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (/[A-Za-z]{3}/.test(value)) found.add(value);
    } else if (value instanceof Map) [...value.values()].forEach(walk);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(buildCourse(dir, ROOT));
  return [...found].sort((a, b) => b.length - a.length);
}

const REFERENCE = courseWords('scenarios');

const go = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
};

/** The progress notices' own texts (src/progress writes them) and what the diagnostics say. */
function otherAreas(store: ReturnType<typeof renderApp>['store']): string[] {
  return store.getSnapshot().notices.flatMap((n) => [n.message, n.source.path ?? '']);
}

/** `texts` longest first, so a long text is taken out whole before a short one splits it. */
const longestFirst = (...texts: string[][]) => texts.flat().sort((a, b) => b.length - a.length);

function savedRuns(runs: Record<string, unknown>): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(
    STORAGE_KEY,
    JSON.stringify({ version: 1, settings: { coaching: 'practice' }, runs }),
  );
  return storage;
}

const run = (id: string, events: string[], extra: Record<string, unknown> = {}) => ({
  id,
  scenarioId: 'missed-deadline',
  contentHash: compileReference().contentHash,
  seed: 1,
  events,
  startedAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-21T10:05:00.000Z',
  status: 'active',
  ...extra,
});

/** The page's language as the pseudo-locale: the course's words are then marked `lang="en"`. */
const PSEUDO = 'en-XA';

describe('the learner’s path in the pseudo-locale', () => {
  it('library: header, filters, cards, progress notes, transfer and footer', async () => {
    const storage = savedRuns({
      'r-a': run('r-a', ['ASK_WHAT_CHANGED']),
      'r-old': run('r-old', ['ASK_WHAT_CHANGED', 'GONE'], { contentHash: 'older' }),
    });
    const { container, store } = renderApp({ language: PSEUDO, storage });
    await screen.findAllByText(/ẋẋẋẋ/);
    fireEvent.change(screen.getAllByRole('combobox')[0]!, { target: { value: 'senior-leader' } });
    expect(untranslatedWords(container, longestFirst(REFERENCE, otherAreas(store)))).toEqual([]);
    expect(document.title).toMatch(/^\[/);
  });

  it('library: a scenario that failed to compile', () => {
    const dir = 'tests/fixtures/check/course-one-broken-of-three';
    const { container, course } = renderApp({ language: PSEUDO, course: courseFrom(dir) });
    const diagnostics = course.index.scenarios.flatMap((s) => s.diagnostics);
    const places = diagnostics.map((d) => `${d.file}:`).concat(diagnostics.map((d) => d.code));
    expect(untranslatedWords(container, [...courseWords(dir), ...places, 'beta-case'])).toEqual([]);
  });

  it('briefing, play with coaching and metrics, and the end of a run', async () => {
    const storage = savedRuns({
      'r-done': run('r-done', ['ASK_WHAT_CHANGED'], {
        status: 'complete',
        ending: { id: 'the-end', outcome: 'mixed' },
      }),
      'r-b': run('r-b', ['ASK_WHAT_CHANGED', 'ASK_ABOUT_CALLUM']),
    });
    const { container, store } = renderApp({
      language: PSEUDO,
      storage,
      hash: '#/s/missed-deadline',
    });
    await screen.findByText(/Six weeks ago/);
    const known = () => longestFirst(REFERENCE, otherAreas(store));
    expect(untranslatedWords(container, known())).toEqual([]);
    await go('#/s/missed-deadline/play');
    await screen.findAllByRole('button');
    expect(untranslatedWords(container, known())).toEqual([]);
    await go('#/s/missed-deadline/runs/r-b');
    await screen.findByRole('heading', { level: 2, name: /ŕöåđ/ });
    expect(untranslatedWords(container, known())).toEqual([]);
    await go('#/s/missed-deadline/runs/r-done');
    expect(untranslatedWords(container, known())).toEqual([]);
  });

  it('a timed decision: the clock and the Timers setting', async () => {
    const dir = 'tests/fixtures/check/timed-decision-valid';
    const { container } = renderApp({
      language: PSEUDO,
      course: courseFrom(dir),
      hash: '#/s/base-case',
    });
    fireEvent.click(await screen.findByRole('button', { name: /Šţåŕţ/ }));
    await screen.findByRole('group');
    // The fixture's speaker and line, as its prose shows them.
    const shown = ['"You wanted to see me?"', 'Sam'];
    expect(untranslatedWords(container, longestFirst(courseWords(dir), shown))).toEqual([]);
  });

  it('a page not found, a broken scenario’s page, and a page that failed', async () => {
    const { container } = renderApp({ language: PSEUDO, hash: '#/nowhere' });
    await screen.findByRole('heading', { level: 1 });
    expect(untranslatedWords(container, REFERENCE)).toEqual([]);
    cleanup();
    const dir = 'tests/fixtures/check/course-one-broken-of-three';
    const broken = renderApp({ language: PSEUDO, course: courseFrom(dir), hash: '#/s/beta-case' });
    await screen.findByRole('heading', { level: 1 });
    const codes = broken.course.index.scenarios.flatMap((s) =>
      s.diagnostics.flatMap((d) => [`${d.file}:`, d.code]),
    );
    expect(
      untranslatedWords(broken.container, [
        ...courseWords(dir),
        ...codes,
        'beta-case',
        'npm run dev',
      ]),
    ).toEqual([]);
    cleanup();
    const failed = render(<PageFailed error={new Error('Boom')} retry={() => undefined} />);
    expect(untranslatedWords(failed.container)).toEqual([]);
  });
});
