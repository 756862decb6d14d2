/**
 * How large a metric may grow, shared by the compiler (which refuses larger numbers in
 * `machine.json`) and the analysis (which flags a metric whose runs can take it past the
 * limit). Beyond 2^53 a double no longer holds every integer, so adding 1 can change
 * nothing and a guard or a chart would misjudge the run.
 */
export const METRIC_LIMIT = Number.MAX_SAFE_INTEGER;
