/**
 * Why a guard never passes where it is checked, in an author's words: "it needs trust
 * at least 4, but trust is at most 3 whenever a run gets there". Reads the ranges
 * every run arrives with (min and max per metric; flags and history as 0/1).
 */
import type { Guard } from '../../contract';
import type { Arrival } from './ranges';
import type { Model } from './model';

/** A metric's range in words: `trust is 2`, `trust is between 0 and 3`, `pace is at most 1` (a loop lowers it without limit). */
export function rangeText(name: string, min: number, max: number): string {
  if (min === max) return `${name} is ${min}`;
  if (min === -Infinity && max === Infinity) return `${name} can be any value`;
  if (min === -Infinity) return `${name} is at most ${max}`;
  if (max === Infinity) return `${name} is at least ${min}`;
  return `${name} is between ${min} and ${max}`;
}

/** A reason `guard` can never pass given `arrival` (when `want` is true), or never fail (when false). */
export function explainGuard(
  guard: Guard,
  arrival: Arrival,
  model: Model,
  want = true,
): string | undefined {
  const range = (slot: number) => ({ min: arrival.min[slot] ?? 0, max: arrival.max[slot] ?? 0 });
  switch (guard.type) {
    case 'metric': {
      const { name, atLeast, atMost, equals } = guard.params;
      const { min, max } = range(model.metricIds.indexOf(name));
      if (want) {
        if (atLeast !== undefined && max < atLeast)
          return `it needs ${name} at least ${atLeast}, but ${name} is at most ${max} whenever a run gets there`;
        if (atMost !== undefined && min > atMost)
          return `it needs ${name} at most ${atMost}, but ${name} is at least ${min} whenever a run gets there`;
        if (equals !== undefined && (equals < min || equals > max))
          return `it needs ${name} to be exactly ${equals}, but ${rangeText(name, min, max)} whenever a run gets there`;
        return undefined;
      }
      const always =
        (atLeast === undefined || min >= atLeast) &&
        (atMost === undefined || max <= atMost) &&
        (equals === undefined || (min === equals && max === equals));
      return always ? `${rangeText(name, min, max)} whenever a run gets there` : undefined;
    }
    case 'flag': {
      const { min, max } = range(model.metricIds.length + model.flagIds.indexOf(guard.params.name));
      if (want && max === 0)
        return `it needs the flag "${guard.params.name}", which is never set by the time a run gets there`;
      if (!want && min === 1) return `the flag "${guard.params.name}" is always set by then`;
      return undefined;
    }
    case 'visited':
    case 'chose': {
      const [ids, base, what] =
        guard.type === 'visited'
          ? [model.visitedIds, model.metricIds.length + model.flagIds.length, guard.params.state]
          : [
              model.choseIds,
              model.metricIds.length + model.flagIds.length + model.visitedIds.length,
              guard.params.event,
            ];
      const { min, max } = range(base + ids.indexOf(what));
      const did = guard.type === 'visited' ? `been through "${what}"` : `chosen ${what}`;
      if (want && max === 0)
        return `it needs a run that has ${did}, and no run that gets there has`;
      if (!want && min === 1) return `every run that gets there has ${did}`;
      return undefined;
    }
    case 'not':
      return explainGuard(guard.guard, arrival, model, !want);
    case 'and':
    case 'or': {
      const parts = guard.guards.map((g) => explainGuard(g, arrival, model, want));
      const decisive = (guard.type === 'and') === want;
      if (decisive) return parts.find((p) => p !== undefined);
      return parts.every((p) => p !== undefined) ? parts.join('; and ') : undefined;
    }
  }
}
