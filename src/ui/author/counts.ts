/** Run counts (exact BigInts, or "unbounded" where a loop lets runs go round) as an author reads them. */
import type { Count } from '../../engine';

export function formatCount(count: Count): string {
  if (count === 'unbounded') return 'unbounded';
  return count.toLocaleString('en');
}

export function runsLabel(count: Count): string {
  if (count === 'unbounded') return 'unboundedly many runs';
  return `${formatCount(count)} ${count === 1n ? 'run' : 'runs'}`;
}

export function rangeLabel(range: { min: number; max: number }): string {
  return range.min === range.max ? String(range.min) : `${range.min} to ${range.max}`;
}
