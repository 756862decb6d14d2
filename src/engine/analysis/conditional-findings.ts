/**
 * Format v1.1: CB709 (conditional text no run shows) and CB710 (conditional text every
 * run shows, so its marker changes nothing), at the block's `::: when` line in
 * scenario.md. Said only of an analysis that finished: one stopped at its limit (CB707)
 * has not seen every run, so "no run" and "every run" would be guesses; it says nothing.
 * A block inside one no run shows is not reported again (the outer block is).
 */
import { diagnostic } from '../../contract/catalogue';
import type { CompiledScenario, Diagnostic, Worded, Wording } from '../../contract';
import { phrase, words } from '../../i18n/diagnostic-words';
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

function place(scenario: CompiledScenario, b: ConditionalBlock): Wording {
  const ending = scenario.scenes[b.scene]?.kind === 'ending';
  if (b.event !== undefined)
    return phrase('diagnostics.analysis.block.coaching', { event: b.event, scene: b.sceneId });
  return ending
    ? phrase('diagnostics.analysis.block.ending', { scene: b.sceneId })
    : phrase('diagnostics.analysis.block.scene', { scene: b.sceneId });
}

/** Which runs read the block: those that arrive, take the choice, or see the block around it. */
function readers(b: ConditionalBlock): Wording {
  const where =
    b.event === undefined
      ? phrase('diagnostics.analysis.block.arrives')
      : phrase('diagnostics.analysis.block.takes', { event: b.event, scene: b.sceneId });
  return b.parent >= 0 ? phrase('diagnostics.analysis.block.inside', { readers: where }) : where;
}

function neverShown(scenario: CompiledScenario, b: ConditionalBlock): Worded {
  return words('diagnostics.CB709.neverShown', {
    marker: marker(b),
    place: place(scenario, b),
    name: b.name,
    value: b.negate ? 'true' : 'false',
    readers: readers(b),
  });
}

function alwaysShown(scenario: CompiledScenario, b: ConditionalBlock): Worded {
  return words('diagnostics.CB710.alwaysShown', {
    marker: marker(b),
    place: place(scenario, b),
    name: b.name,
    value: b.negate ? 'false' : 'true',
    readers: readers(b),
  });
}
