/**
 * Pages loaded on demand, whose loading can be tried again. React's `lazy` keeps a
 * failed import for good, so after a dropped connection "Try again" on the error page
 * would fail at once, every time. A page whose import failed stays failed (so React's
 * own re-render after an error does not start a new import, and a new failure, for
 * ever) until `retryFailedPages` is called: then it imports afresh.
 */
import { lazy, type ComponentType } from 'react';

/** For each page whose import failed: make it import again on its next render. */
const failed = new Set<() => void>();

export function retryFailedPages(): void {
  for (const refresh of failed) refresh();
  failed.clear();
}

export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const fresh = () =>
    lazy(() =>
      load().then(
        (Page) => ({ default: Page }),
        (error: unknown) => {
          failed.add(() => (Current = fresh()));
          throw error;
        },
      ),
    );
  let Current = fresh();
  return function LazyPage(props: P) {
    return <Current {...props} />;
  };
}
