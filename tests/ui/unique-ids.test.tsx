// @vitest-environment jsdom
/**
 * Reusable components take their element ids from useId, so two of them on one page
 * do not clash: every id is unique and each section is named by its own heading.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { ChoiceList } from '../../src/ui/components/ChoiceList';
import { MetricsPanel } from '../../src/ui/components/MetricsPanel';
import type { Choice } from '../../src/contract';
import { violations } from './harness';

afterEach(cleanup);

const metrics = [{ id: 'trust', label: 'Trust', initial: 2 }];
const choice = {
  event: 'ASK',
  labelInline: [{ t: 'text', v: 'Ask' }],
} as unknown as Choice;

it('gives two of the same component on one page ids of their own', async () => {
  const { container } = render(
    <main>
      <MetricsPanel metrics={metrics} values={{ trust: 1 }} />
      <MetricsPanel metrics={metrics} values={{ trust: 3 }} />
      <ChoiceList choices={[choice]} onChoose={() => undefined} />
      <ChoiceList choices={[choice]} onChoose={() => undefined} />
    </main>,
  );
  const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
  expect(ids).toHaveLength(6);
  expect(new Set(ids).size).toBe(ids.length);
  const sections = container.querySelectorAll('section[aria-labelledby]');
  expect(sections).toHaveLength(4);
  for (const section of sections) {
    const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
    expect(heading && section.contains(heading)).toBe(true);
  }
  for (const button of screen.getAllByRole('button', { name: 'Ask' })) {
    const hint = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(hint && button.closest('section')?.contains(hint)).toBe(true);
  }
  // Two identical panels are, by design, two landmarks of one name (moderate); nothing worse.
  const serious = (await violations(container)).filter((v) => /\((serious|critical)\)/.test(v));
  expect(serious).toEqual([]);
});
