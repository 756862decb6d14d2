/**
 * A scenario's own pages (its briefing, play and end of a run) load on demand, in one
 * chunk with the engine they drive: the library, the first screen, needs neither. Each
 * is imported at most once. A deep link imports them before the first render, and the
 * library fetches them once it is idle (`preloadScenarioPages`), so that opening a
 * scenario, starting it and reaching its end never wait on a suspended page.
 */
import { lazyPage } from './lazy-page';

const pages = () => import('./pages/scenario');

export const BriefingPage = lazyPage(() => pages().then((m) => m.BriefingPage));
export const PlayPage = lazyPage(() => pages().then((m) => m.PlayPage));
export const EndPage = lazyPage(() => pages().then((m) => m.EndPage));

/** Import the scenario pages' chunk, all three pages ready to render; never rejects. */
export function preloadScenarioPages(): Promise<void> {
  return Promise.all([BriefingPage, PlayPage, EndPage].map((page) => page.preload())).then(
    () => undefined,
  );
}
