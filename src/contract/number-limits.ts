/**
 * How large a metric may be, shared by the compiler (which refuses a larger number in
 * `context`, `adjust` or a guard's threshold) and the analysis (CB708: a run whose sums
 * take a metric past it). Far beyond any score a scenario needs, and far below where a
 * double stops holding every integer (2^53), so arithmetic on metrics stays exact and
 * the check, the built app and the debrief always agree about a run.
 */
export const METRIC_LIMIT = 1_000_000_000;
