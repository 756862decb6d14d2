/**
 * The player's "from here" analysis for component tests that render the player on
 * its own, without the page's worker: the same analysis, answered at once.
 */
import type { CompiledScenario } from '../../src/contract';
import { analyse, type Start } from '../../src/engine';
import { summarise } from '../../src/ui/author/work/author-work';

export function fromHereOf(scenario: CompiledScenario) {
  return async (from: Start) => summarise(analyse(scenario, 50_000, from));
}
