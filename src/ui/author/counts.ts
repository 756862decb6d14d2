/** Run counts (exact BigInts, or "unbounded" where a loop lets runs go round) and ranges as an author reads them: the same words as `npm run scenario -- stats`. */
import type { Count, FlagOnArrival } from '../../engine';
import { formatCount, rangeLabel as statsRangeLabel } from '../../check/words';
import { own } from '../own';

export { formatCount };

/** A metric's range in words; a range that is not a number (NaN) reads "unknown", never "NaN to NaN". */
export function rangeLabel(range: { min: number; max: number }): string {
  if (Number.isNaN(range.min) || Number.isNaN(range.max)) return 'unknown';
  return statsRangeLabel(range);
}

/** The range of metric `id` in an analysis record, in words; "–" when the record has none. */
export function metricRange(
  ranges: Readonly<Record<string, { min: number; max: number }>> | undefined,
  id: string,
): string {
  const range = own(ranges, id);
  return range ? rangeLabel(range) : '–';
}

export function flagWords(onArrival: FlagOnArrival | undefined): string {
  if (onArrival === 'always') return 'always set';
  if (onArrival === 'never') return 'never set';
  return 'sometimes set';
}

export function runsLabel(count: Count): string {
  if (count === 'unbounded') return 'unboundedly many runs';
  return `${formatCount(count)} ${count === 1n ? 'run' : 'runs'}`;
}
