/**
 * Format v1.1: CB709 (conditional text no run shows) and CB710 (conditional text every
 * run shows, so its marker changes nothing), at the block's `::: when` line in
 * scenario.md. Said only of an analysis that finished: one stopped at its limit (CB707)
 * has not seen every run, so "no run" and "every run" would be guesses; it says nothing.
 * A block inside one no run shows is not reported again (the outer block is).
 */
import { diagnostic } from '../../contract/catalogue';
import type { CompiledScenario, Diagnostic } from '../../contract';
import type { Analysis } from './analyse';
import { blockVisibility } from './block-visibility';
import type { ConditionalBlock } from './conditional-blocks';

export function conditionalTextDiagnostics(
  scenario: CompiledScenario,
  analysis: Analysis,
): Diagnostic[] {
  if (!analysis.complete || !scenario.conditions) return [];
  const out: Diagnostic[] = [];
  for (const { block, read, shown, hidden } of blockVisibility(analysis.graph)) {
    // Never read: its scene is never reached or its choice never taken (CB702, CB703 say so).
    if (!read) continue;
    const { file, range } = block.source;
    if (!shown) out.push(diagnostic('CB709', file, range, neverShown(scenario, block)));
    else if (!hidden) out.push(diagnostic('CB710', file, range, alwaysShown(scenario, block)));
  }
  return out;
}

const marker = (b: ConditionalBlock) => `"::: ${b.negate ? 'unless' : 'when'} ${b.name}"`;

function place(scenario: CompiledScenario, b: ConditionalBlock): string {
  const ending = scenario.scenes[b.scene]?.kind === 'ending';
  if (b.event !== undefined) return `the coaching of ${b.event} in "${b.sceneId}"`;
  return `${ending ? 'the ending' : 'the scene'} "${b.sceneId}"`;
}

/** Which runs read the block: those that arrive, take the choice, or see the block around it. */
function readers(b: ConditionalBlock): string {
  const where =
    b.event === undefined
      ? 'every run that arrives there'
      : `every run that takes ${b.event} there (read on arrival in "${b.sceneId}")`;
  return b.parent >= 0 ? `${where} and is shown the conditional text around it` : where;
}

function neverShown(scenario: CompiledScenario, b: ConditionalBlock): string {
  const value = b.negate ? 'is true' : 'is false';
  return `No run ever shows the text under ${marker(b)} in ${place(scenario, b)}: the condition "${b.name}" ${value} for ${readers(b)}. Change the condition in machine.json's "meta.conditions" (or the choices that lead here) so that some runs see this text, or delete the block.`;
}

function alwaysShown(scenario: CompiledScenario, b: ConditionalBlock): string {
  const value = b.negate ? 'is false' : 'is true';
  return `Every run shows the text under ${marker(b)} in ${place(scenario, b)}: the condition "${b.name}" ${value} for ${readers(b)}, so the marker changes nothing. Delete the ${marker(b)} line and its closing ":::" to show the text always, or change the condition so that it tells runs apart.`;
}
