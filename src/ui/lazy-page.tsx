/**
 * Pages loaded on demand, whose loading can be tried again. React's `lazy` keeps a
 * failed import for good, so after a dropped connection "Try again" on the error page
 * would fail at once, every time. This replaces a failed `lazy` with a fresh one, so
 * the next render (the error boundary's "Try again", or coming back to the page)
 * imports the page again.
 */
import { lazy, type ComponentType } from 'react';

export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const fresh = () =>
    lazy(() =>
      load().then(
        (Page) => ({ default: Page }),
        (error: unknown) => {
          Current = fresh();
          throw error;
        },
      ),
    );
  let Current = fresh();
  return function LazyPage(props: P) {
    return <Current {...props} />;
  };
}
