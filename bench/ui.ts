/**
 * `npm run bench:ui`: from a click on a choice to the next scene painted, in Chromium,
 * on a generated 1,000-scene scenario served from the production build. Each sample
 * is measured inside the page: the click, the new scene's heading in the DOM, then two
 * animation frames (the frame that shows it has been painted). Prints the median and
 * p95; never run as a test (wall-clock time on a shared machine).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { launchBrowser } from '../tests/e2e/browser';
import { loadTaxonomy, ROOT } from './common';
import { generateScenario } from './generate';

const SCENES = Number(process.argv[2] ?? 1000);
const SAMPLES = Number(process.argv[3] ?? 200);

async function main(): Promise<void> {
  const course = mkdtempSync(join(tmpdir(), 'casebook-ui-bench-'));
  const outDir = join(course, 'dist');
  const generated = generateScenario({ scenes: SCENES, behaviours: loadTaxonomy().behaviours });
  mkdirSync(join(course, generated.folder));
  writeFileSync(join(course, generated.folder, 'scenario.md'), generated.scenarioMd);
  writeFileSync(join(course, generated.folder, 'machine.json'), generated.machineJson);
  cpSync(join(ROOT, 'scenarios', 'behaviours.json'), join(course, 'behaviours.json'));
  process.env.CASEBOOK_SCENARIOS = course;
  process.env.NODE_ENV = 'production';
  await build({
    root: ROOT,
    mode: 'production',
    configLoader: 'runner',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const server = await preview({
    root: ROOT,
    configLoader: 'runner',
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const url = server.resolvedUrls?.local[0] ?? '';
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const samples: number[] = [];
  try {
    while (samples.length < SAMPLES) {
      await page.goto(`${url}#/s/${generated.folder}`);
      await page.getByRole('button', { name: /Start the scenario|Start again/ }).click();
      await page.locator('button.choice').first().waitFor();
      for (;;) {
        const ms = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const heading = document.querySelector('h1');
              const before = heading?.textContent;
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
              observer.observe(document.body, {
                childList: true,
                subtree: true,
                characterData: true,
              });
              button?.click();
            }),
        );
        if (!page.url().includes('/play')) break;
        samples.push(ms);
        if (samples.length >= SAMPLES) break;
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(course, { recursive: true, force: true });
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  console.log(
    `Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores; Node ${process.version}; Chromium headless`,
  );
  console.log(`Scenario: ${SCENES} scenes (generated), production build, ${samples.length} clicks`);
  console.log(
    `Click to next scene painted: median ${pick(0.5).toFixed(1)} ms, p95 ${pick(0.95).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
