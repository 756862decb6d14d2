/**
 * Format v1.1: for each conditional block, whether the runs the analysis explored show
 * it, hide it, or both — read where the engine reads it: a scene's or ending's text on
 * arrival there, a choice's coaching with the values of arrival in the scene the choice
 * is taken in (what the trace records and the debrief shows). A block inside another is
 * only looked at where the one around it is shown. The explored states keep every value
 * the conditions read (`liveness.ts`), so this is exact for an analysis that finished.
 */
import type { Graph } from './explore';
import { conditionalBlocks, type ConditionalBlock } from './conditional-blocks';
import type { Values } from './model';
import { choiceId } from '../ids';

export interface BlockVisibility {
  block: ConditionalBlock;
  /** Some run reaches the place the block is read, with every block around it shown. */
  read: boolean;
  /** Some such run is shown the block. */
  shown: boolean;
  /** Some such run is not. */
  hidden: boolean;
}

export function blockVisibility(graph: Graph): BlockVisibility[] {
  const { model } = graph;
  const blocks = conditionalBlocks(model.scenario);
  if (blocks.length === 0) return [];
  const result = blocks.map((block) => ({ block, read: false, shown: false, hidden: false }));
  // Per scene index, its text's blocks; per `scene#EVENT`, that coaching's blocks (outer first).
  const inText = new Map<number, ConditionalBlock[]>();
  const inCoaching = new Map<string, ConditionalBlock[]>();
  for (const block of blocks) {
    if (block.event === undefined) listIn(inText, block.scene).push(block);
    else listIn(inCoaching, choiceId(block.sceneId, block.event)).push(block);
  }
  const visible = new Uint8Array(blocks.length);
  const look = (list: ConditionalBlock[], values: Values) => {
    for (const block of list) {
      const seen = result[block.index] as BlockVisibility;
      if (block.parent >= 0 && !visible[block.parent]) {
        visible[block.index] = 0;
        continue;
      }
      const holds = model.conditions.get(block.name)?.(values) ?? false;
      const shows = holds !== block.negate;
      visible[block.index] = shows ? 1 : 0;
      seen.read = true;
      if (shows) seen.shown = true;
      else seen.hidden = true;
    }
  };
  graph.nodeScene.forEach((scene, id) => {
    const kind = graph.nodeKind[id];
    if (kind !== 'scene' && kind !== 'ending') return;
    const values = graph.nodeValues[id] as Values;
    const text = inText.get(scene);
    if (text) look(text, values);
    for (const edge of graph.edges[id] ?? []) {
      const coaching = inCoaching.get(edge.choice);
      if (coaching) look(coaching, values);
    }
  });
  return result;
}

function listIn<K>(map: Map<K, ConditionalBlock[]>, key: K): ConditionalBlock[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
