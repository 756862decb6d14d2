/**
 * What a run's context can still matter for, scene by scene, so that the analysis
 * keys states only by what the guards ahead can tell apart (as a compiler drops dead
 * variables). Read off the scenario's structure, guards ignored, so it over-approximates
 * what can happen next, and every abstraction it allows is exact:
 *
 * - a slot (metric, flag, `visited` or `chose` bit) that no guard of this scene or of
 *   any scene after it reads cannot change what a run is offered: it leaves the key;
 * - a metric that is already below every value the guards ahead compare it with, by
 *   more than every increase still possible from here, stays below all of them: every
 *   such value behaves the same, so they share one key (and the same above the top
 *   threshold, for metrics that cannot fall back far enough). A loop that only lowers
 *   `pace` therefore stops making new states once `pace` is out of the guards' reach.
 *
 * The values the key forgets are not lost: their real ranges are carried beside the
 * state graph (`ranges.ts`).
 */
import { components } from './components';
import type { Model, Values } from './model';

export interface Liveness {
  /** Rewrite `values` (on arrival in `scene`) to the representative of its class, in place. */
  canonical(scene: number, values: Values): void;
  /** True when some guard of `scene` or of a scene after it reads `slot`. */
  reads(scene: number, slot: number): boolean;
  /** True when metric slot `slot`'s value in a key at `scene` is the real value, not a representative. */
  exact(scene: number, slot: number, value: number): boolean;
}

interface Future {
  live: Uint8Array;
  /** Per metric: the lowest and highest value a guard ahead compares it with. */
  lo: Float64Array;
  hi: Float64Array;
  /** Per metric: the most it can still rise or fall (Infinity when a loop ahead moves it that way). */
  up: Float64Array;
  down: Float64Array;
}

export function liveness(model: Model): Liveness {
  const { scenes, width } = model;
  const metrics = model.metricIds.length;
  const steps = scenes.map((sm) => [...sm.routes, ...sm.choices.flatMap((c) => c.steps)]);
  const { of, members } = components(scenes.length, (s) =>
    (steps[s] ?? []).map((step) => step.target),
  );
  const futures: Future[] = [];
  // Components come sinks first, so every component after this one is already known.
  for (const [c, scenesIn] of members.entries()) {
    const future: Future = {
      live: new Uint8Array(width),
      lo: new Float64Array(metrics).fill(Infinity),
      hi: new Float64Array(metrics).fill(-Infinity),
      up: new Float64Array(metrics),
      down: new Float64Array(metrics),
    };
    const risesInLoop = new Uint8Array(metrics);
    const fallsInLoop = new Uint8Array(metrics);
    for (const s of scenesIn) {
      for (const step of steps[s] ?? []) {
        for (const slot of step.reads) future.live[slot] = 1;
        for (const [slot, value] of step.thresholds) {
          future.lo[slot] = Math.min(future.lo[slot] as number, value);
          future.hi[slot] = Math.max(future.hi[slot] as number, value);
        }
        const after = step.target >= 0 ? (of[step.target] as number) : -1;
        if (after === c) {
          for (const [slot, delta] of step.deltas) {
            if (delta > 0) risesInLoop[slot] = 1;
            if (delta < 0) fallsInLoop[slot] = 1;
          }
          continue;
        }
        const next = after >= 0 ? futures[after] : undefined;
        if (!next) continue;
        for (let slot = 0; slot < width; slot++) if (next.live[slot]) future.live[slot] = 1;
        const delta = new Float64Array(metrics);
        for (const [slot, d] of step.deltas) delta[slot] = d;
        for (let m = 0; m < metrics; m++) {
          const d = delta[m] as number;
          future.lo[m] = Math.min(future.lo[m] as number, next.lo[m] as number);
          future.hi[m] = Math.max(future.hi[m] as number, next.hi[m] as number);
          future.up[m] = Math.max(future.up[m] as number, Math.max(0, d) + (next.up[m] as number));
          future.down[m] = Math.max(
            future.down[m] as number,
            Math.max(0, -d) + (next.down[m] as number),
          );
        }
      }
    }
    for (let m = 0; m < metrics; m++) {
      if (risesInLoop[m]) future.up[m] = Infinity;
      if (fallsInLoop[m]) future.down[m] = Infinity;
      // A metric guard always compares with something; without a comparison it decides nothing.
      if (future.lo[m] === Infinity) future.live[m] = 0;
    }
    futures[c] = future;
  }

  const futureOf = (scene: number) => futures[of[scene] as number] as Future;
  return {
    reads: (scene, slot) => futureOf(scene).live[slot] === 1,
    exact(scene, slot, value) {
      const future = futureOf(scene);
      return (
        future.live[slot] === 1 &&
        value >= (future.lo[slot] as number) - (future.up[slot] as number) &&
        value <= (future.hi[slot] as number) + (future.down[slot] as number)
      );
    },
    canonical(scene, values) {
      const future = futureOf(scene);
      for (let slot = 0; slot < width; slot++) {
        if (!future.live[slot]) {
          values[slot] = 0;
          continue;
        }
        if (slot >= metrics) continue;
        const v = values[slot] as number;
        const floor = (future.lo[slot] as number) - (future.up[slot] as number);
        const ceiling = (future.hi[slot] as number) + (future.down[slot] as number);
        if (v < floor) values[slot] = floor - 1;
        else if (v > ceiling) values[slot] = ceiling + 1;
      }
    },
  };
}
