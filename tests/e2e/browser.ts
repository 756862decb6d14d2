/**
 * One way to start the system's Chromium for every browser test: headless, no
 * sandbox (CI runs as root), and none of the background traffic a closed network
 * refuses. Set CHROMIUM_PATH to use another binary. Pages record CSP violations and
 * uncaught errors so every test can assert there were none, and run on a slowed CPU
 * when CASEBOOK_CPU_THROTTLE asks for it. Audits run on a settled page: a verdict
 * must not depend on how far an animation had got on this machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Frame,
  type Page,
} from 'playwright-core';
import { cpuThrottleRate, timeScale } from './throttle';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** Uncaught page errors and console errors. */
  errors: string[];
  cspViolations: () => Promise<string[]>;
  close: () => Promise<void>;
}

export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  init?: () => void,
): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(30_000 * timeScale());
  // Every page of the context, the first and any it opens later (a popup, a new tab).
  context.on('page', (opened) => void throttle(opened));
  const page = await context.newPage();
  await throttle(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return {
    page,
    errors,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    close: () => context.close(),
  };
}

const throttling = new WeakMap<Page, Promise<number | undefined>>();

/** Slow the page's CPU down as CASEBOOK_CPU_THROTTLE asks (once per page). */
function throttle(page: Page): Promise<number | undefined> {
  let applied = throttling.get(page);
  if (!applied) {
    applied = (async () => {
      const rate = cpuThrottleRate();
      if (rate === undefined) return undefined;
      const session = await page.context().newCDPSession(page);
      await session.send('Emulation.setCPUThrottlingRate', { rate });
      return rate;
    })();
    throttling.set(page, applied);
  }
  return applied;
}

/** The CPU slowdown applied to a page, once it is applied; undefined for full speed. */
export function cpuThrottleOf(page: Page): Promise<number | undefined> {
  return throttling.get(page) ?? Promise.resolve(undefined);
}

/**
 * Wait until the page is still: the fonts are loaded and every running animation or
 * transition has finished (animations that start meanwhile are waited for too). A
 * paused animation is left alone: a test paused it to look at that frame.
 */
export async function settle(page: Page | Frame): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (;;) {
      const running = document.getAnimations().filter((a) => a.playState === 'running');
      if (running.length === 0) return;
      const endless = running.find((a) => a.effect?.getComputedTiming().endTime === Infinity);
      if (endless)
        throw new Error(
          `The animation ${(endless as CSSAnimation).animationName ?? endless.id} never ends, so the page never settles for an audit: give it a finite iteration count.`,
        );
      // A cancelled animation (its element left the page) rejects: it is over too.
      await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
    }
  });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Serious and critical accessibility violations on the settled page, by axe-core. */
export async function seriousViolations(page: Page | Frame): Promise<string[]> {
  await settle(page);
  return seriousAxeViolations(page);
}

/** The rules by which axe judges the contrast of text against what is behind it. */
export const CONTRAST_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Serious and critical violations found by axe on the page as it is now, without
 * waiting for it to settle (`rules` limits the audit to those rules). Tests that
 * freeze a frame on purpose use this; everything else uses `seriousViolations`.
 */
export async function seriousAxeViolations(
  page: Page | Frame,
  rules?: string[],
): Promise<string[]> {
  // Evaluated over the DevTools protocol: an inline <script> would (rightly) be refused by the app's CSP.
  await page.evaluate(axeSource);
  const options = rules
    ? { resultTypes: ['violations'], runOnly: { type: 'rule', values: rules } }
    : { resultTypes: ['violations'] };
  const violations = await page.evaluate(async (options) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: Document,
            o: object,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, options);
    return result.violations;
  }, options);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}
