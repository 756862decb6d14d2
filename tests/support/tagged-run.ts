/**
 * A run's debrief from a list of decisions, each the behaviour ids it carries: an inline
 * scenario with one choice per scene, played straight through the real engine and
 * debrief, so profile tests read real `Debrief` values without quoting any bundled label.
 */
import type { Outcome } from '../../src/contract';
import { debrief, type Debrief } from '../../src/debrief';
import { createPlayer, traceRun } from '../../src/engine';
import { inlineScenario } from './inline-scenario';
import { rootPath } from './paths';
import { readFileSync } from 'node:fs';
import type { Taxonomy } from '../../src/contract';

const taxonomy = JSON.parse(
  readFileSync(rootPath('scenarios/behaviours.json'), 'utf8'),
) as Taxonomy;

export function taggedRun(decisions: string[][], outcome: Outcome = 'mixed'): Debrief {
  const states: Record<string, object> = {};
  decisions.forEach((behaviours, i) => {
    states[`d${i}`] = {
      on: {
        NEXT: { target: i + 1 < decisions.length ? `d${i + 1}` : 'end', meta: { behaviours } },
      },
    };
  });
  states.end = { type: 'final', meta: { outcome } };
  const scenario = inlineScenario({ initial: 'd0', context: {}, states });
  const player = createPlayer(scenario);
  return debrief(
    scenario,
    traceRun(
      player,
      decisions.map(() => 'NEXT'),
    ),
    taxonomy,
  );
}
