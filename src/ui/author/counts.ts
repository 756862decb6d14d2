/**
 * Run counts (exact BigInts, or "unbounded" where a loop lets runs go round) and ranges as an
 * author reads them: the same words as `npm run scenario -- stats` in English, and in the
 * author's language otherwise.
 */
import type { Count, FlagOnArrival } from '../../engine';
import { formatLocales, t } from '../../i18n';
import { own } from '../own';
import '../../i18n/areas/author';

/** A run count as people read it: `1,986`, or `unbounded` where a loop lets runs go round. */
export function formatCount(count: Count): string {
  return count === 'unbounded'
    ? t('author.count.unbounded')
    : count.toLocaleString(formatLocales());
}

/** A metric's range in words: `2`, `-1 to 3`, `at most 3`; a range that is not a number (NaN) reads "unknown", never "NaN to NaN". */
export function rangeLabel(range: { min: number; max: number }): string {
  const { min, max } = range;
  if (Number.isNaN(min) || Number.isNaN(max)) return t('author.range.unknown');
  if (min === max) return String(min);
  if (min === -Infinity && max === Infinity) return t('author.range.any');
  if (min === -Infinity) return t('author.range.atMost', { max: String(max) });
  if (max === Infinity) return t('author.range.atLeast', { min: String(min) });
  return t('author.range.between', { min: String(min), max: String(max) });
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
  if (onArrival === 'always') return t('author.flag.always');
  if (onArrival === 'never') return t('author.flag.never');
  return t('author.flag.sometimes');
}

export function runsLabel(count: Count): string {
  if (count === 'unbounded') return t('author.count.unboundedRuns');
  return t('author.count.runs', { n: Number(count), count: formatCount(count) });
}
