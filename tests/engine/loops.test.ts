/**
 * On scenarios with loops and merges — choices that lead back to their own or an
 * earlier scene while moving metrics, many roads into the same scenes — the analysis
 * must say exactly what exhaustive play through XState finds. Play is bounded by the
 * number of states the analysis explored: every state it explores is reached by a run
 * at most that long, so within the bound play sees everything the analysis claims,
 * and everything play sees, the analysis must claim. Where the analysis says "reached"
 * or "unbounded", it shows a run, and XState replays it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  choiceId,
  createPlayer,
  isFinished,
  offeredChoices,
  type Analysis,
} from '../../src/engine';
import { finishable, topologicalOrder } from '../../src/engine/analysis/order';
import { witness } from '../../src/engine/analysis/ranges';
import type { CompiledScenario } from '../../src/contract';
import { playBounded, playRun } from '../support/bounded-play';
import { playEverything } from '../support/exhaustive-play';
import { randomLoopingScenario } from '../support/random-scenario';
import { compileFixture, fixtureCases } from '../support/fixtures';

const CAP = 20_000;

/** A complete run that takes `edge` out of `from`: the shortest run there, the choice, then on to an ending. */
function completeRunThrough(analysis: Analysis, from: number, edge: number): string[] {
  const { graph } = analysis;
  const canFinish = finishable(graph);
  const e = graph.edges[from]?.[edge];
  if (!e) throw new Error('no such edge');
  const run = [...witness(graph, from).choices, e.choice];
  // Breadth first from e.to to the nearest ending, through states that can finish.
  const back = new Map<number, [number, string]>();
  const queue = [e.to];
  let end = graph.nodeKind[e.to] === 'ending' ? e.to : -1;
  for (let i = 0; i < queue.length && end < 0; i++) {
    const u = queue[i] as number;
    for (const next of graph.edges[u] ?? []) {
      if (!canFinish[next.to] || back.has(next.to) || next.to === e.to) continue;
      back.set(next.to, [u, next.choice]);
      if (graph.nodeKind[next.to] === 'ending') {
        end = next.to;
        break;
      }
      queue.push(next.to);
    }
  }
  const tail: string[] = [];
  for (let v = end; v !== e.to && v >= 0; v = (back.get(v) as [number, string])[0])
    tail.push((back.get(v) as [number, string])[1]);
  return [...run, ...tail.reverse()];
}

/** A run that goes round a loop `k` times and then finishes: proof that runs are unbounded. */
function lasso(analysis: Analysis, k: number): string[] | undefined {
  const { graph } = analysis;
  const canFinish = finishable(graph);
  // A state on a cycle that can finish: find a cycle back to it by breadth-first search.
  for (let c = 0; c < graph.nodeScene.length; c++) {
    if (!canFinish[c]) continue;
    const back = new Map<number, [number, number]>();
    const queue = [c];
    let closing: [number, number] | undefined;
    for (let i = 0; i < queue.length && !closing; i++) {
      const u = queue[i] as number;
      (graph.edges[u] ?? []).forEach((e, index) => {
        if (closing) return;
        if (e.to === c) closing = [u, index];
        else if (!back.has(e.to)) {
          back.set(e.to, [u, index]);
          queue.push(e.to);
        }
      });
    }
    if (!closing) continue;
    const cycle: string[] = [];
    for (let [u, index] = closing; ;) {
      cycle.push((graph.edges[u]?.[index] as { choice: string }).choice);
      if (u === c) break;
      [u, index] = back.get(u) as [number, number];
    }
    cycle.reverse();
    const exitEdge = (graph.edges[c] ?? []).findIndex((e) => canFinish[e.to]);
    const finish = completeRunThrough(analysis, c, exitEdge).slice(
      witness(graph, c).choices.length,
    );
    const round = Array.from({ length: k }, () => cycle).flat();
    return [...witness(graph, c).choices, ...round, ...finish];
  }
  return undefined;
}

function agreeWithPlay(scenario: CompiledScenario): boolean {
  const analysis = analyse(scenario, 5_000);
  if (!analysis.complete) return false;
  const play = playBounded(scenario, analysis.states + 1, CAP);
  if (!play.complete) return false;
  const player = createPlayer(scenario);
  const { graph } = analysis;
  const ids = scenario.scenes.map((s) => s.id);

  expect(new Set(analysis.endings.map((e) => e.id))).toEqual(play.endings);
  expect(new Set(ids.filter((_, i) => analysis.arrivals[i]))).toEqual(play.entered);
  expect(graph.offered).toEqual(play.offered);
  expect(analysis.shortest).toBe(play.shortest);
  expect(new Set(analysis.stuck.map((p) => p.scene))).toEqual(play.stuck);

  // Choices: what play saw in a complete run the analysis must not call untaken; what the analysis calls taken, XState plays.
  const untaken = new Set(analysis.untakenChoices);
  for (const c of play.takenInCompleteRuns) expect(untaken.has(c)).toBe(false);
  const canFinish = finishable(graph);
  const shown = new Set<string>();
  graph.edges.forEach((out, from) =>
    out.forEach((e, index) => {
      if (!canFinish[e.to] || shown.has(e.choice)) return;
      shown.add(e.choice);
      expect(isFinished(playRun(player, completeRunThrough(analysis, from, index)))).toBe(true);
    }),
  );
  expect(new Set([...shown, ...untaken])).toEqual(
    new Set(scenario.scenes.flatMap((s) => s.choices.map((c) => choiceId(s.id, c.event)))),
  );

  // Runs: counted exactly where finite; where unbounded, XState goes round the loop and still finishes.
  if (analysis.runs === 'unbounded') {
    const lengths = [1, 2, 3].map((k) => {
      const run = lasso(analysis, k) as string[];
      expect(isFinished(playRun(player, run))).toBe(true);
      return run.length;
    });
    expect(lengths[0]).toBeLessThan(lengths[1] as number);
  } else if (topologicalOrder(graph).order.length === graph.nodeScene.length) {
    // No loop at all: play every run to its end and count them.
    const all = playEverything(scenario);
    expect(analysis.runs).toBe(all.runs);
    if (all.runs > 0n) expect(analysis.longest).toBe(all.longest);
  }

  // Values: each ending's and each scene's range is what runs arrive with (unbounded only where play keeps going).
  for (const [at, seen] of play.values) {
    const index = ids.indexOf(at);
    const arrival = analysis.arrivals[index];
    // Where runs are routed on at once, the analysis also counts the values they pass through with.
    if (!arrival || (scenario.scenes[index]?.routes.length ?? 0) > 0) continue;
    scenario.metrics.forEach((m, i) => {
      const [lo, hi] = [arrival.min[i] as number, arrival.max[i] as number];
      expect(lo).not.toBe(Infinity);
      expect(hi).not.toBe(-Infinity);
      // Within the bound play reaches every finite extreme (a cheapest path has no loop in it).
      if (Number.isFinite(lo)) expect(seen.min[m.id]).toBe(lo);
      if (Number.isFinite(hi)) expect(seen.max[m.id]).toBe(hi);
    });
    scenario.flags.forEach((f, i) => {
      const slot = scenario.metrics.length + i;
      const can = new Set<boolean>();
      if (arrival.min[slot] === 0) can.add(false);
      if (arrival.max[slot] === 1) can.add(true);
      expect(seen.flags[f.id]).toEqual(can);
    });
  }
  for (const ending of analysis.endings) {
    const seen = play.values.get(ending.id);
    for (const [m, r] of Object.entries(ending.metrics)) {
      if (Number.isFinite(r.min)) expect(seen?.min[m]).toBe(r.min);
      if (Number.isFinite(r.max)) expect(seen?.max[m]).toBe(r.max);
    }
  }

  // Problems: the example run is real, and from an endless place no run finishes.
  for (const problem of [...analysis.stuck, ...analysis.endless]) {
    const snapshot = playRun(player, problem.run);
    expect(String(snapshot.value)).toBe(problem.scene);
    expect(snapshot.context.metrics).toEqual(problem.example.metrics);
    expect(snapshot.context.flags).toEqual(problem.example.flags);
  }
  for (const problem of analysis.endless) {
    const snapshot = playRun(player, problem.run);
    const from = playBounded(scenario, analysis.states + 1, CAP, { player, snapshot });
    expect(from.endings.size).toBe(0);
    expect(offeredChoices(player, snapshot, 0).length).toBeGreaterThan(0);
  }
  return true;
}

describe('analysis agrees with exhaustive play on scenarios with loops and merges', () => {
  it('on random scenarios whose choices loop back and merge', () => {
    let checked = 0;
    let runs = 0;
    fc.assert(
      fc.property(randomLoopingScenario(), (scenario) => {
        runs += 1;
        if (agreeWithPlay(scenario)) checked += 1;
      }),
      { numRuns: 150 * Number(process.env.PROPERTY_RUNS ?? '1') },
    );
    // Most random loops are ones the analysis finishes (a metric moved out of the guards' reach, or one no guard reads).
    expect(checked / runs).toBeGreaterThan(0.7);
  });

  it('on every fixture the analysis finishes, loops included', () => {
    const compiled = fixtureCases().flatMap((name) =>
      compileFixture(name).flatMap((course) =>
        course.scenarios.flatMap((s) => (s.scenario ? [[name, s.scenario] as const] : [])),
      ),
    );
    const agreed = compiled.filter(([, scenario]) => agreeWithPlay(scenario)).map(([n]) => n);
    expect(agreed).toEqual(
      expect.arrayContaining([
        'valid-loop-lowers-a-metric-a-guard-reads',
        'valid-loop-raises-a-metric-no-guard-reads',
      ]),
    );
    // Two fixtures explore 250,000 states each on purpose (CB604, CB707): more than the default 20 s on a loaded machine.
  }, 120_000);
});
