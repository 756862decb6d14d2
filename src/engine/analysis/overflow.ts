/**
 * CB708: a metric some run takes past `METRIC_LIMIT`. Every number in `machine.json` is
 * within the limit (the compiler checks), but sums along a run need not be. Read off the
 * real ranges runs arrive with (`ranges.ts`); a loop that moves a metric without end (an
 * unbounded range) is not flagged: going past the limit would take a learner hundreds of
 * millions of rounds, and CB707 / the stats already say the metric has no bound.
 */
import { diagnostic } from '../../contract/catalogue';
import type { Diagnostic } from '../../contract';
import { METRIC_LIMIT } from '../../contract/number-limits';
import type { Analysis } from './analyse';

export function overflowDiagnostics(analysis: Analysis): Diagnostic[] {
  const { model } = analysis.graph;
  const out: Diagnostic[] = [];
  model.metricIds.forEach((metric, m) => {
    for (const sm of model.scenes) {
      const arrival = analysis.arrivals[sm.index];
      if (!arrival) continue;
      const past = [arrival.max[m] as number, arrival.min[m] as number].find(
        (v) => Number.isFinite(v) && Math.abs(v) > METRIC_LIMIT,
      );
      if (past === undefined) continue;
      const scene = sm.scene;
      out.push(
        diagnostic(
          'CB708',
          scene.source.file,
          scene.source.range,
          `A run can arrive in "${scene.id}" with the metric ${metric} at ${big(past)}, past ${big(past > 0 ? METRIC_LIMIT : -METRIC_LIMIT)}, the largest value a metric may hold (so that every sum stays exact and the check, the app and the debrief agree on a run). Use smaller numbers for ${metric} in "context" and in its "adjust" actions.`,
        ),
      );
      return;
    }
  });
  return out;
}

/** A large number written out in full with separators, never in exponent form. */
function big(value: number): string {
  return value.toLocaleString('en', { maximumFractionDigits: 0 });
}
