/**
 * The learner's progress as the page's localStorage holds it, read and written in the
 * storage layout (the main key, then a key per run and per reflection), so browser tests
 * can seed it and check what was saved without knowing where each part lives.
 */
import type { Page } from 'playwright-core';
import {
  REFLECTION_KEY_PREFIX,
  RUN_KEY_PREFIX,
  STORAGE_KEY,
  plainRuns,
  type Progress,
} from '../../src/progress';

const KEYS = { main: STORAGE_KEY, run: RUN_KEY_PREFIX, reflection: REFLECTION_KEY_PREFIX };

/** What the page has saved, put together as one `Progress`. */
export function savedProgress(page: Page): Promise<Progress> {
  return page.evaluate((keys) => {
    const main = JSON.parse(localStorage.getItem(keys.main) ?? '{}') as Record<string, unknown>;
    const runs: Record<string, unknown> = {};
    const reflections: Record<string, unknown> = {};
    for (const key of Object.keys(localStorage)) {
      const value = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
      if (key.startsWith(keys.run)) runs[key.slice(keys.run.length)] = value;
      if (key.startsWith(keys.reflection)) reflections[key.slice(keys.reflection.length)] = value;
    }
    return { ...main, runs, reflections } as unknown as Progress;
  }, KEYS);
}

/**
 * Store `progress` in the page's localStorage, in the layout the app reads (every run,
 * including those an update holds apart, see `src/progress/runs.ts`).
 */
export async function seedProgress(page: Page, progress: Progress): Promise<void> {
  await page.evaluate(
    ([keys, p]) => {
      for (const [id, run] of Object.entries(p.runs))
        localStorage.setItem(keys.run + id, JSON.stringify(run));
      for (const [id, reflection] of Object.entries(p.reflections))
        localStorage.setItem(keys.reflection + id, JSON.stringify(reflection));
      const { settings, profile, version } = p;
      localStorage.setItem(keys.main, JSON.stringify({ version, settings, profile }));
    },
    [KEYS, plainRuns(progress)] as const,
  );
}
