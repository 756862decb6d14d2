/**
 * `npm run bench:ui`: what a learner's click and a briefing cost in Chromium, on a
 * generated 1,000-scene scenario served from the production build, with 0, 300 and
 * 3,000 saved runs of it seeded into localStorage before load (as one v2 document, the
 * shape every release so far reads; a release with a newer layout upgrades it on the
 * first load, which is not measured). For each count:
 *
 * - click: from a click on a choice to the next scene painted (the click, the new
 *   scene's heading in the DOM, then two animation frames), and the script time the
 *   page spent on it: Chrome's own `ScriptDuration` (CDP `Performance.getMetrics`)
 *   before and after, which counts every script task of the page, the click handler,
 *   the save and React's render included;
 * - briefing: a reload of a deep link to the scenario's briefing, until its start
 *   button is in the DOM (`performance.now()` from navigation start, in the page).
 *
 * Prints medians and p95; never run as a test (wall-clock time on a shared machine).
 * `CASEBOOK_CPU_THROTTLE=4` runs the pages on a CPU four times slower.
 * `CASEBOOK_BENCH_RUNS_OF=another` seeds the runs as runs of another scenario (one the
 * course does not serve), as a learner with years of other courses' runs has them: the
 * briefing then shows no history, and its open time is the cost of loading.
 * Arguments: scenes (1000), clicks per count (60), briefing loads per count (5).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveProduction } from './serve-production';
import { compileCourse } from '../src/compiler';
import { loadCourse } from '../src/disk/load';
import { choose, createPlayer, isFinished, offeredChoices, startRun } from '../src/engine';
import { cpuThrottleRate } from '../tests/e2e/throttle';
import { launchBrowser, openPage } from '../tests/e2e/browser';
import { loadTaxonomy, ROOT } from './common';
import { generateScenario } from './generate';

const SCENES = Number(process.argv[2] ?? 1000);
const CLICKS = Number(process.argv[3] ?? 60);
const LOADS = Number(process.argv[4] ?? 5);
const COUNTS = [0, 300, 3000];
const RUNS_OF = process.env.CASEBOOK_BENCH_RUNS_OF;

interface Seed {
  id: string;
  contentHash: string;
  events: string[];
  ending: string;
}

/** The generated scenario's first-choice path to an ending, to seed complete runs with. */
function seedOf(course: string): Seed {
  const compiled = compileCourse(loadCourse(course, ROOT)).scenarios[0]?.scenario;
  if (!compiled) throw new Error('The generated scenario does not compile.');
  const player = createPlayer(compiled);
  let snapshot = startRun(player);
  const events: string[] = [];
  while (!isFinished(snapshot)) {
    const event = offeredChoices(player, snapshot, 1)[0]?.event;
    const next = event === undefined ? undefined : choose(player, snapshot, event);
    if (!event || !next) throw new Error('The generated scenario has a dead end.');
    events.push(event);
    snapshot = next;
  }
  return {
    id: compiled.id,
    contentHash: compiled.contentHash,
    events,
    ending: String(snapshot.value),
  };
}

/** `count` complete runs of the scenario, as the v2 release saved them. */
function v2Document(seed: Seed, count: number): string {
  const runs: Record<string, unknown> = {};
  const time = '2026-01-01T10:00:00.000Z';
  for (let i = 0; i < count; i++) {
    const id = `r-seeded-${i}`;
    runs[id] = {
      id,
      scenarioId: RUNS_OF ?? seed.id,
      contentHash: seed.contentHash,
      seed: i,
      events: seed.events,
      startedAt: time,
      updatedAt: time,
      finishedAt: time,
      status: 'complete',
      ending: { id: seed.ending, outcome: 'mixed' },
    };
  }
  const settings = { coaching: 'assessment' };
  return JSON.stringify({ version: 2, runs, settings, profile: {}, reflections: {} });
}

async function scriptSeconds(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN;
  };
}

/** One click on a random choice, timed in the page to the next scene painted. */
function clickToPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const before = document.querySelector('h1')?.textContent;
        const buttons = [...document.querySelectorAll<HTMLButtonElement>('button.choice')];
        const button = buttons[Math.floor(Math.random() * buttons.length)];
        const start = performance.now();
        const observer = new MutationObserver(() => {
          const now = document.querySelector('h1')?.textContent;
          if (now !== before || !location.hash.includes('/play')) {
            observer.disconnect();
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(performance.now() - start)),
            );
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        button?.click();
      }),
  );
}

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

interface Result {
  count: number;
  paint: number[];
  script: number[];
  briefing: number[];
}

async function measure(browser: Browser, url: string, seed: Seed, count: number): Promise<Result> {
  const briefingUrl = `${url}#/s/${seed.id}`;
  const watched = await openPage(browser, url, {}, () => {
    // When the briefing's start button is first in the DOM, from navigation start.
    const w = window as unknown as { __briefingAt?: number };
    const observer = new MutationObserver(() => {
      const start = [...document.querySelectorAll('button')].find((b) =>
        /Start the scenario|Start again/.test(b.textContent ?? ''),
      );
      if (start && w.__briefingAt === undefined) {
        w.__briefingAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const { page } = watched;
  await page.evaluate(
    (text) => {
      localStorage.clear();
      localStorage.setItem('casebook:progress', text);
    },
    v2Document(seed, count),
  );
  const start = page.getByRole('button', { name: /Start the scenario|Start again/ });
  // The first load upgrades what an older release saved; it is not measured.
  await page.goto(briefingUrl);
  await page.reload();
  await start.waitFor({ timeout: 600_000 });
  const briefing: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.reload();
    await start.waitFor({ timeout: 600_000 });
    await page.waitForFunction(() => (window as { __briefingAt?: number }).__briefingAt);
    briefing.push(await page.evaluate(() => (window as { __briefingAt?: number }).__briefingAt!));
  }
  const script = await scriptSeconds(page);
  const paint: number[] = [];
  const scriptMs: number[] = [];
  while (paint.length < CLICKS) {
    await page.goto(briefingUrl);
    await start.click();
    await page.locator('button.choice').first().waitFor();
    while (paint.length < CLICKS && page.url().includes('/play')) {
      const before = await script();
      const ms = await clickToPaint(page);
      const after = await script();
      if (!page.url().includes('/play')) break;
      paint.push(ms);
      scriptMs.push((after - before) * 1000);
    }
  }
  await watched.close();
  return { count, paint, script: scriptMs, briefing };
}

async function main(): Promise<void> {
  const course = mkdtempSync(join(tmpdir(), 'casebook-ui-bench-'));
  const outDir = join(course, 'dist');
  const generated = generateScenario({ scenes: SCENES, behaviours: loadTaxonomy().behaviours });
  mkdirSync(join(course, generated.folder));
  writeFileSync(join(course, generated.folder, 'scenario.md'), generated.scenarioMd);
  writeFileSync(join(course, generated.folder, 'machine.json'), generated.machineJson);
  cpSync(join(ROOT, 'scenarios', 'behaviours.json'), join(course, 'behaviours.json'));
  const seed = seedOf(course);
  process.env.CASEBOOK_SCENARIOS = course;
  const { server, url } = await serveProduction(outDir);
  const browser = await launchBrowser();
  const results: Result[] = [];
  try {
    for (const count of COUNTS) results.push(await measure(browser, url, seed, count));
  } finally {
    await browser.close();
    await server.close();
    rmSync(course, { recursive: true, force: true });
  }
  const throttle = cpuThrottleRate();
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores; Node ${process.version}; Chromium headless` +
      (throttle ? `, CPU throttled ${throttle}×` : ''),
  );
  console.log(
    `Scenario: ${SCENES} scenes (generated), production build; seeded runs replay ${seed.events.length} choices each` +
      (RUNS_OF ? `, as runs of "${RUNS_OF}"` : ''),
  );
  console.log(
    'saved runs | click script ms (median, p95) | click to paint ms (median, p95) | briefing open ms (median)',
  );
  for (const r of results)
    console.log(
      `${String(r.count).padStart(10)} | ${quantile(r.script, 0.5).toFixed(1).padStart(6)} ${quantile(r.script, 0.95).toFixed(1).padStart(6)}` +
        `${' '.repeat(17)}| ${quantile(r.paint, 0.5).toFixed(1).padStart(6)} ${quantile(r.paint, 0.95).toFixed(1).padStart(6)}` +
        `${' '.repeat(19)}| ${quantile(r.briefing, 0.5).toFixed(0).padStart(8)}`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
