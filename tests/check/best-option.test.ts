/** The best option by worth, and whether its label is also the longest. */
import { describe, expect, it } from 'vitest';
import { bestOptionDecisions, checkCourse } from '../../src/check';
import { loadCourse } from '../../src/disk/load';
import { ROOT } from '../support/paths';
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

describe('check --strict: CB807 when the best option is mostly the longest label', () => {
  const folder = 'tests/fixtures/check/cb807-strict-best-option-is-longest/base-case';
  /** The fixture with the first `n` wrong options' labels made longer than the best ones. */
  function withLongerWrongOptions(n: number) {
    const input = loadCourse(folder, ROOT);
    const [scenario] = input.scenarios;
    if (!scenario?.scenarioMd) throw new Error('fixture has no scenario.md');
    const short = ['Talk next week.', 'Tell Sam off.', 'Do it yourself.', 'Skip it.', 'Leave.'];
    let text = scenario.scenarioMd.text;
    for (const label of short.slice(0, n))
      text = text.replace(
        label,
        `${label} It is a long week, the team has a great deal on and nobody has time for more meetings.`,
      );
    return { ...input, scenarios: [{ ...scenario, scenarioMd: { ...scenario.scenarioMd, text } }] };
  }
  const codes = (n: number) =>
    checkCourse(withLongerWrongOptions(n), { strict: true }).scenarios.flatMap((s) =>
      s.diagnostics.map((d) => d.code),
    );

  it('warns while more than 40% of the best options are the longest, and not at 40%', () => {
    expect(codes(0)).toContain('CB807'); // 5 of 5
    expect(codes(2)).toContain('CB807'); // 3 of 5
    expect(codes(3)).not.toContain('CB807'); // 2 of 5
  });
});
