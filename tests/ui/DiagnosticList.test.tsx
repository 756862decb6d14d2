// @vitest-environment jsdom
/**
 * A diagnostic lists the other places that are part of its cause — the guard that
 * keeps every run out of an ending — as notes with their own location and line.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiagnosticList } from '../../src/ui/components/DiagnosticList';
import type { Diagnostic } from '../../src/contract';
import { violations } from './harness';

const at = (line: number, col: number) => ({
  start: { line, col, offset: 0 },
  end: { line, col: col + 5, offset: 0 },
});

const unreachable: Diagnostic = {
  code: 'CB701',
  severity: 'warning',
  message: 'No run reaches the ending "outcome-inspired".',
  file: 'course/machine.json',
  range: at(100, 5),
  related: [
    {
      file: 'course/machine.json',
      range: at(76, 20),
      message: 'the guard on the route from "wrap-up", which no run that gets there passes',
    },
  ],
};

describe('a diagnostic with related places', () => {
  it('shows each as a note with its location and source line', async () => {
    const lines: Record<number, string> = { 100: '"outcome-inspired": {', 76: '"guard": {' };
    const { container } = render(
      <DiagnosticList
        diagnostics={[unreachable]}
        sourceLine={(place) => lines[place.range.start.line]}
      />,
    );
    const note = screen.getByText(/which no run that gets there passes/).closest('li');
    expect(note?.textContent).toContain('Note');
    expect(note?.textContent).toContain('course/machine.json:76:20');
    expect(note?.textContent).toContain('76 | "guard": {');
    expect(await violations(container)).toEqual([]);
  });
});
