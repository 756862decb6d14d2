/**
 * Renders the whole app in jsdom with a real compiled course and an in-memory
 * storage, so component tests exercise the same code the browser runs.
 */
import { render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { buildCourse } from '../../src/vite/course-index';
import type { StorageLike } from '../../src/progress';
import { App } from '../../src/ui/App';
import { CourseContext, type Course } from '../../src/ui/course';
import { LanguageRoot } from '../../src/ui/i18n/LanguageRoot';
import { LanguageContext } from '../../src/ui/i18n/language';
import { ProgressStore, StoreContext } from '../../src/ui/store';
import { MemoryStorage } from '../progress/memory-storage';
import { ROOT } from '../support/paths';

export { MemoryStorage, seedLayout } from '../progress/memory-storage';

export function courseFrom(dir: string): Course {
  const built = buildCourse(dir, ROOT);
  const loaders = Object.fromEntries(
    [...built.scenarios].map(([id, scenario]) => [id, async () => ({ default: scenario })]),
  );
  // As the Vite plugin serves it: the index without its taxonomy, which loads on its own,
  // and each translation (issue 18) in its own chunk.
  const { taxonomy, ...index } = built.index;
  const translations = Object.fromEntries(
    [...built.translations].map(([id, list]) => [
      id,
      Object.fromEntries(list.map((t) => [t.lang, async () => ({ default: t })])),
    ]),
  );
  const taxonomyTranslations = Object.fromEntries(
    built.taxonomyTranslations.map((t) => [t.lang, async () => t]),
  );
  return { index, loaders, taxonomy: async () => taxonomy, translations, taxonomyTranslations };
}

export function renderApp(
  options: { course?: Course; storage?: StorageLike; hash?: string; language?: string } = {},
) {
  window.location.hash = options.hash ?? '#/';
  const storage = options.storage ?? new MemoryStorage();
  const store = new ProgressStore(storage, () => new Date('2026-11-22T10:00:00Z'));
  const course = options.course ?? courseFrom('scenarios');
  const result = render(
    <CourseContext.Provider value={course}>
      <StoreContext.Provider value={store}>
        {/* As main.tsx mounts it; a test may fix the language the course's words are read in instead. */}
        {options.language === undefined ? (
          <LanguageRoot>
            <App />
          </LanguageRoot>
        ) : (
          <LanguageContext.Provider value={options.language}>
            <App />
          </LanguageContext.Provider>
        )}
      </StoreContext.Provider>
    </CourseContext.Provider>,
  );
  return { ...result, store, storage, course };
}

/** Accessibility violations by axe-core (colour contrast is checked in the real browser tests). */
export async function violations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * The button named `name` once it can be pressed: a page shows its buttons before its
 * scenario has loaded, disabled, and a click on one of those does nothing.
 */
export function enabledButton(name: string | RegExp): Promise<HTMLButtonElement> {
  return waitFor(() => {
    const button = screen.getByRole('button', { name }) as HTMLButtonElement;
    if (button.disabled) throw new Error(`"${String(name)}" is not enabled yet`);
    return button;
  });
}
