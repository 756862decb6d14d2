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
import { words } from '../../i18n/diagnostic-words';

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
          words('diagnostics.CB708.pastLimit', {
            scene: scene.id,
            metric,
            value: whole(past),
            limit: past > 0 ? METRIC_LIMIT : -METRIC_LIMIT,
          }),
        ),
      );
      return;
    }
  });
  return out;
}

/**
 * `value` rounded to a whole number (half away from zero, as `Intl` rounds), for the message
 * to write out in full with the reader's separators (`{value, number}`), never in exponent form.
 */
function whole(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}
