/**
 * Format v1.1 (cond15): named conditions compile resolved, and conditional text is read on
 * arrival — play and the trace agree, through both roads into the same scene.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileScenario, parseTaxonomy, sourceFile } from '../../src/compiler';
import type { Block, CompiledScenario } from '../../src/contract';
import { conditionValues, createPlayer, traceRun, visibleBlocks } from '../../src/engine';
import { rootPath } from '../support/paths';

const dir = rootPath('tests/fixtures/conditional/two-roads');
const taxonomy = parseTaxonomy(
  sourceFile('behaviours.json', readFileSync(rootPath('scenarios/behaviours.json'), 'utf8')),
).taxonomy;

function compiled(): CompiledScenario {
  const result = compileScenario(
    {
      folder: 'two-roads',
      scenarioMd: {
        path: 'two-roads/scenario.md',
        text: readFileSync(`${dir}/scenario.md`, 'utf8'),
      },
      machineJson: {
        path: 'two-roads/machine.json',
        text: readFileSync(`${dir}/machine.json`, 'utf8'),
      },
    },
    taxonomy,
  );
  expect(result.diagnostics).toEqual([]);
  if (!result.scenario) throw new Error('did not compile');
  return result.scenario;
}

const text = (blocks: Block[]): string =>
  blocks
    .map((b) => (b.t === 'p' ? b.c.map((i) => (i.t === 'text' ? i.v : '')).join('') : b.t))
    .join(' | ');

describe('named conditions', () => {
  it('compiles meta.conditions resolved, and keeps the guard name on the transition', () => {
    const scenario = compiled();
    expect(scenario.conditions).toEqual({
      trusting: { type: 'metric', params: { name: 'trust', atLeast: 1 } },
      listened: {
        type: 'and',
        guards: [
          { type: 'metric', params: { name: 'trust', atLeast: 1 } },
          { type: 'chose', params: { event: 'LISTEN' } },
        ],
      },
    });
    const wrap = scenario.scenes.find((s) => s.id === 'meeting')?.choices[0]?.transitions[0];
    expect(wrap?.guardName).toBe('listened');
    expect(wrap?.guard?.type).toBe('and');
    const meeting = scenario.scenes.find((s) => s.id === 'meeting');
    expect(meeting?.prose.blocks.map((b) => b.t)).toEqual(['p', 'when', 'when']);
    expect(meeting?.prose.markdown).toContain('::: when trusting');
  });

  it('shows different words in the same scene by the road taken, and the trace records them', () => {
    const player = createPlayer(compiled());
    const listened = traceRun(player, ['LISTEN', 'WRAP_UP']);
    const rushed = traceRun(player, ['RUSH', 'WRAP_UP']);
    const meeting = player.scenes.get('meeting');
    if (!meeting) throw new Error('no meeting');
    expect(listened.steps[0]?.conditions).toBeUndefined();
    expect(listened.steps[1]?.conditions).toEqual({ trusting: true, listened: true });
    expect(rushed.steps[1]?.conditions).toEqual({ trusting: false, listened: false });
    const seen = (values: Record<string, boolean> | undefined) =>
      text(visibleBlocks(meeting.prose.blocks, values ?? {}));
    expect(seen(listened.steps[1]?.conditions)).toBe(
      'You talk through the week. | She looks less tense than when she came in.',
    );
    expect(seen(rushed.steps[1]?.conditions)).toBe(
      'You talk through the week. | She keeps glancing at the door.',
    );
    expect(listened.ending?.id).toBe('ending-good');
    expect(listened.endingConditions).toBeUndefined();
    expect(rushed.ending?.id).toBe('ending-flat');
    expect(rushed.endingConditions).toEqual({ trusting: false, listened: false });
  });

  it('reads the same values as the guards do', () => {
    const scenario = compiled();
    const context = { metrics: { trust: 1 }, flags: {}, visited: ['opening'], chose: [] };
    expect(conditionValues(scenario, context as never)).toEqual({
      trusting: true,
      listened: false,
    });
    expect(conditionValues({}, context as never)).toEqual({});
  });
});
