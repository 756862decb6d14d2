/**
 * `npm run bench:ui`: what a learner's click and a briefing cost in Chromium, on a
 * generated 1,000-scene scenario served from the production build, with 0, 300 and
 * 3,000 saved runs of it seeded into localStorage before load (as one v2 document, the
 * shape every release so far reads; a release with a newer layout upgrades it on the
 * first load, which is not measured). For each count:
 *
 * - click script: the script time the page spent on a click on a random choice:
 *   Chrome's own `ScriptDuration` (CDP `Performance.getMetrics`) before and after, which
 *   counts every script task of the page, the click handler, the save and React's render
 *   included;
 * - briefing: a reload of a deep link to the scenario's briefing, until its start
 *   button is in the DOM (`performance.now()` from navigation start, in the page);
 * - next paint (with 0 and 3,000 saved runs): a real click at decision 2 and at decision
 *   50 of a 60-decision scenario (`chain.ts`), from the click to the frame that shows the
 *   next scene (`next-paint.ts`), beside a do-nothing control button timed the same way,
 *   and the app's share (click minus control), with that click's script time.
 *
 * Prints medians and p95; never run as a test (wall-clock time on a shared machine).
 * `CASEBOOK_CPU_THROTTLE=4` runs the pages on a CPU four times slower.
 * `CASEBOOK_BENCH_RUNS_OF=another` seeds the runs as runs of another scenario (one the
 * course does not serve), as a learner with years of other courses' runs has them: the
 * briefing then shows no history, and its open time is the cost of loading.
 * Arguments: scenes (1000), clicks per count (60), briefing loads per count (5), real
 * clicks per decision and count for the next-paint table (15).
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
import { chainScenario } from './chain';
import { generateScenario } from './generate';
import { addControlButton, installNextPaintProbe, timedClick } from './next-paint';

const SCENES = Number(process.argv[2] ?? 1000);
const CLICKS = Number(process.argv[3] ?? 60);
const LOADS = Number(process.argv[4] ?? 5);
const LATE = Number(process.argv[5] ?? 15);
/** The long scenario's length, and the decisions of it whose click is timed to the next paint. */
const CHAIN = 60;
const DECISIONS = [2, 50];
const LATE_COUNTS = [0, 3000];
const COUNTS = [0, 300, 3000];
const RUNS_OF = process.env.CASEBOOK_BENCH_RUNS_OF;

interface Seed {
  id: string;
  contentHash: string;
  events: string[];
  ending: string;
}

/** The generated scenario's first-choice path to an ending, to seed complete runs with. */
function seedOf(course: string, id: string): Seed {
  const compiled = compileCourse(loadCourse(course, ROOT)).scenarios.find(
    (s) => s.scenario?.id === id,
  )?.scenario;
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

/** One click on a random choice, until the next scene (or the end of the run) is in the DOM. */
function clickChoice(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const before = document.querySelector('h1')?.textContent;
        const buttons = [...document.querySelectorAll<HTMLButtonElement>('button.choice')];
        const button = buttons[Math.floor(Math.random() * buttons.length)];
        const observer = new MutationObserver(() => {
          const now = document.querySelector('h1')?.textContent;
          if (now !== before || !location.hash.includes('/play')) {
            observer.disconnect();
            resolve();
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
  script: number[];
  briefing: number[];
}

interface LateResult {
  count: number;
  decision: number;
  click: number[];
  control: number[];
  script: number[];
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
  const scriptMs: number[] = [];
  while (scriptMs.length < CLICKS) {
    await page.goto(briefingUrl);
    await start.click();
    await page.locator('button.choice').first().waitFor();
    while (scriptMs.length < CLICKS && page.url().includes('/play')) {
      const before = await script();
      await clickChoice(page);
      const after = await script();
      if (!page.url().includes('/play')) break;
      scriptMs.push((after - before) * 1000);
    }
  }
  await watched.close();
  return { count, script: scriptMs, briefing };
}

/** Real clicks at `decision` of the long scenario, each in a new run, beside the control. */
async function measureLate(
  browser: Browser,
  url: string,
  seed: Seed,
  chainId: string,
  count: number,
  decision: number,
): Promise<LateResult> {
  const watched = await openPage(browser, url, {}, installNextPaintProbe);
  const { page } = watched;
  await page.evaluate(
    (text) => {
      localStorage.clear();
      localStorage.setItem('casebook:progress', text);
    },
    v2Document(seed, count),
  );
  const chainUrl = `${url}#/s/${chainId}`;
  const start = page.getByRole('button', { name: /Start the scenario|Start again/ });
  // The first load upgrades what an older release saved; it is not measured.
  await page.goto(chainUrl);
  await page.reload();
  await start.waitFor({ timeout: 600_000 });
  const script = await scriptSeconds(page);
  const result: LateResult = { count, decision, click: [], control: [], script: [] };
  while (result.click.length < LATE) {
    await page.goto(chainUrl);
    await start.click();
    const choice = page.locator('button.choice').first();
    await choice.waitFor();
    for (let step = 1; step < decision; step++) {
      await page.evaluate(() =>
        document.querySelector<HTMLButtonElement>('button.choice')?.click(),
      );
      await page.getByRole('heading', { level: 1, name: `Hour ${step + 1}` }).waitFor();
    }
    result.control.push(await timedClick(page, await addControlButton(page)));
    const before = await script();
    result.click.push(await timedClick(page, choice));
    result.script.push(((await script()) - before) * 1000);
  }
  await watched.close();
  return result;
}

async function main(): Promise<void> {
  const course = mkdtempSync(join(tmpdir(), 'casebook-ui-bench-'));
  const outDir = join(course, 'dist');
  const generated = generateScenario({ scenes: SCENES, behaviours: loadTaxonomy().behaviours });
  mkdirSync(join(course, generated.folder));
  writeFileSync(join(course, generated.folder, 'scenario.md'), generated.scenarioMd);
  writeFileSync(join(course, generated.folder, 'machine.json'), generated.machineJson);
  const chain = chainScenario(CHAIN, loadTaxonomy().behaviours);
  mkdirSync(join(course, chain.folder));
  writeFileSync(join(course, chain.folder, 'scenario.md'), chain.scenarioMd);
  writeFileSync(join(course, chain.folder, 'machine.json'), chain.machineJson);
  cpSync(join(ROOT, 'scenarios', 'behaviours.json'), join(course, 'behaviours.json'));
  const seed = seedOf(course, generated.folder);
  process.env.CASEBOOK_SCENARIOS = course;
  const { server, url } = await serveProduction(outDir);
  const browser = await launchBrowser();
  const results: Result[] = [];
  const late: LateResult[] = [];
  try {
    for (const count of COUNTS) results.push(await measure(browser, url, seed, count));
    for (const count of LATE_COUNTS)
      for (const decision of DECISIONS)
        late.push(await measureLate(browser, url, seed, chain.folder, count, decision));
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
  const cell = (values: number[]) =>
    `${quantile(values, 0.5).toFixed(1).padStart(6)} ${quantile(values, 0.95).toFixed(1).padStart(6)}`;
  console.log('saved runs | click script ms (median, p95) | briefing open ms (median)');
  for (const r of results)
    console.log(
      `${String(r.count).padStart(10)} | ${cell(r.script)}${' '.repeat(17)}| ${quantile(r.briefing, 0.5).toFixed(0).padStart(8)}`,
    );
  console.log(
    `\nNext paint, ${LATE} real clicks each (a ${CHAIN}-decision scenario; ms, median and p95):`,
  );
  console.log(
    'saved runs | decision |   click to paint |   control (none) | app = click − control | click script',
  );
  for (const r of late) {
    const app = quantile(r.click, 0.5) - quantile(r.control, 0.5);
    console.log(
      `${String(r.count).padStart(10)} | ${String(r.decision).padStart(8)} | ${cell(r.click)}    | ${cell(r.control)}    | ${app.toFixed(1).padStart(21)} | ${cell(r.script)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
