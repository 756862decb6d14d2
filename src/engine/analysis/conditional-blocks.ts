/**
 * Format v1.1: the conditional blocks (`::: when NAME` / `::: unless NAME`) of a compiled
 * scenario, as the analysis needs them — which condition each reads, in which scene or
 * choice's coaching, inside which other block, and at which line of scenario.md its
 * `::: when` line is. The compiled blocks carry no positions (the contract stays as it
 * is), but each prose keeps the author's Markdown and where it starts: the marker lines
 * are found there again, in the order the compiler nested them.
 */
import type { Block, CompiledScenario, Guard, Prose, Scene, SourceRef } from '../../contract';

export interface ConditionalBlock {
  /** Its place in the list `conditionalBlocks` returns. */
  index: number;
  /** The scene or ending it is in (by scene index and id). */
  scene: number;
  sceneId: string;
  /** Set when the block is in this choice's coaching. */
  event?: string;
  name: string;
  negate: boolean;
  /** The conditional block it is inside (its index), or -1. */
  parent: number;
  /** The `::: when` / `::: unless` line in scenario.md. */
  source: SourceRef;
}

/** A condition's guard, when the scenario declares it (own entries only: a name may be `constructor`). */
export function conditionGuard(scenario: CompiledScenario, name: string): Guard | undefined {
  const all = scenario.conditions;
  return all && Object.hasOwn(all, name) ? all[name] : undefined;
}

function namesIn(blocks: readonly Block[], out: Set<string>): void {
  for (const block of blocks) {
    if (block.t !== 'when') continue;
    out.add(block.name);
    namesIn(block.c, out);
  }
}

/** The conditions the conditional text of `scene` reads on arrival (its prose and its choices' coaching). */
export function textConditions(scene: Scene): string[] {
  const names = new Set<string>();
  namesIn(scene.prose.blocks, names);
  for (const choice of scene.choices) namesIn(choice.coaching.blocks, names);
  return [...names];
}

const MARKER = /^ {0,3}:::\s*(when|unless)\s+\S+\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The `::: when` / `::: unless` lines of a prose, in order, outside fenced code (as the compiler reads them). */
function markerLines(prose: Prose): SourceRef[] {
  const out: SourceRef[] = [];
  const { start } = prose.source.range;
  let fence: string | undefined;
  let offset = 0;
  prose.markdown.split('\n').forEach((line, i) => {
    const opening = FENCE.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
    } else if (opening) fence = opening;
    else if (MARKER.test(line)) {
      const indent = line.length - line.trimStart().length;
      const col = (i === 0 ? start.col : 1) + indent;
      const from = start.offset + offset + indent;
      const length = line.trim().length;
      out.push({
        file: prose.source.file,
        range: {
          start: { line: start.line + i, col, offset: from },
          end: { line: start.line + i, col: col + length, offset: from + length },
        },
      });
    }
    offset += line.length + 1;
  });
  return out;
}

/** Every conditional block of `scenario`, outer blocks before the blocks inside them, in source order. */
export function conditionalBlocks(scenario: CompiledScenario): ConditionalBlock[] {
  const out: ConditionalBlock[] = [];
  scenario.scenes.forEach((scene, sceneIndex) => {
    const add = (prose: Prose, event: string | undefined) => {
      if (!prose.blocks.some((b) => b.t === 'when')) return;
      const lines = markerLines(prose);
      let next = 0;
      const walk = (blocks: readonly Block[], parent: number) => {
        for (const block of blocks) {
          if (block.t !== 'when') continue;
          const index = out.length;
          out.push({
            index,
            scene: sceneIndex,
            sceneId: scene.id,
            ...(event === undefined ? {} : { event }),
            name: block.name,
            negate: block.negate,
            parent,
            // Should the lines and blocks ever disagree, the prose's first line stands in.
            source: lines[next++] ?? prose.source,
          });
          walk(block.c, index);
        }
      };
      walk(prose.blocks, -1);
    };
    add(scene.prose, undefined);
    for (const choice of scene.choices) add(choice.coaching, choice.event);
  });
  return out;
}
