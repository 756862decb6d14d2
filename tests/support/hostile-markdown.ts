/**
 * The hostile Markdown of issue 12 (as a malicious or careless author would write it),
 * shared by the test that proves each is refused at its line and by the benchmark that
 * times it: each puts `prose()` into the opening scene of an otherwise valid scenario.
 */
import type { ScenarioInput } from '../../src/compiler';

export interface HostileMarkdown {
  name: string;
  /** Markdown for the opening scene's prose. */
  prose: () => string;
  /** The 1-based line of `prose()` where the refusal must point. */
  line: number;
}

export const HOSTILE_MARKDOWN: HostileMarkdown[] = [
  { name: '300 KB of _a_a', prose: () => '_a'.repeat(150_000), line: 1 },
  {
    name: '2,200 nested list levels',
    prose: () =>
      Array.from({ length: 2_200 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
    line: 17,
  },
  { name: '10,000 nested quotes', prose: () => `${'>'.repeat(10_000)} deep`, line: 1 },
  { name: '10 MB paragraph', prose: () => 'All work and no play. '.repeat(476_191), line: 1 },
];

/** The scene text that comes before the hostile prose, so the refusal's line is not line 1 of the body. */
const LEAD = 'Sam has missed the deadline twice.\n\n';

/** Where the hostile prose starts in scenario.md (1-based line). */
export const HOSTILE_FIRST_LINE = 16;

export function hostileScenario(prose: string): ScenarioInput {
  const md = `---
title: Hostile
summary: A scenario whose opening scene holds hostile Markdown.
audience: new-manager
minutes: 5
metrics:
  trust: Trust between you and Sam
---

The briefing.

## opening: The first minute

${LEAD}${prose}

### SET_THE_GOAL

Say what needs to be true by Friday.

Naming the outcome gives Sam something to own.

## outcome-strong: A plan you both own

Sam leaves with a clear goal.
`;
  const machine = {
    id: 'hostile',
    initial: 'opening',
    context: { trust: 0 },
    states: {
      opening: {
        on: {
          SET_THE_GOAL: {
            target: 'outcome-strong',
            actions: [{ type: 'adjust', params: { trust: 1 } }],
            meta: { behaviours: ['sets-clear-objectives'] },
          },
        },
      },
      'outcome-strong': { type: 'final', meta: { outcome: 'strong' } },
    },
  };
  return {
    folder: 'hostile',
    scenarioMd: { path: 'hostile/scenario.md', text: md },
    machineJson: { path: 'hostile/machine.json', text: JSON.stringify(machine, null, 2) },
  };
}
