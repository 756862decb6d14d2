/**
 * The last resort around the whole app: when something outside a page throws (the
 * header, the notices), show a plain page with a way to try again instead of a blank
 * one. Going to another address tries again by itself. Saved progress is untouched.
 */
import type { ReactNode } from 'react';
import { href, useRoute } from '../routing';
import { ErrorBoundary } from './ErrorBoundary';
import { PageFailed } from './PageFailed';

export function AppBoundary({ children }: { children: ReactNode }) {
  const route = useRoute();
  return (
    <ErrorBoundary
      resetKey={href(route)}
      fallback={(error, retry) => (
        <main id="main" className="page app-failed" tabIndex={-1}>
          <PageFailed error={error} retry={retry} />
        </main>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
