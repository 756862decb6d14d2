// @vitest-environment jsdom
/**
 * A page loaded on demand whose import fails: the error boundary shows it once (no
 * new import on React's re-render after the error, so no endless loop of fetches),
 * and "Try again" imports it afresh and shows the page. A page whose code is already
 * here renders at once, without its boundary's fallback.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/errors/ErrorBoundary';
import { lazyPage, retryFailedPages } from '../../src/ui/lazy-page';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

it('imports a failed page again only when asked to, then shows it', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  let imports = 0;
  const Page = lazyPage(async () => {
    imports++;
    if (imports === 1) throw new Error('Failed to fetch dynamically imported module');
    return function Loaded() {
      return <h1>The loaded page</h1>;
    };
  });
  let again = () => undefined as void;
  await act(async () => {
    render(
      <ErrorBoundary
        fallback={(error, retry) => {
          again = retry;
          return <p>Failed: {(error as Error).message}</p>;
        }}
      >
        <Suspense fallback={<p>Loading…</p>}>
          <Page />
        </Suspense>
      </ErrorBoundary>,
    );
  });
  await screen.findByText('Failed: Failed to fetch dynamically imported module');
  expect(imports).toBe(1);
  await act(async () => {
    retryFailedPages();
    again();
  });
  expect(await screen.findByRole('heading', { name: 'The loaded page' })).toBeTruthy();
  expect(imports).toBe(2);
});

it('renders a preloaded page at once, without suspending', async () => {
  let imports = 0;
  const Page = lazyPage(async () => {
    imports++;
    return function Loaded() {
      return <h1>The preloaded page</h1>;
    };
  });
  expect(Page.loaded()).toBe(false);
  await Page.preload();
  await Page.preload();
  expect(Page.loaded()).toBe(true);
  // No act(): what the first commit shows is what a learner sees first.
  render(
    <Suspense fallback={<p>Loading…</p>}>
      <Page />
    </Suspense>,
  );
  expect(screen.getByRole('heading', { name: 'The preloaded page' })).toBeTruthy();
  expect(screen.queryByText('Loading…')).toBeNull();
  expect(imports).toBe(1);
});

it('preloads a failing page without rejecting, and retries it when asked', async () => {
  let imports = 0;
  const Page = lazyPage(async () => {
    imports++;
    if (imports === 1) throw new Error('offline');
    return function Loaded() {
      return <h1>Back online</h1>;
    };
  });
  await expect(Page.preload()).resolves.toBeUndefined();
  expect(Page.loaded()).toBe(false);
  retryFailedPages();
  await Page.preload();
  expect(Page.loaded()).toBe(true);
  expect(imports).toBe(2);
});
