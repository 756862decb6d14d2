/**
 * What a run's context can still matter for, scene by scene, so that the analysis
 * keys states only by what the guards ahead can tell apart (as a compiler drops dead
 * variables). Read off the scenario's structure, guards ignored, so it over-approximates
 * what can happen next, and every abstraction it allows is exact:
 *
 * - a slot (metric, flag, `visited` or `chose` bit) that no guard of this scene or of
 *   any scene after it reads cannot change what a run is offered: it leaves the key
 *   (the conditions of a scene's conditional text count as its guards, so the words a
 *   run is shown on arrival are exact too);
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
  /** The state key of canonical `values` at `scene`: only the slots a guard ahead reads, so its length does not grow with unread metrics. */
  key(scene: number, values: Values): string;
}

export function liveness(model: Model): Liveness {
  const { scenes, width } = model;
  const metrics = model.metricIds.length;
  const steps = scenes.map((sm) => [...sm.routes, ...sm.choices.flatMap((c) => c.steps)]);
  const { of, members } = components(scenes.length, (s) =>
    (steps[s] ?? []).map((step) => step.target),
  );
  const count = members.length;
  // Per component (flat): which slots a guard ahead reads, and per metric the lowest
  // and highest value a guard ahead compares it with and how far it can still rise or
  // fall (Infinity when a loop ahead moves it that way).
  const live = new Uint8Array(count * width);
  const lo = new Float64Array(count * metrics).fill(Infinity);
  const hi = new Float64Array(count * metrics).fill(-Infinity);
  const up = new Float64Array(count * metrics);
  const down = new Float64Array(count * metrics);
  const risesInLoop = new Uint8Array(metrics);
  const fallsInLoop = new Uint8Array(metrics);
  const change = new Float64Array(metrics);
  // Components come sinks first, so every component after this one is already known.
  for (let c = 0; c < count; c++) {
    const L = c * width;
    const M = c * metrics;
    risesInLoop.fill(0);
    fallsInLoop.fill(0);
    for (const s of members[c] as number[]) {
      // Format v1.1: conditional text reads its conditions on arrival, as a guard would.
      const sm = scenes[s];
      if (sm && sm.textReads.length > 0) {
        for (const slot of sm.textReads) live[L + slot] = 1;
        for (const [slot, value] of sm.textThresholds) {
          lo[M + slot] = Math.min(lo[M + slot] as number, value);
          hi[M + slot] = Math.max(hi[M + slot] as number, value);
        }
      }
      for (const step of steps[s] ?? []) {
        for (const slot of step.reads) live[L + slot] = 1;
        for (const [slot, value] of step.thresholds) {
          lo[M + slot] = Math.min(lo[M + slot] as number, value);
          hi[M + slot] = Math.max(hi[M + slot] as number, value);
        }
        const after = step.target >= 0 ? (of[step.target] as number) : -1;
        if (after === c) {
          for (const [slot, delta] of step.deltas) {
            if (delta > 0) risesInLoop[slot] = 1;
            if (delta < 0) fallsInLoop[slot] = 1;
          }
          continue;
        }
        if (after < 0) continue;
        const NL = after * width;
        const NM = after * metrics;
        for (let slot = 0; slot < width; slot++) if (live[NL + slot]) live[L + slot] = 1;
        change.fill(0);
        for (const [slot, delta] of step.deltas) change[slot] = delta;
        for (let m = 0; m < metrics; m++) {
          const d = change[m] as number;
          lo[M + m] = Math.min(lo[M + m] as number, lo[NM + m] as number);
          hi[M + m] = Math.max(hi[M + m] as number, hi[NM + m] as number);
          up[M + m] = Math.max(up[M + m] as number, Math.max(0, d) + (up[NM + m] as number));
          down[M + m] = Math.max(down[M + m] as number, Math.max(0, -d) + (down[NM + m] as number));
        }
      }
    }
    for (let m = 0; m < metrics; m++) {
      if (risesInLoop[m]) up[M + m] = Infinity;
      if (fallsInLoop[m]) down[M + m] = Infinity;
      // A metric guard always compares with something; without a comparison it decides nothing.
      if (lo[M + m] === Infinity) live[L + m] = 0;
    }
  }

  /** Values of metric `m` below the floor (above the ceiling) behave alike from component `c` on. */
  const floor = (c: number, m: number) =>
    (lo[c * metrics + m] as number) - (up[c * metrics + m] as number);
  const ceiling = (c: number, m: number) =>
    (hi[c * metrics + m] as number) + (down[c * metrics + m] as number);
  // Per component, the slots a guard ahead reads: the only ones a key needs.
  const liveSlots: Int32Array[] = [];
  for (let c = 0; c < count; c++) {
    const slots: number[] = [];
    for (let slot = 0; slot < width; slot++) if (live[c * width + slot]) slots.push(slot);
    liveSlots.push(Int32Array.from(slots));
  }
  return {
    key(scene, values) {
      const slots = liveSlots[of[scene] as number] as Int32Array;
      let key = '';
      for (let i = 0; i < slots.length; i++) key += `${values[slots[i] as number] as number},`;
      return key;
    },
    reads: (scene, slot) => live[(of[scene] as number) * width + slot] === 1,
    exact(scene, slot, value) {
      const c = of[scene] as number;
      return live[c * width + slot] === 1 && value >= floor(c, slot) && value <= ceiling(c, slot);
    },
    canonical(scene, values) {
      const c = of[scene] as number;
      for (let slot = 0; slot < width; slot++) {
        if (!live[c * width + slot]) {
          values[slot] = 0;
          continue;
        }
        if (slot >= metrics) continue;
        const v = values[slot] as number;
        const below = floor(c, slot);
        const above = ceiling(c, slot);
        if (v < below) values[slot] = below - 1;
        else if (v > above) values[slot] = above + 1;
      }
    },
  };
}
