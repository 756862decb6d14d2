/**
 * The one format of choice, transition and route ids (src/engine/ids.ts): pinned here,
 * read back, and the same ids the analysis counts runs by, so the author's map and
 * scene reader find what the analysis found.
 */
import { describe, expect, it } from 'vitest';
import { analyse, usage } from '../../src/engine';
import { choiceId, idParts, routeId, transitionId } from '../../src/engine/ids';
import { compileReference } from '../support/reference';

describe('ids', () => {
  it('are scene#EVENT, scene#EVENT#i and scene#always#i', () => {
    expect(choiceId('first-meeting', 'ASK')).toBe('first-meeting#ASK');
    expect(transitionId('first-meeting', 'ASK', 2)).toBe('first-meeting#ASK#2');
    expect(routeId('first-meeting', 0)).toBe('first-meeting#always#0');
  });

  it('read back into what they name', () => {
    expect(idParts(choiceId('a-scene', 'GO'))).toEqual({ scene: 'a-scene', event: 'GO' });
    expect(idParts(transitionId('a-scene', 'GO', 3))).toEqual({
      scene: 'a-scene',
      event: 'GO',
      index: 3,
    });
    expect(idParts(routeId('a-scene', 1))).toEqual({ scene: 'a-scene', index: 1 });
  });

  it('are the ids the analysis counts runs and transitions by', () => {
    const scenario = compileReference();
    const analysis = analyse(scenario);
    const counts = usage(analysis);
    const first = scenario.scenes.find((s) => s.id === scenario.initial);
    const choice = first?.choices[0];
    if (!first || !choice) throw new Error('the reference scenario starts with a choice');
    expect(analysis.graph.taken.has(transitionId(first.id, choice.event, 0))).toBe(true);
    expect(counts.choices.has(choiceId(first.id, choice.event))).toBe(true);
  });
});
