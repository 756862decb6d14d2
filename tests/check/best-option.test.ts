/** The best option by worth, and whether its label is also the longest. */
import { describe, expect, it } from 'vitest';
import { bestOptionDecisions } from '../../src/check';
import type { CompiledScenario, Taxonomy } from '../../src/contract';

const taxonomy = {
  behaviours: [
    { id: 'good', polarity: 'effective', domain: 'management' },
    { id: 'also-good', polarity: 'effective', domain: 'leadership' },
    { id: 'bad', polarity: 'counterproductive', domain: 'management' },
  ],
} as unknown as Taxonomy;

const scene = (id: string, choices: [string, string, string[]][]) => ({
  id,
  choices: choices.map(([event, label, behaviours]) => ({ event, label, behaviours })),
});

const scenario = {
  scenes: [
    scene('long-best', [
      ['A', 'Agree owners and dates with the whole team today', ['good', 'also-good']],
      ['B', 'Wait', ['bad']],
    ]),
    scene('short-best', [
      ['A', 'Ask her', ['good']],
      ['B', 'Send a long message to everyone explaining it all', ['good', 'bad']],
    ]),
    scene('tie', [
      ['A', 'One thing', ['good']],
      ['B', 'Another thing entirely', ['also-good']],
    ]),
    scene('ending', []),
    scene('marks-do-not-count', [
      ['A', '**Ask**', ['good']],
      ['B', 'Ask him', []],
    ]),
  ],
} as unknown as CompiledScenario;

describe('bestOptionDecisions', () => {
  it('finds decisions with one best option and says whether it is the longest label', () => {
    expect(bestOptionDecisions(scenario, taxonomy)).toEqual([
      { scene: 'long-best', best: 'A', longest: true },
      { scene: 'short-best', best: 'A', longest: false },
      { scene: 'marks-do-not-count', best: 'A', longest: false },
    ]);
  });
});
