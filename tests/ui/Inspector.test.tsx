// @vitest-environment jsdom
/**
 * The player's inspector edits the history the scenario's `visited` and `chose`
 * guards read, not only metrics and flags: playing from a middle scene, an author can
 * try the branch that depends on an earlier scene or choice.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialContext } from '../../src/engine';
import { PlayFromScene } from '../../src/ui/author/PlayFromScene';
import { inlineScenario, to } from '../support/inline-scenario';
import { fromHereOf } from '../support/from-here';

afterEach(cleanup);

const scenario = inlineScenario({
  initial: 'start',
  context: { trust: 0 },
  states: {
    start: { on: { SIDE: to('side'), STRAIGHT: to('middle') } },
    side: { on: { BACK: to('middle') } },
    middle: {
      on: {
        RECALL: to('end', { guard: { type: 'visited', params: { state: 'side' } } }),
        THANK: to('end', {
          guard: { type: 'not', guard: { type: 'chose', params: { event: 'STRAIGHT' } } },
        }),
        MOVE_ON: to('end'),
      },
    },
    end: { type: 'final', meta: { outcome: 'strong' } },
  },
});

const offered = () =>
  screen
    .getAllByRole('button')
    .map((b) => b.textContent ?? '')
    .filter((t) => t.startsWith('Label'));

describe('the history in the inspector', () => {
  it('lists only the history guards read, and changing it changes what is offered', () => {
    render(
      <PlayFromScene
        scenario={scenario}
        start={{ scene: 'middle', context: initialContext(scenario) }}
        usage={undefined}
        fromHere={fromHereOf(scenario)}
      />,
    );
    expect(screen.getByLabelText('visited side')).toBeTruthy();
    expect(screen.getByLabelText('chose STRAIGHT')).toBeTruthy();
    expect(screen.queryByLabelText('visited start')).toBeNull();
    expect(offered()).toEqual(['Label THANK. THANK', 'Label MOVE_ON. MOVE_ON']);

    fireEvent.click(screen.getByLabelText('visited side'));
    expect(offered()).toContain('Label RECALL. RECALL');
    fireEvent.click(screen.getByLabelText('chose STRAIGHT'));
    expect(offered()).not.toContain('Label THANK. THANK');
    expect(screen.getByText('middle: set chose STRAIGHT.')).toBeTruthy();
    // The guard is the check's words, in the page's language inside the page's sentence: nothing marks it English.
    const guard = screen.getByText('not chose STRAIGHT');
    expect(guard.getAttribute('lang')).toBeNull();
    expect(guard.parentElement?.textContent).toMatch(/needs not chose STRAIGHT/);
  });
});
