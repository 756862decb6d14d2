/**
 * The domain rules, each in one place: a choice's tag (management, leadership, both or
 * untagged, from its behaviours' domains) and a scenario's focus (by the share of its
 * tags in each domain). The debrief, the author's map and the library all use these.
 */
import { describe, expect, it } from 'vitest';
import type { CompiledScenario, Taxonomy } from '../../src/contract';
import { behaviourIndex, choiceTag, scenarioFocus } from '../../src/debrief';

const taxonomy: Taxonomy = {
  behaviours: [
    { id: 'm', label: 'M', description: '', domain: 'management', polarity: 'effective' },
    { id: 'l', label: 'L', description: '', domain: 'leadership', polarity: 'effective' },
  ],
};
const index = behaviourIndex(taxonomy);

describe("a choice's tag", () => {
  it('is management, leadership, both or untagged from the tags', () => {
    expect(choiceTag(['m'], index)).toBe('management');
    expect(choiceTag(['l', 'l'], index)).toBe('leadership');
    expect(choiceTag(['m', 'l'], index)).toBe('both');
    expect(choiceTag([], index)).toBe('untagged');
  });

  it('leaves out ids the taxonomy does not have', () => {
    expect(choiceTag(['unknown'], index)).toBe('untagged');
    expect(choiceTag(['unknown', 'l'], index)).toBe('leadership');
    expect(choiceTag(['m'], behaviourIndex(undefined))).toBe('untagged');
  });
});

/** A scenario whose choices carry these tags (only the tags matter to the focus). */
function scenarioTagged(...choices: string[][]): CompiledScenario {
  return {
    scenes: [{ choices: choices.map((behaviours) => ({ behaviours })) }],
  } as unknown as CompiledScenario;
}

describe("a scenario's focus", () => {
  const times = (n: number, id: string) => Array.from({ length: n }, () => [id]);

  it('leans to a domain that has at least 65% of the tags', () => {
    expect(scenarioFocus(scenarioTagged(['m', 'm'], ['l']), taxonomy)).toBe('management');
    expect(scenarioFocus(scenarioTagged(['l', 'l'], ['m']), taxonomy)).toBe('leadership');
    expect(scenarioFocus(scenarioTagged(...times(13, 'm'), ...times(7, 'l')), taxonomy)).toBe(
      'management',
    );
    expect(scenarioFocus(scenarioTagged(...times(12, 'm'), ...times(8, 'l')), taxonomy)).toBe(
      'both',
    );
  });

  it('is both when neither leads, or nothing is tagged', () => {
    expect(scenarioFocus(scenarioTagged(['m', 'l']), taxonomy)).toBe('both');
    expect(scenarioFocus(scenarioTagged([]), taxonomy)).toBe('both');
    expect(scenarioFocus(scenarioTagged(['unknown', 'unknown'], ['l']), taxonomy)).toBe(
      'leadership',
    );
    expect(scenarioFocus(scenarioTagged(['m']), undefined)).toBe('both');
  });
});
