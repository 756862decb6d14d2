/**
 * Format v1.1: which conditional blocks exhaustive play through the real XState machine
 * shows — every reachable snapshot, each scene's or ending's text with the condition
 * values on arrival (`conditionValues`, as the trace records them), each offered choice's
 * coaching with those same values (the debrief's reading). The analysis's answer is held
 * to this one. Blocks come in the order of their scenes, text before coaching, outer
 * blocks before the blocks inside them.
 */
import type { Block, CompiledScenario, Prose } from '../../src/contract';
import {
  choose,
  conditionValues,
  createPlayer,
  isFinished,
  offeredChoices,
  startRun,
  timedChoice,
  visibleBlocks,
  type ConditionValues,
  type RunSnapshot,
} from '../../src/engine';
import { snapshotKey } from './exhaustive-play';

export interface TextSeen {
  scene: string;
  event?: string;
  name: string;
  negate: boolean;
  read: boolean;
  shown: boolean;
  hidden: boolean;
}

type When = Extract<Block, { t: 'when' }>;

/** With more than `limit` snapshots, play stops there (`complete: false`): what it saw holds, what it did not is unknown. */
export function textByPlay(
  scenario: CompiledScenario,
  limit = 100_000,
): { seen: TextSeen[]; complete: boolean } {
  const seen: TextSeen[] = [];
  const entry = new Map<When, TextSeen>();
  const list = (prose: Prose, scene: string, event?: string) => {
    const walk = (blocks: readonly Block[]) => {
      for (const b of blocks) {
        if (b.t !== 'when') continue;
        const e: TextSeen = {
          scene,
          ...(event === undefined ? {} : { event }),
          name: b.name,
          negate: b.negate,
          read: false,
          shown: false,
          hidden: false,
        };
        seen.push(e);
        entry.set(b, e);
        walk(b.c);
      }
    };
    walk(prose.blocks);
  };
  for (const s of scenario.scenes) {
    list(s.prose, s.id);
    for (const c of s.choices) list(c.coaching, s.id, c.event);
  }

  /** Mark what `values` shows of `blocks`, and check the result against the engine's `visibleBlocks`. */
  const look = (blocks: readonly Block[], values: ConditionValues) => {
    const out: Block[] = [];
    const walk = (list: readonly Block[], shown: boolean) => {
      for (const b of list) {
        if (b.t !== 'when') {
          if (shown) out.push(b);
          continue;
        }
        const e = entry.get(b) as TextSeen;
        const shows = shown && (values[b.name] === true) !== b.negate;
        if (shown) {
          e.read = true;
          if (shows) e.shown = true;
          else e.hidden = true;
        }
        walk(b.c, shows);
      }
    };
    walk(blocks, true);
    const engine = visibleBlocks(blocks, values);
    if (engine.length !== out.length || engine.some((b, i) => b !== out[i]))
      throw new Error('this reading of conditional text differs from visibleBlocks');
  };

  const player = createPlayer(scenario);
  const first = startRun(player);
  const keys = new Set([snapshotKey(first)]);
  const queue: RunSnapshot[] = [first];
  for (let i = 0; i < queue.length; i++) {
    const snapshot = queue[i] as RunSnapshot;
    const scene = scenario.scenes.find((s) => s.id === String(snapshot.value));
    if (!scene) continue;
    const values = conditionValues(scenario, snapshot.context);
    look(scene.prose.blocks, values);
    if (isFinished(snapshot)) continue;
    const timed = timedChoice(player, snapshot);
    for (const choice of [...offeredChoices(player, snapshot, 0), ...(timed ? [timed] : [])]) {
      look(choice.coaching.blocks, values);
      const next = choose(player, snapshot, choice.event);
      if (!next) throw new Error(`offered ${choice.event} but XState would not take it`);
      const k = snapshotKey(next);
      if (keys.has(k)) continue;
      if (keys.size >= limit) return { seen, complete: false };
      keys.add(k);
      queue.push(next);
    }
  }
  return { seen, complete: true };
}
