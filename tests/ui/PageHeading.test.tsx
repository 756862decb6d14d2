// @vitest-environment jsdom
/**
 * The page shell's one rule for title and focus: the tab reads "<page> · Casebook"
 * (through React 19's <title>, placed in <head>), the heading takes the focus when it
 * appears and again when its focusKey changes, and not on the landing page.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { PageHeading } from '../../src/ui/components/PageHeading';
import { violations } from './harness';

afterEach(cleanup);

function Page({ title, focusKey, focus }: { title: string; focusKey?: string; focus?: boolean }) {
  return (
    <main>
      <button type="button">Elsewhere</button>
      <PageHeading title={title} focusKey={focusKey} {...(focus === false ? { focus } : {})} />
    </main>
  );
}

describe('the page heading', () => {
  it('names the page in the tab and takes the focus when it appears', async () => {
    const { container } = render(<Page title="Your profile" />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Your profile' });
    expect(document.title).toBe('Your profile · Casebook');
    expect(document.head.querySelector('title')?.textContent).toBe('Your profile · Casebook');
    expect(document.activeElement).toBe(heading);
    expect(await violations(container)).toEqual([]);
  });

  it('takes the focus back when its key changes, and only then', () => {
    const { rerender } = render(<Page title="Tuesday morning" focusKey="tuesday" />);
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    rerender(<Page title="Tuesday morning" focusKey="tuesday" />);
    expect(document.activeElement).toBe(elsewhere);
    rerender(<Page title="Friday" focusKey="friday" />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Friday' }));
    expect(document.title).toBe('Friday · Casebook');
  });

  it('leaves the focus alone on the landing page', () => {
    render(<Page title="Scenario library" focus={false} />);
    const heading = screen.getByRole('heading', { name: 'Scenario library' });
    expect(document.title).toBe('Scenario library · Casebook');
    expect(document.activeElement).not.toBe(heading);
    expect(heading.hasAttribute('tabindex')).toBe(false);
  });

  it('has the focus in the same commit that shows it, before any later task', async () => {
    // Rendered as the app renders (no act), so React runs its passive effects in a later
    // task; the heading must not be seen without the focus, by a screen reader or a test.
    const previous = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean })
      .IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    try {
      const focusedWhenSeen = new Promise<boolean>((resolve) => {
        const observer = new MutationObserver(() => {
          const heading = host.querySelector('h1');
          if (!heading) return;
          observer.disconnect();
          resolve(document.activeElement === heading);
        });
        observer.observe(host, { childList: true, subtree: true });
      });
      root.render(<Page title="Tuesday morning" />);
      expect(await focusedWhenSeen).toBe(true);
    } finally {
      root.unmount();
      host.remove();
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = previous;
    }
  });
});
