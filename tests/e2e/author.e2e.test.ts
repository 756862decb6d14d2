/**
 * Author mode in Chromium, under the production CSP: pick a scenario folder, and the
 * compiler (loaded only now) reports each problem with its file, line and source
 * line; the map marks what the analysis found; the player starts at a middle scene
 * with metrics edited in the inspector. A folder opened with the File System Access
 * API is checked again by itself when a file in it changes. Nothing is uploaded and
 * nothing breaks the page.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations } from './browser';
import { rootPath } from '../support/paths';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Record every request that is not a GET of the app's own files: an upload would show here. */
function watchRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' || !r.url().startsWith(inject('baseUrl')))
      requests.push(`${r.method()} ${r.url()}`);
  });
  return requests;
}

/**
 * Record, in the page, what it asks of its Web Workers (comlink's calls carry the
 * method's name as `path`) and how many of those calls each worker answered.
 */
function recordWorkerCalls() {
  const w = window as unknown as {
    __workers: { url: string; asked: string[]; answered: number }[];
  };
  w.__workers = [];
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const record = { url: String(url), asked: [] as string[], answered: 0 };
      w.__workers.push(record);
      const ids = new Set<string>();
      const post = this.postMessage.bind(this) as (message: unknown, ...rest: unknown[]) => void;
      this.postMessage = (message: unknown, ...rest: unknown[]) => {
        const m = message as { id?: string; path?: string[] };
        if (m?.id && m.path) {
          ids.add(m.id);
          record.asked.push(m.path.join('.'));
        }
        post(message, ...rest);
      };
      this.addEventListener('message', (e) => {
        const id = (e.data as { id?: string } | undefined)?.id;
        if (id && ids.delete(id)) record.answered++;
      });
    }
  } as typeof Worker;
}

type Recorded = { url: string; asked: string[]; answered: number }[];

describe('author mode in Chromium', () => {
  it('checks a picked folder in the browser and shows the diagnostics with their source lines', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/author`);
    const { page } = watched;
    const requests = watchRequests(page);
    await page.getByRole('heading', { level: 1, name: 'Author mode' }).waitFor();
    await page
      .getByLabel('Choose files from a folder')
      .setInputFiles(rootPath('tests/fixtures/check/cb205-unknown-target/base-case'));
    await page.getByText(/^Checked 1 scenario/).waitFor();
    const item = page.locator('li.diagnostic', { hasText: '[CB205]' });
    expect(await item.innerText()).toContain('Did you mean "wrap-up"?');
    expect(await item.locator('.source-line').innerText()).toMatch(/\d+ \| .*"target"/);
    expect(requests).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('maps the picked scenario and plays it from a middle scene with an edited metric', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/author`, {}, recordWorkerCalls);
    const { page } = watched;
    const requests = watchRequests(page);
    await page.getByRole('heading', { level: 1, name: 'Author mode' }).waitFor();
    // No worker (and so no compiler) until the author gives the page files to check.
    expect(
      await page.evaluate(() => (window as unknown as { __workers: Recorded }).__workers),
    ).toEqual([]);
    await page
      .getByLabel('Choose files from a folder')
      .setInputFiles(
        rootPath('tests/fixtures/check/cb701-third-ending-needs-more-trust/base-case'),
      );
    await page.getByText(/^Checked 1 scenario: 0 errors/).waitFor();
    expect(await page.locator('li.diagnostic', { hasText: '[CB701]' }).count()).toBe(1);

    const map = page.getByRole('group', { name: 'Map of Base Case' });
    await map.waitFor();
    expect(await map.getByRole('button').count()).toBe(6);
    const inspired = map.getByRole('button', { name: /^outcome-inspired/ });
    expect(await inspired.getAttribute('aria-label')).toContain('ending no run reaches');
    // The boxes do not overlap, and the map is drawn (the layout ran in the page).
    const boxes = await map.getByRole('button').evaluateAll((nodes) =>
      nodes.map((n) => {
        const r = n.getBoundingClientRect();
        return { id: n.getAttribute('data-scene'), l: r.left, t: r.top, r: r.right, b: r.bottom };
      }),
    );
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => !(a.r <= b.l || b.r <= a.l || a.b <= b.t || b.b <= a.t))
        .map((b) => `${a.id} × ${b.id}`),
    );
    expect(boxes.every((b) => b.r - b.l > 100)).toBe(true);
    expect(overlapping, JSON.stringify(boxes)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'casebook-author-map.png'), fullPage: true });

    // Keyboard: Tab to the middle scene's box and open it with Enter.
    await map.getByRole('button', { name: /^follow-up/ }).focus();
    await page.keyboard.press('Enter');
    const reader = page.getByRole('region', { name: /follow-up: Follow up/ });
    await reader.waitFor();
    expect(await reader.innerText()).toContain('4 runs pass through here');

    await reader.getByRole('button', { name: 'Play from this scene' }).click();
    const player = page.getByRole('region', { name: 'Play from follow-up' });
    await player.getByRole('heading', { name: 'Now in follow-up: Follow up' }).waitFor();
    await player.getByLabel('Trust between you and Sam').fill('2');
    await player.getByText('outcome-inspired (Strong outcome): 1 run').waitFor();
    // The from-here figures came from the worker: the region is no longer busy.
    expect(await player.locator('.from-here').getAttribute('aria-busy')).toBe('false');
    await player.getByRole('button', { name: /Choose agree a date/ }).click();
    await player.getByRole('heading', { name: /^Ending: .*\(Strong outcome\)$/ }).waitFor();
    expect(await player.getByLabel('Trust between you and Sam').inputValue()).toBe('3');
    expect(await player.innerText()).toContain('Coaching note');
    await page.screenshot({ path: join(tmpdir(), 'casebook-author-play.png'), fullPage: true });

    // The check, the map's layout and every from-here analysis ran in author mode's
    // worker, which answered each call.
    const workers = await page.evaluate(
      () => (window as unknown as { __workers: Recorded }).__workers,
    );
    expect(workers).toHaveLength(1);
    const [worker] = workers;
    expect(worker?.url).toMatch(/author\.worker/);
    expect(worker?.asked.slice(0, 2)).toEqual(['check', 'part']);
    expect(worker?.asked).toContain('layout');
    // Once at the scene played from, once after the inspector's edit (the ending needs none).
    expect(worker?.asked.filter((m) => m === 'fromHere')).toHaveLength(2);
    expect(worker?.answered).toBe(worker?.asked.length);

    expect(requests).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('opens a folder with the File System Access API and checks again when a file changes', async () => {
    const machine = readFileSync(
      rootPath('tests/fixtures/check/cb205-unknown-target/base-case/machine.json'),
      'utf8',
    );
    const scenario = readFileSync(
      rootPath('tests/fixtures/check/cb205-unknown-target/base-case/scenario.md'),
      'utf8',
    );
    const watched = await openPage(browser, `${inject('baseUrl')}#/author`);
    const { page } = watched;
    const requests = watchRequests(page);
    // The page's timers run on the test's clock: the watch looks at the folder again
    // only when the test moves time on, so what it sees cannot depend on this machine.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    // A real directory handle from the origin-private file system stands in for the
    // folder the author would choose in the browser's own dialog; it counts how often
    // the page lists the folder (every look at it starts with a listing).
    await page.evaluate(
      async ({ machine, scenario }) => {
        const root = await navigator.storage.getDirectory();
        const folder = await root.getDirectoryHandle('base-case', { create: true });
        for (const [name, text] of [
          ['machine.json', machine],
          ['scenario.md', scenario],
        ] as const) {
          const file = await folder.getFileHandle(name, { create: true });
          const writable = await file.createWritable();
          await writable.write(text);
          await writable.close();
        }
        const w = window as unknown as { __listings: number; showDirectoryPicker: unknown };
        w.__listings = 0;
        const counted = new Proxy(folder, {
          get(target, key) {
            if (key === 'values') {
              return () => {
                w.__listings++;
                return target.values();
              };
            }
            const value: unknown = Reflect.get(target, key);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
        w.showDirectoryPicker = async () => counted;
      },
      { machine, scenario },
    );
    await page.getByRole('button', { name: 'Open a folder' }).click();
    await page.getByText(/^Checked 1 scenario: 1 error/).waitFor();
    expect(await page.getByLabel(/Check again when a file in base-case changes/).isChecked()).toBe(
      true,
    );

    // The author fixes the typo in their editor and saves.
    const fixed = machine.replace(/"wrap_up"|"wrapup"|"wrap-upp"/, '"wrap-up"');
    expect(fixed).not.toBe(machine);
    await page.evaluate(async (text) => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle('base-case');
      const writable = await (await folder.getFileHandle('machine.json')).createWritable();
      await writable.write(text);
      await writable.close();
    }, fixed);
    await page.clock.runFor(1000);
    await page
      .getByText(/A file changed in base-case; checked again\. Checked 1 scenario: 0 errors/)
      .waitFor();
    // The map draws in steps on the page's timers, which run on the test's clock: move it on
    // in small steps until the map is there.
    const map = page.getByRole('group', { name: /^Map of / });
    for (let step = 0; step < 100 && !(await map.isVisible()); step++) await page.clock.runFor(50);
    await map.waitFor();

    // With the watch off, a save is seen only when the author asks: Check again reads
    // the folder anew.
    await page.getByLabel(/Check again when a file in base-case changes/).uncheck();
    const listings = () =>
      page.evaluate(() => (window as unknown as { __listings: number }).__listings);
    const before = await listings();
    await page.evaluate(async (text) => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle('base-case');
      const writable = await (await folder.getFileHandle('machine.json')).createWritable();
      await writable.write(text);
      await writable.close();
    }, machine);
    // Five of the watch's seconds go by: nothing looks at the folder.
    await page.clock.runFor(5000);
    expect(await listings()).toBe(before);
    expect(await page.getByRole('status').first().innerText()).toMatch(/0 errors/);
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByText(/^Checked 1 scenario: 1 error/).waitFor();
    expect(await listings()).toBe(before + 1);
    expect(requests).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it('fits a wide map to its column, down to 75%, and opens it centred on the first scene', async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/author`, {
      viewport: { width: 640, height: 900 },
    });
    const { page } = watched;
    await page
      .getByLabel('Choose files from a folder')
      .setInputFiles(rootPath('scenarios/ai-adoption-under-fear'));
    const map = page.getByRole('group', { name: /^Map of / });
    await map.waitFor();
    // The map is first drawn at full size; it shrinks once its column has been measured,
    // then scrolls to the first scene. Wait for both before measuring.
    await page.waitForFunction(() => {
      const frame = document.querySelector('.map-frame') as HTMLElement;
      const svg = frame.querySelector('svg') as SVGSVGElement;
      return svg.width.baseVal.value < svg.viewBox.baseVal.width && frame.scrollLeft > 0;
    });
    const fit = await page.locator('.map-frame').evaluate((frame) => {
      const svg = frame.querySelector('svg') as SVGSVGElement;
      const natural = svg.viewBox.baseVal.width;
      const first = frame.querySelector('[data-scene="opening"]') as SVGGElement;
      const box = first.getBoundingClientRect();
      const view = frame.getBoundingClientRect();
      return {
        natural,
        drawn: svg.width.baseVal.value,
        room: frame.clientWidth,
        firstVisible: box.left >= view.left && box.right <= view.right,
        scrolls: frame.scrollWidth > frame.clientWidth,
        /** How far the first scene's centre is from the middle of the frame. */
        offCentre: Math.abs(box.left + box.width / 2 - (view.left + frame.clientWidth / 2)),
      };
    });
    // This map is wider than its column: it is drawn smaller, but never below 75%.
    expect(fit.natural).toBeGreaterThan(fit.room);
    expect(fit.drawn).toBeLessThan(fit.natural);
    expect(fit.drawn).toBeGreaterThanOrEqual(fit.natural * 0.75 - 1);
    expect(fit.drawn <= fit.room || fit.drawn === fit.natural * 0.75).toBe(true);
    expect(fit.firstVisible).toBe(true);
    // Too wide even at 75% on this screen: the frame scrolls, centred on the first scene.
    expect(fit.scrolls).toBe(true);
    expect(fit.offCentre).toBeLessThan(10);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });

  it("shows the picked scenario's portraits in the reader, from the author's own files, under the CSP", async () => {
    const watched = await openPage(browser, `${inject('baseUrl')}#/author`);
    const { page } = watched;
    await page
      .getByLabel('Choose files from a folder')
      .setInputFiles(rootPath('scenarios/ai-adoption-under-fear'));
    await page.getByText(/^Checked 1 scenario: 0 errors/).waitFor();
    const map = page.getByRole('group', { name: /^Map of / });
    await map.getByRole('button', { name: /^opening/ }).click();
    const reader = page.getByRole('region', { name: /^opening: / });
    const portrait = reader.locator('img.portrait').first();
    await portrait.waitFor();
    await page.waitForFunction(
      (img) => (img as HTMLImageElement).complete,
      await portrait.elementHandle(),
    );
    const shown = await portrait.evaluate((img: HTMLImageElement) => ({
      width: img.naturalWidth,
      blob: img.src.startsWith('blob:'),
    }));
    expect(shown.width).toBeGreaterThan(0);
    expect(shown.blob).toBe(true);
    expect(await reader.locator('figcaption').first().innerText()).toMatch(/^Kasia, /);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.close();
  });
});
