/**
 * Exhaustive play through the real XState machine up to a number of decisions, for
 * scenarios whose loops make the runs infinite: every snapshot reachable within
 * `depth` choices, deduplicated on the whole snapshot (scene, metrics, flags, history),
 * and what those runs show — endings, scenes entered, choices offered, stuck places,
 * the values runs arrive with, and which choices some complete run (within the bound)
 * takes. Slow and obviously right; the loop tests hold the analysis to it.
 */
import type { CompiledScenario } from '../../src/contract';
import {
  choiceId,
  choose,
  createPlayer,
  isFinished,
  offeredChoices,
  replay,
  startRun,
  timedChoice,
  type Player,
  type RunSnapshot,
} from '../../src/engine';
import { snapshotKey } from './exhaustive-play';

interface SceneValues {
  min: Record<string, number>;
  max: Record<string, number>;
  /** Per flag: the values it has on arrival. */
  flags: Record<string, Set<boolean>>;
}

export interface BoundedPlay {
  /** False when more than `cap` snapshots were reachable within the bound. */
  complete: boolean;
  endings: Set<string>;
  /** States entered by some run (routers included). */
  entered: Set<string>;
  /** `scene#EVENT` offered in some snapshot. */
  offered: Set<string>;
  /** Scenes where some run rests with nothing offered and no ending. */
  stuck: Set<string>;
  /** `scene#EVENT` taken by some run that reaches an ending within the bound. */
  takenInCompleteRuns: Set<string>;
  shortest?: number;
  /** By scene or ending the run rests in: the values runs arrive with. */
  values: Map<string, SceneValues>;
}

const key = snapshotKey;

export function playBounded(
  scenario: CompiledScenario,
  depth: number,
  cap: number,
  from?: { player: Player; snapshot: RunSnapshot },
): BoundedPlay {
  const player = from?.player ?? createPlayer(scenario);
  const first = from?.snapshot ?? startRun(player);
  const result: BoundedPlay = {
    complete: true,
    endings: new Set(),
    entered: new Set(),
    offered: new Set(),
    stuck: new Set(),
    takenInCompleteRuns: new Set(),
    values: new Map(),
  };
  const snapshots = new Map<string, RunSnapshot>([[key(first), first]]);
  const edges: { from: string; choice: string; to: string }[] = [];
  let layer = [key(first)];
  for (let d = 0; d <= depth && layer.length > 0; d++) {
    const nextLayer: string[] = [];
    for (const k of layer) {
      const snapshot = snapshots.get(k) as RunSnapshot;
      record(result, scenario, snapshot);
      if (isFinished(snapshot)) {
        result.shortest ??= d;
        continue;
      }
      const timed = timedChoice(player, snapshot);
      const offered = [...offeredChoices(player, snapshot, 0), ...(timed ? [timed] : [])];
      if (offered.length === 0) result.stuck.add(String(snapshot.value));
      if (d === depth) continue;
      for (const choice of offered) {
        result.offered.add(choiceId(String(snapshot.value), choice.event));
        const next = choose(player, snapshot, choice.event);
        if (!next) throw new Error(`offered ${choice.event} but XState would not take it`);
        const nk = key(next);
        edges.push({ from: k, choice: choiceId(String(snapshot.value), choice.event), to: nk });
        if (snapshots.has(nk)) continue;
        if (snapshots.size >= cap) {
          result.complete = false;
          return result;
        }
        snapshots.set(nk, next);
        nextLayer.push(nk);
      }
    }
    layer = nextLayer;
  }
  // Which snapshots can still finish within what was explored, and so which choices complete runs take.
  const canFinish = new Set([...snapshots].filter(([, s]) => isFinished(s)).map(([k]) => k));
  for (let grew = true; grew;) {
    grew = false;
    for (const e of edges) {
      if (canFinish.has(e.to) && !canFinish.has(e.from)) {
        canFinish.add(e.from);
        grew = true;
      }
    }
  }
  for (const e of edges) if (canFinish.has(e.to)) result.takenInCompleteRuns.add(e.choice);
  return result;
}

function record(result: BoundedPlay, scenario: CompiledScenario, snapshot: RunSnapshot): void {
  const at = String(snapshot.value);
  snapshot.context.visited.forEach((s) => result.entered.add(s));
  if (isFinished(snapshot)) result.endings.add(at);
  const seen = result.values.get(at) ?? { min: {}, max: {}, flags: {} };
  for (const m of scenario.metrics) {
    const v = snapshot.context.metrics[m.id] ?? 0;
    seen.min[m.id] = Math.min(seen.min[m.id] ?? Infinity, v);
    seen.max[m.id] = Math.max(seen.max[m.id] ?? -Infinity, v);
  }
  for (const f of scenario.flags)
    (seen.flags[f.id] ??= new Set()).add(snapshot.context.flags[f.id] === true);
  result.values.set(at, seen);
}

/** Replay a run of `scene#EVENT` choices; throws when XState refuses one. */
export function playRun(player: Player, choices: readonly string[]): RunSnapshot {
  const events = choices.map((c) => c.split('#')[1] as string);
  const played = replay(player, events);
  if (played.failure)
    throw new Error(`XState refused ${played.failure.event} at step ${played.failure.step}`);
  return played.snapshot;
}
