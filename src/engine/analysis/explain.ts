/**
 * Why a guard never passes where it is checked, in an author's words: "it needs trust
 * at least 4, but trust is at most 3 whenever a run gets there". Reads the ranges
 * every run arrives with (min and max per metric; flags and history as 0/1). The words
 * are data (ids of the diagnostics catalog and their values, src/i18n/diagnostic-words.ts),
 * so author mode words them in the author's language.
 */
import type { Guard, Wording, WordingValue } from '../../contract';
import { phrase, type DiagnosticId } from '../../i18n/diagnostic-words';
import type { Arrival } from './ranges';
import type { Model } from './model';

/** A metric's range in words: `trust is 2`, `trust is between 0 and 3`, `pace is at most 1` (a loop lowers it without limit). */
export function rangeText(name: string, min: number, max: number): Wording {
  if (min === max) return phrase('diagnostics.analysis.range.is', { name, value: String(min) });
  if (min === -Infinity && max === Infinity)
    return phrase('diagnostics.analysis.range.any', { name });
  if (min === -Infinity)
    return phrase('diagnostics.analysis.range.atMost', { name, max: String(max) });
  if (max === Infinity)
    return phrase('diagnostics.analysis.range.atLeast', { name, min: String(min) });
  return phrase('diagnostics.analysis.range.between', {
    name,
    min: String(min),
    max: String(max),
  });
}

/**
 * `parts` joined by the message `id` (`{first}; {rest}`, `{first} and {rest}`, …), as one
 * value: the first part, then the next joined to the rest.
 */
export function joined(parts: readonly WordingValue[], id: DiagnosticId): WordingValue {
  const [first, ...rest] = parts;
  if (first === undefined) return '';
  return rest.length === 0 ? first : phrase(id, { first, rest: joined(rest, id) });
}

/** `the choice EVENT in "scene"` (`The choice …` to start a sentence). */
export function choiceIn(event: string, scene: string, capital = false): Wording {
  return phrase('diagnostics.analysis.choiceIn', {
    start: capital ? 'capital' : 'lower',
    event,
    scene,
  });
}

/** `the route from "scene"` (`The route …` to start a sentence). */
export function routeFrom(scene: string, capital = false): Wording {
  return phrase('diagnostics.analysis.routeFrom', { start: capital ? 'capital' : 'lower', scene });
}

/** A reason `guard` can never pass given `arrival` (when `want` is true), or never fail (when false). */
export function explainGuard(
  guard: Guard,
  arrival: Arrival,
  model: Model,
  want = true,
): WordingValue | undefined {
  const range = (slot: number) => ({ min: arrival.min[slot] ?? 0, max: arrival.max[slot] ?? 0 });
  switch (guard.type) {
    case 'metric': {
      const { name, atLeast, atMost, equals } = guard.params;
      const { min, max } = range(model.metricIds.indexOf(name));
      if (want) {
        if (atLeast !== undefined && max < atLeast)
          return phrase('diagnostics.analysis.needs.atLeast', {
            name,
            bound: String(atLeast),
            max: String(max),
          });
        if (atMost !== undefined && min > atMost)
          return phrase('diagnostics.analysis.needs.atMost', {
            name,
            bound: String(atMost),
            min: String(min),
          });
        if (equals !== undefined && (equals < min || equals > max))
          return phrase('diagnostics.analysis.needs.exactly', {
            name,
            value: String(equals),
            range: rangeText(name, min, max),
          });
        return undefined;
      }
      const always =
        (atLeast === undefined || min >= atLeast) &&
        (atMost === undefined || max <= atMost) &&
        (equals === undefined || (min === equals && max === equals));
      return always
        ? phrase('diagnostics.analysis.always.range', { range: rangeText(name, min, max) })
        : undefined;
    }
    case 'flag': {
      const { min, max } = range(model.metricIds.length + model.flagIds.indexOf(guard.params.name));
      if (want && max === 0)
        return phrase('diagnostics.analysis.needs.flag', { flag: guard.params.name });
      if (!want && min === 1)
        return phrase('diagnostics.analysis.always.flag', { flag: guard.params.name });
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
      const visited = guard.type === 'visited';
      if (want && max === 0)
        return visited
          ? phrase('diagnostics.analysis.needs.visited', { state: what })
          : phrase('diagnostics.analysis.needs.chose', { event: what });
      if (!want && min === 1)
        return visited
          ? phrase('diagnostics.analysis.always.visited', { state: what })
          : phrase('diagnostics.analysis.always.chose', { event: what });
      return undefined;
    }
    case 'not':
      return explainGuard(guard.guard, arrival, model, !want);
    case 'and':
    case 'or': {
      const parts = guard.guards.map((g) => explainGuard(g, arrival, model, want));
      const decisive = (guard.type === 'and') === want;
      if (decisive) return parts.find((p) => p !== undefined);
      return parts.every((p) => p !== undefined)
        ? joined(parts as WordingValue[], 'diagnostics.join.semicolonAnd')
        : undefined;
    }
  }
}
