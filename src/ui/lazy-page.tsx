/**
 * Pages loaded on demand, whose loading can be tried again, and which never suspend
 * once their code is here.
 *
 * - React's `lazy` keeps a failed import for good, so after a dropped connection "Try
 *   again" on the error page would fail at once, every time. A page whose import failed
 *   stays failed (so React's own re-render after an error does not start a new import,
 *   and a new failure, for ever) until `retryFailedPages` is called: then it imports
 *   afresh.
 * - When a page's import has finished (a deep link's `preload` before the first render,
 *   or a prefetch while the learner reads the library), the page renders as a plain
 *   component. A suspended boundary would hold its content back: React 19 shows the
 *   content of a boundary that showed its fallback no sooner than 300 ms after it
 *   (`FALLBACK_THROTTLE_MS`), which had made a deep link's briefing wait 280 ms for
 *   nothing (docs/performance.md).
 */
import { lazy, type ComponentType } from 'react';
import { areasReady } from '../i18n';

/** For each page whose import failed: make it import again on its next render. */
const failed = new Set<() => void>();

export function retryFailedPages(): void {
  for (const refresh of failed) refresh();
  failed.clear();
}

/**
 * A page loaded on demand; `preload` starts (or joins) its import, and never rejects;
 * `loaded` says whether it will render without suspending.
 */
export type LazyPage<P extends object> = ComponentType<P> & {
  preload: () => Promise<void>;
  loaded: () => boolean;
};

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  /** The page's component, once its import has finished. */
  let Loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then(
      // The page's words in the learner's language arrive before the page shows (src/i18n/areas.ts).
      (Page) => areasReady().then(() => (Loaded = Page)),
      (error: unknown) => {
        failed.add(() => {
          loading = undefined;
          Current = fresh();
        });
        throw error;
      },
    ));
  const fresh = () => lazy(() => start().then((Page) => ({ default: Page })));
  let Current = fresh();
  function LazyPage(props: P) {
    const Page = Loaded ?? Current;
    return <Page {...props} />;
  }
  LazyPage.preload = () =>
    start().then(
      () => undefined,
      () => undefined,
    );
  LazyPage.loaded = () => Loaded !== undefined;
  return LazyPage;
}
