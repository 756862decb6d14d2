/**
 * Can the best answer be guessed by its length? For each decision whose options have
 * one best option (most effective minus counterproductive behaviours), is that option
 * also the longest label? Learners learn to pick the longest button fast; a library
 * where the best option is mostly the longest teaches that, not judgement. Read by
 * `check --strict` and the debrief audit (scripts/debrief-audit.ts).
 */
import type { Behaviour, CompiledScenario, Taxonomy } from '../contract';

export interface BestOptionDecision {
  scene: string;
  /** The event of the one best option. */
  best: string;
  /** Is the best option's label longer than every other option's? */
  longest: boolean;
}

/** An option's worth: its effective behaviours minus its counterproductive ones. */
function worth(behaviours: readonly string[], index: ReadonlyMap<string, Behaviour>): number {
  let sum = 0;
  for (const id of behaviours) {
    const polarity = index.get(id)?.polarity;
    if (polarity === 'effective') sum += 1;
    else if (polarity === 'counterproductive') sum -= 1;
  }
  return sum;
}

/** The label as a learner reads it: Markdown marks do not count towards its length. */
const readLength = (label: string) => label.replace(/[*_`[\]]/g, '').trim().length;

/** Every decision of `scenario` with exactly one best option, and whether it is also the longest label. */
export function bestOptionDecisions(
  scenario: CompiledScenario,
  taxonomy: Taxonomy | undefined,
): BestOptionDecision[] {
  const index = new Map(taxonomy?.behaviours.map((b) => [b.id, b]));
  const out: BestOptionDecision[] = [];
  for (const scene of scenario.scenes) {
    if (scene.choices.length < 2) continue;
    const scored = scene.choices.map((c) => ({
      choice: c,
      worth: worth(c.behaviours, index),
      length: readLength(c.label),
    }));
    const top = Math.max(...scored.map((s) => s.worth));
    const best = scored.filter((s) => s.worth === top);
    if (best.length !== 1 || !best[0]) continue;
    const { choice, length } = best[0];
    out.push({
      scene: scene.id,
      best: choice.event,
      longest: scored.every((s) => s.choice === choice || s.length < length),
    });
  }
  return out;
}
