/**
 * Steps of a learner's run that wait for the state they lead to, never for a number
 * of milliseconds, so they hold on a slow machine as on a fast one. A scene is ready
 * for the number keys once its heading has the focus (the keys are attached in the
 * same render); a choice is taken once the next decision, or the ending, is on screen.
 */
import type { Frame, Page } from 'playwright-core';

/** A page, or a frame of one (an LMS opens the app in a frame). */
type Surface = Page | Frame;

const ENDED = /#\/s\/[^/]+\/runs\//;

/** The number of the decision on screen (1 for the first scene). */
async function decisionOnScreen(page: Surface): Promise<number> {
  // The number, not the words around it, so a run plays the same in every language.
  const n = await page.locator('.play .progress').getAttribute('data-decision');
  if (n === null) throw new Error('The scene shows no decision number.');
  return Number(n);
}

/** Wait until a scene is on screen with the focus on its heading, listening for its keys. */
export async function sceneReady(page: Surface): Promise<void> {
  await page.locator('.play h1.scene-title:focus').waitFor();
}

/**
 * Take a choice with `act` (a click, or Enter on a focused choice), and wait for what
 * follows: the next scene ready for its keys, or the run's ending. True when the
 * run has ended.
 */
export async function choose(page: Surface, act: () => Promise<void>): Promise<boolean> {
  const before = await decisionOnScreen(page);
  await act();
  await page.waitForFunction(
    ({ before, ended }) => {
      if (new RegExp(ended).test(location.hash)) return true;
      const n = document.querySelector('.play .progress')?.getAttribute('data-decision');
      return n != null && Number(n) > before;
    },
    { before, ended: ENDED.source },
  );
  if (ENDED.test(page.url())) {
    await page.locator('.outcome').waitFor();
    return true;
  }
  await sceneReady(page);
  return false;
}

/** Take the choice with this number key, once the scene listens for keys; true when the run has ended. */
export async function chooseByKey(page: Page, key: string): Promise<boolean> {
  await sceneReady(page);
  return choose(page, () => page.keyboard.press(key));
}
