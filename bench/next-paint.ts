/**
 * Click to next paint, measured honestly in the page: from the click's own timestamp
 * (`event.timeStamp`, a trusted click from Playwright's input) to the first task after the
 * frame that shows its result (`requestAnimationFrame`, then a `MessageChannel` message,
 * which runs after that frame's paint). The same probe times a do-nothing control button,
 * so what a click costs the app is its figure minus the control's: the wait for the next
 * frame is in both. Two animation frames, the earlier measure, hid the app's few
 * milliseconds inside a 16 ms frame (docs/performance.md).
 */
import type { Locator, Page } from 'playwright-core';

export interface PaintSample {
  control: boolean;
  ms: number;
}

/**
 * Installed before the page's own scripts (an init script): records every trusted click.
 * Playwright sends its source to the page, so it names no function of its own (tsx's
 * `keepNames` would wrap a named one in a helper the page does not have).
 */
export function installNextPaintProbe(): void {
  const w = window as unknown as { __nextPaint: PaintSample[] };
  w.__nextPaint = [];
  addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const start = event.timeStamp;
      const control = event.target instanceof Element && event.target.id === 'bench-control';
      const heading = document.querySelector('h1')?.textContent;
      // The control's result is on screen at once; a choice's once the next scene's heading is.
      new Promise<void>((shown) => {
        if (control) return shown();
        const observer = new MutationObserver(() => {
          if (document.querySelector('h1')?.textContent === heading) return;
          observer.disconnect();
          shown();
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      }).then(() =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            w.__nextPaint.push({ control, ms: performance.now() - start });
          channel.port2.postMessage(null);
        }),
      );
    },
    true,
  );
}

/** A button that does nothing, outside the app's root, for the control figure. */
export async function addControlButton(page: Page): Promise<Locator> {
  await page.evaluate(() => {
    if (document.getElementById('bench-control')) return;
    const button = document.createElement('button');
    button.id = 'bench-control';
    button.textContent = 'Control';
    document.body.append(button);
  });
  return page.locator('#bench-control');
}

/** Click `target` for real and wait for the probe's figure for that click. */
export async function timedClick(page: Page, target: Locator): Promise<number> {
  const before = await page.evaluate(
    () => (window as unknown as { __nextPaint: PaintSample[] }).__nextPaint.length,
  );
  await target.click();
  await page.waitForFunction(
    (n) => (window as unknown as { __nextPaint: PaintSample[] }).__nextPaint.length > n,
    before,
  );
  return page.evaluate(
    (n) => (window as unknown as { __nextPaint: PaintSample[] }).__nextPaint[n]?.ms ?? NaN,
    before,
  );
}
