/**
 * An author writing with `npm run dev` open: a real Vite dev server (the project's own
 * config, on a scratch copy of a small course) and Chromium. Every save of a broken
 * file and every reload shows the mistake in Vite's overlay and on the scenario's own
 * page; the fix brings the learner back to the same decision of the same run, and no
 * page ever says the run belongs to a scenario the course no longer has. A course
 * built with a broken scenario shows the same page, and its bundle has no dev code.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page, WebSocket } from 'playwright-core';
import { build, createServer, preview, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK_FOR_COURSE_ERRORS, COURSE_ERRORS_ANSWERED, type Diagnostic } from '../../src/contract';
import { buildCourse } from '../../src/vite/course-index';
import { ROOT } from '../support/paths';
import { launchBrowser, openPage, seriousViolations } from './browser';
import { savedProgress } from './saved';

/** Generous: other work shares the two cores, and a save costs a rebuild and a reload. */
const STATE = { timeout: 60_000 };
/** A whole authoring session: several saves, each a rebuild and a reload. */
const SESSION = 300_000;
const ORPHANED = 'which this course no longer has';

let browser: Browser;
let scratch: string;
beforeAll(async () => {
  browser = await launchBrowser();
  scratch = mkdtempSync(join(tmpdir(), 'casebook-dev-errors-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A small course: the taxonomy, the reference scenario and one more. */
function scratchCourse(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(ROOT, 'scenarios', 'behaviours.json'), join(dir, 'behaviours.json'));
  for (const id of ['missed-deadline', 'first-week-of-delegating'])
    cpSync(join(ROOT, 'scenarios', id), join(dir, id), { recursive: true });
  return dir;
}

/** Runs `start` with CASEBOOK_SCENARIOS (and NODE_ENV) set as `npm run dev`/`build` would have them. */
async function withCourse<T>(dir: string, mode: string, start: () => Promise<T>): Promise<T> {
  const saved = { course: process.env.CASEBOOK_SCENARIOS, mode: process.env.NODE_ENV };
  process.env.CASEBOOK_SCENARIOS = dir;
  process.env.NODE_ENV = mode;
  try {
    return await start();
  } finally {
    for (const [key, value] of [
      ['CASEBOOK_SCENARIOS', saved.course],
      ['NODE_ENV', saved.mode],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The first error the compiler finds in the course as it is on disk now. */
function firstError(dir: string): Diagnostic {
  const { index } = buildCourse(dir, ROOT);
  const all = [...index.diagnostics, ...index.scenarios.flatMap((s) => s.diagnostics)];
  const error = all.find((d) => d.severity === 'error');
  if (!error) throw new Error('The broken file has no error.');
  return error;
}

/**
 * Resolves with the plugin's answer to the next page load's question (the page asks on
 * every load, over a new socket), so a test knows the whole answer has arrived.
 */
function nextAnswer(page: Page): Promise<{ errors: number }> {
  return new Promise((resolve) => {
    const onSocket = (socket: WebSocket) =>
      socket.on('framereceived', ({ payload }) => {
        const message = JSON.parse(String(payload)) as { event?: string; data?: unknown };
        if (message.event !== COURSE_ERRORS_ANSWERED) return;
        page.off('websocket', onSocket);
        resolve(message.data as { errors: number });
      });
    page.on('websocket', onSocket);
  });
}

/** The overlay with `d`'s message and position, and the scenario's page listing it. */
async function expectShown(page: Page, d: Diagnostic, file: string): Promise<void> {
  const message = page.locator('vite-error-overlay .message-body');
  await message.filter({ hasText: `${d.message} [${d.code}]` }).waitFor(STATE);
  expect(await page.locator('vite-error-overlay .file').innerText()).toBe(
    `${file}:${d.range.start.line}:${d.range.start.col}`,
  );
  await page.getByRole('heading', { level: 1, name: 'This scenario has errors' }).waitFor(STATE);
  const listed = page.locator('ul.diagnostics > li', {
    hasText: `${d.file}:${d.range.start.line}:${d.range.start.col}`,
  });
  expect(await listed.innerText()).toContain(d.message);
  expect(await page.getByText('Page not found').count()).toBe(0);
}

describe('the dev server while an author writes', () => {
  let server: ViteDevServer | undefined;
  afterAll(async () => {
    await server?.close();
  });

  it(
    'shows each mistake in the overlay and on the scenario page at every save and reload, and the fix resumes the run',
    async () => {
      const course = scratchCourse('dev');
      const machine = join(course, 'missed-deadline', 'machine.json');
      const original = readFileSync(machine, 'utf8');
      server = await withCourse(course, 'development', () =>
        createServer({
          root: ROOT,
          configLoader: 'runner',
          logLevel: 'silent',
          cacheDir: join(scratch, 'vite-cache'),
          server: { host: '127.0.0.1', port: 0 },
        }),
      );
      await server.listen();
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('The dev server did not report its address.');

      // Every page load records whether a notice ever called the run orphaned.
      const watched = await openPage(browser, `${url}#/s/missed-deadline`, {}, () => {
        const check = () => {
          if (document.body?.textContent?.includes('which this course no longer has'))
            sessionStorage.setItem('orphaned-notice-seen', 'yes');
        };
        new MutationObserver(check).observe(document, {
          childList: true,
          subtree: true,
          characterData: true,
        });
      });
      const { page } = watched;
      await page.getByRole('button', { name: 'Start the scenario' }).click(STATE);
      await page.getByRole('button', { name: /Ask Adaeze what has changed/ }).click(STATE);
      await page.getByRole('button', { name: /walk you through what Callum/ }).click(STATE);
      await page.getByRole('heading', { level: 1, name: 'The work nobody sees' }).waitFor(STATE);
      const runBefore = await activeRunOf(page);
      expect(runBefore?.events).toEqual(['ASK_WHAT_CHANGED', 'ASK_ABOUT_CALLUM']);

      // A misspelt target: the page reloads, asks, and is shown the mistake.
      let answer = nextAnswer(page);
      writeFileSync(
        machine,
        original.replace('"target": "facts-on-table"', '"target": "facts-on-tabel"'),
      );
      expect(await answer).toEqual({ errors: 1 });
      const misspelt = firstError(course);
      expect(misspelt.message).toContain('"facts-on-tabel"');
      await expectShown(page, misspelt, machine);
      expect(await seriousViolations(page)).toEqual([]);

      // Reloading shows it again: the course is not rebuilt, the page asks anyway.
      answer = nextAnswer(page);
      await page.reload();
      expect((await answer).errors).toBeGreaterThan(0);
      await expectShown(page, misspelt, machine);

      // Another mistake in the same file replaces the first one.
      answer = nextAnswer(page);
      writeFileSync(machine, original.replace('"type": "adjust"', '"type": "adjsut"'));
      expect((await answer).errors).toBeGreaterThan(0);
      const unknownAction = firstError(course);
      expect(unknownAction.message).toContain('adjsut');
      await expectShown(page, unknownAction, machine);
      expect(await page.locator('vite-error-overlay .message-body').innerText()).not.toContain(
        'facts-on-tabel',
      );

      // The fix: no overlay, and the learner is back at the same decision of the same run.
      answer = nextAnswer(page);
      writeFileSync(machine, original);
      expect(await answer).toEqual({ errors: 0 });
      await page.getByRole('heading', { level: 1, name: 'The work nobody sees' }).waitFor(STATE);
      expect(await page.locator('vite-error-overlay').count()).toBe(0);
      expect(await page.getByText('Decision 3 of at most 8').count()).toBe(1);
      const runAfter = await activeRunOf(page);
      expect(runAfter?.id).toBe(runBefore?.id);
      expect(runAfter?.events).toEqual(runBefore?.events);

      expect(await page.evaluate(() => sessionStorage.getItem('orphaned-notice-seen'))).toBeNull();
      expect(await page.getByText(ORPHANED).count()).toBe(0);
      expect(watched.errors).toEqual([]);
      await watched.close();
    },
    SESSION,
  );
});

/** The learner's run of the reference scenario in progress, as saved in the browser. */
async function activeRunOf(page: Page): Promise<{ id: string; events: string[] } | undefined> {
  const saved = await savedProgress(page);
  const run = Object.values(saved.runs).find(
    (r) => r.status === 'active' && r.scenarioId === 'missed-deadline',
  );
  return run && { id: run.id, events: run.events };
}

describe('a course built with a broken scenario', () => {
  it(
    'lists the diagnostics on the scenario page, and its bundle carries none of the dev-server code',
    async () => {
      const course = scratchCourse('built');
      const machine = join(course, 'missed-deadline', 'machine.json');
      writeFileSync(
        machine,
        readFileSync(machine, 'utf8').replace(
          '"target": "facts-on-table"',
          '"target": "facts-on-tabel"',
        ),
      );
      const outDir = join(scratch, 'dist');
      await withCourse(course, 'production', () =>
        build({
          root: ROOT,
          configLoader: 'runner',
          logLevel: 'silent',
          build: { outDir, emptyOutDir: true },
        }),
      );
      const shipped = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(join(outDir, f), 'utf8'));
      expect(shipped.length).toBeGreaterThan(0);
      for (const text of shipped) {
        expect(text).not.toContain(ASK_FOR_COURSE_ERRORS);
        expect(text).not.toContain('import.meta.hot');
      }
      const served = await preview({
        root: ROOT,
        configLoader: 'runner',
        logLevel: 'silent',
        build: { outDir },
        preview: { host: '127.0.0.1', port: 0 },
      });
      try {
        const url = served.resolvedUrls?.local[0];
        const watched = await openPage(browser, `${url}#/s/missed-deadline/play`);
        const { page } = watched;
        await page
          .getByRole('heading', { level: 1, name: 'This scenario has errors' })
          .waitFor(STATE);
        const d = firstError(course);
        const where = `${relative(ROOT, machine)}:${d.range.start.line}:${d.range.start.col}`;
        expect(await page.locator('ul.diagnostics > li').innerText()).toContain(where);
        expect(await page.locator('ul.diagnostics > li').innerText()).toContain(d.message);
        expect(await page.locator('vite-error-overlay').count()).toBe(0);
        expect(await seriousViolations(page)).toEqual([]);
        await page.goto(`${url}#/s/first-week-of-delegating`);
        await page.getByRole('button', { name: 'Start the scenario' }).waitFor(STATE);
        expect(await watched.cspViolations()).toEqual([]);
        expect(watched.errors).toEqual([]);
        await watched.close();
      } finally {
        await served.close();
      }
    },
    SESSION,
  );
});
