/**
 * `npm run bench:debrief`: how long the debrief page is and how small its charts' text
 * gets, in Chromium on the production build (issue 14, item 5). For every bundled
 * scenario it seeds the longest of its seeded random runs 1…50 as a complete run, then
 * measures the debrief page's height at 1280×800 and, at 360×800, the smallest text in
 * its charts as drawn (the SVG font size times the scale the viewBox is drawn at).
 * Prints one line per scenario and the extremes; a figure, not a test verdict (the e2e
 * test tests/e2e/debrief-layout.e2e.test.ts holds the rules).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCourse } from '../src/compiler';
import { loadCourse, PROJECT_SCENARIOS } from '../src/disk/load';
import { createPlayer, randomRun, traceRun } from '../src/engine';
import { emptyProgress, type Progress } from '../src/progress';
import { launchBrowser, openPage } from '../tests/e2e/browser';
import { smallestChartText } from '../tests/e2e/chart-text';
import { seedProgress } from '../tests/e2e/saved';
import { ROOT } from './common';
import { serveProduction } from './serve-production';

const SEEDS = 50;
const TIME = '2026-11-20T10:00:00.000Z';

interface Seeded {
  id: string;
  progress: Progress;
  decisions: number;
}

function longestRuns(): Seeded[] {
  const course = compileCourse(loadCourse(PROJECT_SCENARIOS, ROOT));
  return course.scenarios.flatMap(({ scenario }) => {
    if (!scenario) return [];
    const player = createPlayer(scenario);
    let events: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const run = randomRun(player, seed);
      if (run.length > events.length) events = run;
    }
    const ending = traceRun(player, events).ending;
    if (!ending) return [];
    const progress = emptyProgress();
    progress.runs['r-bench'] = {
      id: 'r-bench',
      scenarioId: scenario.id,
      contentHash: scenario.contentHash,
      seed: 1,
      events,
      startedAt: TIME,
      updatedAt: TIME,
      finishedAt: TIME,
      status: 'complete',
      ending: { id: ending.id, outcome: ending.outcome },
    };
    return [{ id: scenario.id, progress, decisions: events.length }];
  });
}

async function main() {
  const outDir = mkdtempSync(join(tmpdir(), 'casebook-bench-debrief-'));
  const { server, url } = await serveProduction(outDir);
  const browser = await launchBrowser();
  try {
    const rows: string[] = [];
    let tallest = 0;
    let smallest = Infinity;
    for (const seeded of longestRuns()) {
      const link = `${url}#/s/${seeded.id}/runs/r-bench/debrief`;
      const measure = async (width: number) => {
        const watched = await openPage(browser, url, { viewport: { width, height: 800 } });
        await seedProgress(watched.page, seeded.progress);
        await watched.page.goto(link);
        await watched.page.reload();
        await watched.page.locator('.chart svg').first().waitFor();
        await watched.page.evaluate(() => document.fonts.ready);
        const height = await watched.page.evaluate(() => document.documentElement.scrollHeight);
        const text = await smallestChartText(watched.page);
        await watched.close();
        return { height, text };
      };
      const desktop = await measure(1280);
      const phone = await measure(360);
      tallest = Math.max(tallest, desktop.height);
      smallest = Math.min(smallest, phone.text);
      rows.push(
        `${seeded.id.padEnd(28)} ${String(seeded.decisions).padStart(3)} decisions  ${String(desktop.height).padStart(6)} px tall at 1280  chart text ${phone.text.toFixed(1)} px at 360`,
      );
    }
    console.log(rows.join('\n'));
    console.log(
      `\ntallest debrief at 1280 px: ${tallest} px; smallest chart text at 360 px: ${smallest.toFixed(1)} px`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
