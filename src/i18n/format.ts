/**
 * Numbers and lists in the learner's language and variant, through `Intl` ("1,234" in
 * English, "1.234" in German; "A, B and C" / "A, B und C"). Formatters are made once per
 * locale and kept: making one costs far more than using it.
 */
import { formatLocales } from './i18n';

const numbers = new Map<string, Intl.NumberFormat>();
const lists = new Map<string, Intl.ListFormat>();

function cached<F>(cache: Map<string, F>, key: unknown[], make: () => F): F {
  const k = JSON.stringify(key);
  let made = cache.get(k);
  if (!made) {
    made = make();
    cache.set(k, made);
  }
  return made;
}

/** `n` as the learner writes numbers: 1,234.5 or 1.234,5. */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  const tags = formatLocales();
  return cached(numbers, [tags, options], () => new Intl.NumberFormat(tags, options)).format(n);
}

/** `items` as one phrase: "A, B and C" (`conjunction`) or "A, B or C" (`disjunction`). */
export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const tags = formatLocales();
  return cached(lists, [tags, type], () => new Intl.ListFormat(tags, { type })).format(items);
}
