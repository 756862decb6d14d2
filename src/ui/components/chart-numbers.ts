/**
 * Numbers a chart draws, made safe: a metric can overflow to Infinity or NaN (corrupt
 * saved data, or an author's huge `adjust`), and an SVG attribute of `NaN` draws
 * nothing or draws wrong. Values are shown as "—" when they are not finite numbers,
 * and every coordinate a chart computes is a finite number.
 */

/** How a value reads on a chart or panel: "—" when it is not a finite number. */
export function chartValue(value: number): string {
  return Number.isFinite(value) ? String(value) : '—';
}

/** A coordinate or length for an SVG attribute: `fallback` when the arithmetic went non-finite. */
export function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/** The finite values among these. */
export function finiteOnly(values: readonly number[]): number[] {
  return values.filter(Number.isFinite);
}
