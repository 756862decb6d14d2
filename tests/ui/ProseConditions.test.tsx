// @vitest-environment jsdom
/**
 * Format v1.1 (cond15): Prose with condition values shows only the blocks the learner
 * sees; without them (author mode's reader) it shows every block under a visible marker.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../src/contract';
import { Prose } from '../../src/ui/components/Prose';

afterEach(cleanup);

const blocks: Block[] = [
  { t: 'p', c: [{ t: 'text', v: 'You talk through the week.' }] },
  {
    t: 'when',
    name: 'trusting',
    negate: false,
    c: [{ t: 'p', c: [{ t: 'text', v: 'She looks less tense.' }] }],
  },
  {
    t: 'when',
    name: 'trusting',
    negate: true,
    c: [{ t: 'p', c: [{ t: 'text', v: 'She glances at the door.' }] }],
  },
];

describe('Prose with conditions', () => {
  it('shows only the words whose condition holds', () => {
    const { container } = render(<Prose blocks={blocks} conditions={{ trusting: true }} />);
    expect(container.textContent).toBe('You talk through the week.She looks less tense.');
    cleanup();
    const other = render(<Prose blocks={blocks} conditions={{ trusting: false }} />);
    expect(other.container.textContent).toBe('You talk through the week.She glances at the door.');
  });

  it('shows every block with its marker when there are no values (author mode)', () => {
    render(<Prose blocks={blocks} />);
    expect(screen.getByText('when trusting')).toBeTruthy();
    expect(screen.getByText('unless trusting')).toBeTruthy();
    expect(screen.getByText('She looks less tense.')).toBeTruthy();
    expect(screen.getByText('She glances at the door.')).toBeTruthy();
  });
});
