/**
 * The comparison for the analysis: `@xstate/graph`'s `getShortestPaths` on the
 * XState machine the engine plays (`buildMachine`), for the same generated scenario.
 * `bench/run.ts` runs this file in a child process, so that a run that takes too long
 * or runs out of memory can be stopped without taking the benchmark with it; it sends
 * each timing as soon as it has it. Run on its own it prints them:
 *
 *   npx tsx bench/xstate-graph.ts 1000 [fair|default] [reps] [tree|merging]
 *
 * `fair` (the default) serialises a snapshot by scene, every metric and flag, and only
 * the `visited`/`chose` history that some guard reads, in a set order — the state the
 * analysis keyed by before it learnt to forget what no guard ahead reads, so it
 * explores at least as many states as the analysis, and the shortest run must agree.
 * `default` uses @xstate/graph's own serialisation (value + whole context, history
 * lists in the order made), which tells apart every path into a scene.
 *
 * `bench/run.ts` also imports `shortestPaths` to time it in its own process,
 * interleaved with the analysis, once this probe has shown it finishes in time.
 *
 * The events to try in each state are @xstate/graph's default for machines: every
 * event the state's nodes handle (a choice whose guard fails leaves the snapshot as
 * it was, which is then already known).
 */
import { performance } from 'node:perf_hooks';
import { getShortestPaths } from '@xstate/graph';
import type { CompiledScenario, Guard } from '../src/contract';
import { buildMachine, type RunSnapshot } from '../src/engine';
import { loadTaxonomy, median, prepare, type Shape } from './common';

export type GraphMessage =
  | { type: 'ready'; buildMs: number }
  | { type: 'sample'; ms: number; states: number; shortest: number | null }
  | { type: 'done'; median: number; runs: number; states: number; shortest: number | null }
  | { type: 'error'; message: string };

/** Traversal steps (queue pops) @xstate/graph may take before it gives up: far above what these scenarios need. */
const LIMIT = 5_000_000;

function historyRead(scenario: CompiledScenario): { visited: Set<string>; chose: Set<string> } {
  const visited = new Set<string>();
  const chose = new Set<string>();
  const walk = (guard: Guard | undefined): void => {
    if (!guard) return;
    if (guard.type === 'visited') visited.add(guard.params.state);
    else if (guard.type === 'chose') chose.add(guard.params.event);
    else if (guard.type === 'and' || guard.type === 'or') guard.guards.forEach(walk);
    else if (guard.type === 'not') walk(guard.guard);
  };
  for (const scene of scenario.scenes) {
    scene.routes.forEach((r) => walk(r.guard));
    scene.choices.forEach((c) => c.transitions.forEach((t) => walk(t.guard)));
  }
  return { visited, chose };
}

function fairSerializer(scenario: CompiledScenario): (snapshot: RunSnapshot) => string {
  const read = historyRead(scenario);
  return ({ value, context }) =>
    JSON.stringify([
      value,
      context.metrics,
      context.flags,
      context.visited.filter((s) => read.visited.has(s)).sort(),
      context.chose.filter((e) => read.chose.has(e)).sort(),
    ]);
}

/** A run of @xstate/graph's shortest paths to every state of `compiled`'s machine (built once, here): how many states, and the shortest complete run. */
export function shortestPaths(
  compiled: CompiledScenario,
  mode: 'fair' | 'default' = 'fair',
): () => { states: number; shortest: number | null } {
  const machine = buildMachine(compiled);
  const options =
    mode === 'fair' ? { serializeState: fairSerializer(compiled), limit: LIMIT } : { limit: LIMIT };
  return () => {
    const paths = getShortestPaths(machine, options);
    const done = paths.filter((p) => p.state.status === 'done').map((p) => p.weight);
    return { states: paths.length, shortest: done.length > 0 ? Math.min(...done) : null };
  };
}

function main(): void {
  const scenes = Number(process.argv[2]);
  const mode = process.argv[3] === 'default' ? 'default' : 'fair';
  const reps = Number(process.argv[4] ?? 5);
  const shape: Shape = process.argv[5] === 'merging' ? 'merging' : 'tree';
  const send = (message: GraphMessage) => {
    if (process.send) process.send(message);
    else console.log(JSON.stringify(message));
  };
  try {
    const { compiled } = prepare(scenes, loadTaxonomy(), shape);
    const start = performance.now();
    const run = shortestPaths(compiled, mode);
    send({ type: 'ready', buildMs: performance.now() - start });
    const samples: number[] = [];
    let states = 0;
    let shortest: number | null = null;
    // The first run is the warm-up. Then up to `reps` timed runs, but no new one once
    // the timed runs have taken a minute; a warm-up over a minute is the only sample.
    const begun = performance.now();
    let first: number | undefined;
    for (let i = 0; i <= reps; i++) {
      const t0 = performance.now();
      ({ states, shortest } = run());
      const ms = performance.now() - t0;
      send({ type: 'sample', ms, states, shortest });
      first ??= ms;
      if (i > 0) samples.push(ms);
      if (i === 0 && ms > 60_000) {
        samples.push(ms);
        break;
      }
      if (i > 0 && performance.now() - begun > 60_000) break;
    }
    // With no timed runs asked for (a probe), the warm-up is the one sample.
    if (samples.length === 0 && first !== undefined) samples.push(first);
    send({ type: 'done', median: median(samples), runs: samples.length, states, shortest });
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

if (process.argv[1]?.endsWith('xstate-graph.ts')) main();
