/** Guards and actions in a few words, for maps, reports and author mode. */
import type { Action, Guard } from '../contract';

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
