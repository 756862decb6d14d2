/** Run counts (exact BigInts, or "unbounded" where a loop lets runs go round) and ranges as an author reads them: the same words as `npm run scenario -- stats`. */
import type { Count } from '../../engine';
import { formatCount } from '../../cli/stats';

export { formatCount, rangeLabel } from '../../cli/stats';

export function runsLabel(count: Count): string {
  if (count === 'unbounded') return 'unboundedly many runs';
  return `${formatCount(count)} ${count === 1n ? 'run' : 'runs'}`;
}
