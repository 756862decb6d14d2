/**
 * The words an author's tools share for what a scenario holds: guards, actions, run
 * counts and metric ranges, so the CLI's map and statistics and author mode's scene
 * reader and player say the same thing the same way. Used by src/cli (graph.ts,
 * stats.ts, through index.ts) and src/ui/author (scene reader, play from here, counts).
 *
 * The check's second public face, beside index.ts: it imports no compiler, so author
 * mode's page can load these words at once and the pipeline only when a folder is
 * opened (a static import of index.ts would pull the compiler into the page's chunk).
 */
import type { Action, Guard } from '../contract';
import type { Count } from '../engine';

/** A guard in a few words: `trust ≥ 2 and knows-the-cause`. */
export function describeGuard(guard: Guard): string {
  switch (guard.type) {
    case 'metric': {
      const { name, atLeast, atMost, equals } = guard.params;
      const parts = [
        atLeast !== undefined ? `${name} ≥ ${atLeast}` : '',
        atMost !== undefined ? `${name} ≤ ${atMost}` : '',
        equals !== undefined ? `${name} = ${equals}` : '',
      ].filter(Boolean);
      return parts.join(' and ');
    }
    case 'flag':
      return guard.params.name;
    case 'visited':
      return `visited ${guard.params.state}`;
    case 'chose':
      return `chose ${guard.params.event}`;
    case 'not':
      return `not ${wrap(guard.guard)}`;
    case 'and':
    case 'or':
      return guard.guards.map(wrap).join(` ${guard.type} `);
  }
}

function wrap(guard: Guard): string {
  const text = describeGuard(guard);
  return guard.type === 'and' || guard.type === 'or' ? `(${text})` : text;
}

/** Actions in a few words: `trust +1, clarity −1, knows-the-cause set`. */
export function describeActions(actions: readonly Action[]): string {
  return actions
    .flatMap((a) =>
      Object.entries(a.params).map(([name, value]) =>
        a.type === 'adjust'
          ? `${name} ${(value as number) < 0 ? '−' : '+'}${Math.abs(value as number)}`
          : `${name} ${value ? 'set' : 'cleared'}`,
      ),
    )
    .join(', ');
}

/** A run count as people read it: `1,986`, or `unbounded` where a loop lets runs go round. */
export const formatCount = (c: Count) => (c === 'unbounded' ? 'unbounded' : c.toLocaleString('en'));

/** A metric's range: `2`, `-1 to 3`, or `at most 3` where a loop lowers it without limit. */
export function rangeLabel(r: { min: number; max: number }): string {
  if (r.min === r.max) return String(r.min);
  if (r.min === -Infinity && r.max === Infinity) return 'any value';
  if (r.min === -Infinity) return `at most ${r.max}`;
  if (r.max === Infinity) return `at least ${r.min}`;
  return `${r.min} to ${r.max}`;
}
