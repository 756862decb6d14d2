/**
 * Format v1.1 (cond15): named conditions and conditional text at play time. A condition
 * is a guard (the compiler resolved its names), read with the same semantics as any
 * guard; a `when` block shows its blocks when its condition's value (negated for
 * `unless`) holds. The values are read on arrival in a scene and recorded in the trace,
 * so the debrief shows the words as the learner saw them.
 */
import type { Block, CompiledScenario, Scene } from '../contract';
import { guardPasses, type RunContext } from './semantics';

export type ConditionValues = Record<string, boolean>;

/** Every named condition's value in `context` (empty when the scenario has none). */
export function conditionValues(
  scenario: Pick<CompiledScenario, 'conditions'>,
  context: RunContext,
): ConditionValues {
  const values: ConditionValues = {};
  for (const [name, guard] of Object.entries(scenario.conditions ?? {}))
    values[name] = guardPasses(guard, context);
  return values;
}

/** The blocks a learner sees: `when` blocks unwrapped where they hold, left out where not. */
export function visibleBlocks(blocks: readonly Block[], values: ConditionValues): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.t !== 'when') out.push(block);
    else if ((values[block.name] === true) !== block.negate)
      out.push(...visibleBlocks(block.c, values));
  }
  return out;
}

const hasWhen = (blocks: readonly Block[]): boolean =>
  blocks.some((b) => b.t === 'when' || (b.t === 'quote' && hasWhen(b.c)));

/** Whether a scene's prose or any choice's coaching has conditional text. */
export function sceneHasConditions(scene: Scene): boolean {
  return hasWhen(scene.prose.blocks) || scene.choices.some((c) => hasWhen(c.coaching.blocks));
}
