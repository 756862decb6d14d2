/**
 * A scenario's own pages (its briefing, play and end of a run) load on demand, in one
 * chunk with the engine they drive: the library, the first screen, needs neither. Each
 * is imported at most once; a deep link starts the import before the first render
 * (`preloadScenarioPages`), beside the scenario's own chunk.
 */
import { lazyPage } from './lazy-page';

const pages = () => import('./pages/scenario');

export const BriefingPage = lazyPage(() => pages().then((m) => m.BriefingPage));
export const PlayPage = lazyPage(() => pages().then((m) => m.PlayPage));
export const EndPage = lazyPage(() => pages().then((m) => m.EndPage));

/** Start fetching the scenario pages' chunk (a deep link to one of them). */
export function preloadScenarioPages(): void {
  pages().catch(() => undefined);
}
