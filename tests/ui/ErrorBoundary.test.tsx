// @vitest-environment jsdom
/**
 * The error boundaries: a child that throws while rendering is replaced by a page that
 * says what failed (heading focused, the error in a <details>, a way back and "Try
 * again"); trying again or going to another address renders the children afresh; the
 * last-resort boundary around the whole app does the same. And two addresses that
 * used to throw inside the app are plain "not found" pages now.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppBoundary } from '../../src/ui/errors/AppBoundary';
import { ErrorBoundary } from '../../src/ui/errors/ErrorBoundary';
import { PageFailed } from '../../src/ui/errors/PageFailed';
import { renderApp, violations } from './harness';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let failing = true;
function Fragile() {
  if (failing) throw new Error('The fragile page broke');
  return <h1>The fragile page</h1>;
}

const boundary = (resetKey: string) => (
  <ErrorBoundary
    resetKey={resetKey}
    fallback={(error, retry) => <PageFailed error={error} retry={retry} />}
  >
    <Fragile />
  </ErrorBoundary>
);

// React reports every caught error on the console; these tests throw on purpose.
const quietly = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);

describe('the page error boundary', () => {
  it('shows what failed, focuses its heading, and passes axe', async () => {
    quietly();
    failing = true;
    const { container } = render(boundary('a'));
    const heading = screen.getByRole('heading', { level: 1, name: 'This page could not be shown' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/Your saved runs and notes are safe/)).toBeTruthy();
    expect(container.querySelector('details pre')?.textContent).toBe('The fragile page broke');
    expect(
      screen.getByRole('link', { name: 'Go to the scenario library' }).getAttribute('href'),
    ).toBe('#/');
    expect(await violations(container)).toEqual([]);
  });

  it('renders the page again on "Try again"', () => {
    quietly();
    failing = true;
    render(boundary('a'));
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('heading', { name: 'The fragile page' })).toBeTruthy();
  });

  it('forgets the error when the address changes, and keeps it while it does not', () => {
    quietly();
    failing = true;
    const { rerender } = render(boundary('a'));
    failing = false;
    rerender(boundary('a'));
    expect(screen.getByRole('heading', { name: 'This page could not be shown' })).toBeTruthy();
    rerender(boundary('b'));
    expect(screen.getByRole('heading', { name: 'The fragile page' })).toBeTruthy();
  });

  it('shows whatever was thrown, even a value that is not an Error', () => {
    quietly();
    function ThrowsAString(): never {
      throw 'a bare string';
    }
    const { container } = render(
      <ErrorBoundary fallback={(error, retry) => <PageFailed error={error} retry={retry} />}>
        <ThrowsAString />
      </ErrorBoundary>,
    );
    expect(container.querySelector('details pre')?.textContent).toBe('a bare string');
  });
});

describe('the last-resort boundary around the app', () => {
  it('shows a page instead of nothing, and tries again on another address', async () => {
    quietly();
    failing = true;
    window.location.hash = '#/';
    const { container } = render(
      <AppBoundary>
        <Fragile />
      </AppBoundary>,
    );
    expect(screen.getByRole('main').textContent).toContain('This page could not be shown');
    expect(await violations(container)).toEqual([]);
    failing = false;
    await act(async () => {
      window.location.hash = '#/profile';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { name: 'The fragile page' })).toBeTruthy();
  });
});

describe('addresses that used to throw', () => {
  it.each(['#/s/%E0%A4%A', '#/s/constructor', '#/s/toString/play', '#/s/hasOwnProperty'])(
    '%s is a "not found" page with a way back',
    async (hash) => {
      const { container } = renderApp({ hash });
      const heading = await screen.findByRole('heading', { level: 1, name: 'Page not found' });
      expect(document.activeElement).toBe(heading);
      expect(screen.getByRole('link', { name: 'Go to the scenario library' })).toBeTruthy();
      expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
      expect(await violations(container)).toEqual([]);
    },
  );
});
