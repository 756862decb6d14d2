/**
 * A long, straight scenario for measuring a click late in a run: `decisions` scenes in a
 * row, each with two tagged choices that both lead on (one adjusts a metric), then one
 * ending. The tree `generate.ts` makes is wide and about nine decisions deep, so it has
 * no decision 50; this one does, with the same kind of prose on every scene.
 */
interface BehaviourRef {
  id: string;
  polarity: 'effective' | 'counterproductive';
}

export interface ChainScenario {
  folder: string;
  scenarioMd: string;
  machineJson: string;
}

const sceneId = (i: number) => `step-${i}`;

export function chainScenario(
  decisions: number,
  behaviours: readonly BehaviourRef[],
): ChainScenario {
  const folder = `chain-${decisions}`;
  const tag = (i: number) => behaviours[i % behaviours.length]?.id ?? '';
  const md = [
    '---',
    `title: A long week (${decisions} decisions)`,
    'summary: "One decision after another, from Monday to Friday, each one small."',
    'audience: new-manager',
    'minutes: 30',
    'metrics:',
    '  trust: "Your team\'s trust in you"',
    '---',
    '',
    'Every hour of this week asks something of you, and the team is watching how you answer.',
    '',
  ];
  const states: Record<string, unknown> = {};
  for (let i = 1; i <= decisions; i++) {
    const next = i === decisions ? 'outcome-end' : sceneId(i + 1);
    md.push(
      `## ${sceneId(i)}: Hour ${i}`,
      '',
      `It is hour ${i} of the week. Someone on the team brings you a question that cannot wait, and the others look up to see what you will say.`,
      '',
      '### ASK_FIRST',
      '',
      'Ask what is behind the question.',
      '',
      'Asking before deciding shows you want to understand what is behind the question.',
      '',
      '### DECIDE_NOW',
      '',
      'Decide at once and move on.',
      '',
      'Deciding at once keeps the work moving, though it leaves the question behind it unasked.',
      '',
    );
    states[sceneId(i)] = {
      on: {
        ASK_FIRST: {
          target: next,
          actions: [{ type: 'adjust', params: { trust: 1 } }],
          meta: { behaviours: [tag(2 * i)] },
        },
        DECIDE_NOW: { target: next, meta: { behaviours: [tag(2 * i + 1)] } },
      },
    };
  }
  md.push(
    '## outcome-end: Friday evening',
    '',
    'The week is over, and the team has seen how you decide.',
    '',
  );
  states['outcome-end'] = { type: 'final', meta: { outcome: 'mixed' } };
  const machine = { id: folder, initial: sceneId(1), context: { trust: 0 }, states };
  return { folder, scenarioMd: md.join('\n'), machineJson: JSON.stringify(machine, null, 2) };
}
