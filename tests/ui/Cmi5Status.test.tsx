// @vitest-environment jsdom
/**
 * The learner's view of a cmi5 session: a real session opened without a launch says so
 * in a labelled live region (and narrows the page's connections to its own origin), a
 * notice can be dismissed by keyboard, and an ended session offers the way back to the
 * course — each with an axe audit.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCORE_RULE } from '../../src/delivery';
import { Cmi5Session } from '../../src/delivery/cmi5/session';
import { Cmi5Status } from '../../src/ui/Cmi5Status';
import { ProgressStore } from '../../src/ui/store';
import { courseFrom, MemoryStorage, violations } from './harness';

afterEach(cleanup);

describe('Cmi5Status', () => {
  it('shows why nothing is reported when the course was not launched, and dismisses it', async () => {
    const course = courseFrom('scenarios');
    const session = new Cmi5Session({
      search: '?scenario=missed-deadline',
      scenarioId: 'missed-deadline',
      store: new ProgressStore(new MemoryStorage()),
      index: course.index,
      loaders: course.loaders,
      rule: DEFAULT_SCORE_RULE,
      document,
      window,
    });
    const { container } = render(<Cmi5Status session={session} />);
    await act(() => session.start());
    const region = screen.getByRole('region', { name: 'Your learning system' });
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toMatch(/not opened by a learning system/);
    expect(region.querySelector('[data-code="cmi5-not-launched"]')).not.toBeNull();
    const policies = [
      ...document.head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]'),
    ];
    expect(policies.map((m) => m.getAttribute('content'))).toContain("connect-src 'self'");
    expect(await violations(container)).toEqual([]);
    const dismiss = screen.getByRole('button', { name: /Dismiss/ });
    dismiss.focus();
    fireEvent.click(dismiss);
    expect(region.querySelector('.notice')).toBeNull();
    expect(session.getSnapshot().state).toBe('offline');
  });

  it('offers a link back to the course once the session has ended', async () => {
    const status = {
      state: 'ended' as const,
      notices: [],
      returnUrl: 'https://lms.example.org/course/42',
    };
    const source = {
      subscribe: () => () => undefined,
      getSnapshot: () => status,
      dismiss: () => undefined,
    };
    const { container } = render(<Cmi5Status session={source} />);
    const link = screen.getByRole('link', { name: 'Return to course' });
    expect(link.getAttribute('href')).toBe('https://lms.example.org/course/42');
    expect(await violations(container)).toEqual([]);
  });
});
