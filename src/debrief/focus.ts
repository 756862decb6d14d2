/**
 * A scenario's focus for the library's filter: management, leadership or both, by the
 * share of its behaviour tags in each domain (two thirds or more one way, roughly). A
 * different rule from a choice's tag (src/debrief/tag.ts): one choice with both domains
 * is `both`, but a scenario is `both` only when neither domain clearly leads.
 */
import type { CompiledScenario, Focus, Taxonomy } from '../contract';
import { behaviourIndex } from './tag';

/** From this share of management tags up a scenario is management; from 1 − it down, leadership. */
const FOCUS_SHARE = 0.65;

export function scenarioFocus(scenario: CompiledScenario, taxonomy: Taxonomy | undefined): Focus {
  const index = behaviourIndex(taxonomy);
  let management = 0;
  let leadership = 0;
  for (const choice of scenario.scenes.flatMap((s) => s.choices)) {
    for (const id of choice.behaviours) {
      const domain = index.get(id)?.domain;
      if (domain === 'management') management += 1;
      else if (domain === 'leadership') leadership += 1;
    }
  }
  const total = management + leadership;
  if (total === 0) return 'both';
  const share = management / total;
  return share >= FOCUS_SHARE ? 'management' : share <= 1 - FOCUS_SHARE ? 'leadership' : 'both';
}
