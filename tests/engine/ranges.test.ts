/**
 * The values a state key forgets are carried beside the graph: a metric no guard
 * reads still has its real range at every ending, round loops of every shape — a loop
 * that changes nothing, one that rises and falls back, one that only rises, one that
 * only falls. Small scenarios with the answer worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine';
import { inlineScenario, to } from '../support/inline-scenario';

const adjust = (params: Record<string, number>) => [{ type: 'adjust', params }];

/** `opening` ⇄ `corridor` by GO_ON and COME_BACK (with the given changes to `pace`), then FINISH to the ending. */
function loop(goOn: number, comeBack: number) {
  return inlineScenario({
    initial: 'opening',
    context: { pace: 0 },
    states: {
      opening: { on: { GO_ON: to('corridor', { actions: adjust({ pace: goOn }) }) } },
      corridor: {
        on: {
          COME_BACK: to('opening', { actions: adjust({ pace: comeBack }) }),
          FINISH: to('outcome-done', { actions: adjust({ pace: 10 }) }),
        },
      },
      'outcome-done': { type: 'final', meta: { outcome: 'strong' } },
    },
  });
}

const paceAtTheEnd = (goOn: number, comeBack: number) => {
  const analysis = analyse(loop(goOn, comeBack));
  expect(analysis.complete).toBe(true);
  // No guard reads pace: the key forgets it, so the loop is a loop of two states.
  expect(analysis.states).toBe(3);
  return analysis.endings[0]?.metrics.pace;
};

describe('ranges of metrics the state key forgets', () => {
  it('a loop that changes nothing keeps the value every member was entered with', () => {
    expect(paceAtTheEnd(0, 0)).toEqual({ min: 10, max: 10 });
  });

  it('a loop that rises and falls back by as much stays bounded', () => {
    expect(paceAtTheEnd(1, -1)).toEqual({ min: 11, max: 11 });
    expect(paceAtTheEnd(2, -1)).toEqual({ min: 12, max: Infinity });
    expect(paceAtTheEnd(1, -2)).toEqual({ min: -Infinity, max: 11 });
  });

  it('a loop that only rises has a lowest value and no highest', () => {
    expect(paceAtTheEnd(1, 0)).toEqual({ min: 11, max: Infinity });
    expect(paceAtTheEnd(0, 3)).toEqual({ min: 10, max: Infinity });
  });

  it('a loop that only falls has a highest value and no lowest', () => {
    expect(paceAtTheEnd(-1, 0)).toEqual({ min: -Infinity, max: 9 });
  });

  it('a metric out of the guards reach keeps its real range, not its representative', () => {
    // pace only falls in the loop; the guard compares it with 1, so below 1 every value is alike.
    const scenario = inlineScenario({
      initial: 'stand-up',
      context: { pace: 3 },
      states: {
        'stand-up': {
          on: {
            WAIT: to('stand-up', { actions: adjust({ pace: -1 }) }),
            HOLD: to('outcome-on-time', {
              guard: { type: 'metric', params: { name: 'pace', atLeast: 1 } },
            }),
            GIVE_IN: to('outcome-late'),
          },
        },
        'outcome-on-time': { type: 'final', meta: { outcome: 'strong' } },
        'outcome-late': { type: 'final', meta: { outcome: 'weak' } },
      },
    });
    const analysis = analyse(scenario);
    expect(analysis.complete).toBe(true);
    // pace 3, 2, 1, and one state for "below 1".
    expect(analysis.states).toBe(6);
    const byId = new Map(analysis.endings.map((e) => [e.id, e.metrics.pace]));
    expect(byId.get('outcome-on-time')).toEqual({ min: 1, max: 3 });
    expect(byId.get('outcome-late')).toEqual({ min: -Infinity, max: 3 });
    expect(analysis.arrivals[0]).toMatchObject({ min: [-Infinity], max: [3] });
  });
});

describe('metrics named like members of Object.prototype', () => {
  it('get their own ranges, not the prototype’s functions (NaN to NaN)', () => {
    const analysis = analyse(
      inlineScenario({
        initial: 'opening',
        context: { constructor: 0, toString: 1 },
        states: {
          opening: {
            on: {
              GO: to('outcome-done', { actions: adjust({ constructor: 2, toString: -1 }) }),
              STAY: to('outcome-done'),
            },
          },
          'outcome-done': { type: 'final', meta: { outcome: 'strong' } },
        },
      }),
    );
    expect(analysis.endings[0]?.metrics.constructor).toEqual({ min: 0, max: 2 });
    expect(analysis.endings[0]?.metrics.toString).toEqual({ min: 0, max: 1 });
  });
});
