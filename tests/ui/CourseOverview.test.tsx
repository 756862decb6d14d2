// @vitest-environment jsdom
/**
 * The course overview: scenario cards with their facts, a broken scenario as a card
 * with its diagnostics while the rest still list, and no accessibility violations.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import { loadCourse } from '../../src/cli/load';
import type { CourseData } from '../../src/contract';
import { CourseOverview } from '../../src/ui/CourseOverview';
import { ROOT as root } from '../support/paths';

function course(): CourseData {
  const result = compileCourse(loadCourse('scenarios', root));
  const broken = compileCourse({
    taxonomy: loadCourse('scenarios', root).taxonomy,
    scenarios: [
      {
        folder: 'half-written',
        machineJson: { path: 'half-written/machine.json', text: '{ "id": "half-written" ' },
        scenarioMd: { path: 'half-written/scenario.md', text: '---\ntitle: Half\n---\n' },
      },
    ],
  });
  return { diagnostics: [], scenarios: [...result.scenarios, ...broken.scenarios] };
}

afterEach(cleanup);

describe('CourseOverview', () => {
  it('shows each compiled scenario as a card with its facts', () => {
    render(<CourseOverview course={course()} />);
    const card = screen.getByRole('listitem', { name: 'The Missed Deadline' });
    expect(within(card).getByText(/New manager · 15 min · \d+ scenes · \d+ endings/)).toBeTruthy();
    expect(screen.getByText(/2 scenarios found, 1 ready to play/)).toBeTruthy();
  });

  it('shows a broken scenario with its errors and positions', () => {
    render(<CourseOverview course={course()} />);
    const card = screen.getByRole('listitem', { name: 'half-written' });
    expect(within(card).getByText(/did not compile/)).toBeTruthy();
    expect(within(card).getByText('half-written/machine.json:1:22')).toBeTruthy();
    expect(within(card).getAllByText(/\[CB\d{3}\]/).length).toBeGreaterThan(1);
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<CourseOverview course={course()} />);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
