/**
 * `npm run bench:author`, its Chromium part: open a generated scenario in author mode
 * on the production build, as an author would (choose the scenario's folder), and
 * record the page's long tasks (PerformanceObserver 'longtask': main-thread tasks over
 * 50 ms) from choosing the folder to the map shown with every scene, then from "Play
 * from this scene" and one choice to the from-here figures shown. Prints the longest
 * task and the total blocking time (the sum of each long task's time past 50 ms);
 * the goal is no task over 50 ms. Wall-clock time on a shared machine: never a test.
 *
 *   tsx bench/author-browser.ts              # 200 and 1,000 scenes, 3 rounds each
 *   tsx bench/author-browser.ts 1000 5       # one size, 5 rounds
 *   tsx bench/author-browser.ts 1000 1 --loaf  # and each long animation frame's breakdown
 *
 * With `--loaf` it also prints, for every long animation frame over 50 ms, where its
 * time went (PerformanceObserver 'long-animation-frame'): each script with what
 * invoked it and its source position in the build, then style and layout; so a task
 * just over 50 ms on a loaded machine shows how much of it is the page's own script.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveProduction } from './serve-production';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/browser';
import { loadTaxonomy } from './common';
import { generateScenario } from './generate';

const args = process.argv.slice(2).filter((a) => /^\d+$/.test(a));
const SIZES = args[0] ? [Number(args[0])] : [200, 1000];
const ROUNDS = Number(args[1] ?? 3);
const LOAF = process.argv.includes('--loaf');

interface Tasks {
  longest: number;
  blocking: number;
  count: number;
  ms: number;
  frames: Frame[];
}

/** A long animation frame: its time, the scripts that ran in it, and its style and layout. */
interface Frame {
  start: number;
  duration: number;
  styleAndLayout: number;
  scripts: {
    invoker: string;
    source: string;
    duration: number;
    forcedStyleAndLayout: number;
  }[];
}

/** Long tasks since `since` (ms on the page's clock), read after two frames have been painted. */
async function tasksSince(page: Page, since: number): Promise<Tasks> {
  return page.evaluate(
    (since) =>
      new Promise<Tasks>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const w = window as unknown as {
              __long: { start: number; duration: number }[];
              __frames: Frame[];
            };
            const tasks = w.__long.filter((t) => t.start >= since);
            resolve({
              frames: w.__frames.filter((f) => f.start >= since),
              longest: Math.max(0, ...tasks.map((t) => t.duration)),
              blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
              count: tasks.length,
              ms: performance.now() - since,
            });
          }),
        ),
      ),
    since,
  );
}

const now = (page: Page) => page.evaluate(() => performance.now());

async function round(page: Page, url: string, folder: string, scenes: number) {
  await page.goto(`${url}#/author`);
  await page.getByRole('heading', { level: 1, name: 'Author mode' }).waitFor();
  // Let the page settle (its own chunks loaded) before the clock starts.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
  const t0 = await now(page);
  await page.getByLabel('Choose files from a folder').setInputFiles(folder);
  // Waits by CSS selector: role queries over thousands of elements would load the page's thread.
  await page.waitForFunction((n) => document.querySelectorAll('[data-scene]').length >= n, scenes, {
    timeout: 120_000,
  });
  const open = await tasksSince(page, t0);
  const t1 = await now(page);
  await page.locator('.reader-slot button', { hasText: 'Play from this scene' }).click();
  await page.locator('.author-player button.choice').first().click();
  await page.waitForFunction(
    () =>
      document.querySelector('.author-steps li:nth-child(2)') !== null &&
      /to an ending/.test(document.querySelector('.from-here')?.textContent ?? '') &&
      document.querySelector('.from-here')?.getAttribute('aria-busy') !== 'true',
    undefined,
    { timeout: 120_000 },
  );
  const play = await tasksSince(page, t1);
  return { open, play };
}

/** In the page before its scripts: keep every long task and long animation frame. */
function recordLongTasks() {
  type Script = {
    invoker: string;
    sourceURL: string;
    sourceFunctionName: string;
    sourceCharPosition: number;
    duration: number;
    forcedStyleAndLayoutDuration: number;
  };
  type LoAF = PerformanceEntry & { styleAndLayoutStart: number; scripts: Script[] };
  const w = window as unknown as { __long: unknown[]; __frames: Frame[] };
  w.__long = [];
  w.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as LoAF[])
      w.__frames.push({
        start: e.startTime,
        duration: e.duration,
        styleAndLayout:
          e.styleAndLayoutStart > 0 ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        scripts: e.scripts.map((s) => ({
          invoker: s.invoker,
          source: `${s.sourceURL.split('/').pop() ?? ''}:${s.sourceCharPosition} ${s.sourceFunctionName}`,
          duration: s.duration,
          forcedStyleAndLayout: s.forcedStyleAndLayoutDuration,
        })),
      });
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** Each long animation frame over 50 ms: its scripts, then its style and layout. */
function printFrames(title: string, frames: Frame[]): void {
  for (const f of frames.filter((f) => f.duration > 50)) {
    const script = f.scripts.reduce((sum, s) => sum + s.duration, 0);
    console.log(
      `${title} frame at ${f.start.toFixed(0)} ms: ${f.duration.toFixed(0)} ms = scripts ${script.toFixed(0)} + style and layout ${f.styleAndLayout.toFixed(0)} + other ${(f.duration - script - f.styleAndLayout).toFixed(0)}`,
    );
    for (const s of f.scripts)
      console.log(
        `  ${s.duration.toFixed(0).padStart(5)} ms ${s.invoker} — ${s.source}${s.forcedStyleAndLayout > 0 ? ` (forced style and layout ${s.forcedStyleAndLayout.toFixed(0)} ms)` : ''}`,
      );
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'casebook-author-bench-'));
  const outDir = join(work, 'dist');
  const { server, url } = await serveProduction(outDir);
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    for (const scenes of SIZES) {
      const generated = generateScenario({ scenes, behaviours: loadTaxonomy().behaviours });
      const folder = join(work, String(scenes), generated.folder);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'scenario.md'), generated.scenarioMd);
      writeFileSync(join(folder, 'machine.json'), generated.machineJson);
      const results: Awaited<ReturnType<typeof round>>[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript(recordLongTasks);
        const result = await round(page, url, folder, scenes);
        if (LOAF) {
          printFrames(`${scenes} scenes, round ${i + 1}, open:`, result.open.frames);
          printFrames(`${scenes} scenes, round ${i + 1}, play:`, result.play.frames);
        }
        results.push(result);
        await context.close();
      }
      const cell = (pick: (r: (typeof results)[number]) => number) =>
        median(results.map(pick)).toFixed(0);
      rows.push(
        `| ${scenes.toLocaleString('en')} | ${cell((r) => r.open.ms)} | ${cell((r) => r.open.longest)} | ${cell((r) => r.open.blocking)} | ${cell((r) => r.open.count)} | ${cell((r) => r.play.longest)} | ${cell((r) => r.play.blocking)} |`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(
    `Chromium headless, production build; ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; median of ${ROUNDS} rounds`,
  );
  console.log(
    '| scenes | folder chosen → map shown (ms) | longest task (ms) | total blocking (ms) | long tasks | play + choose: longest task (ms) | play + choose: total blocking (ms) |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
