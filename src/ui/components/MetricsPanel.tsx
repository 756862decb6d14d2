// The scenario's metrics while playing, when the author shows them (`showMetrics`).
import type { Metric } from '../../contract';
import { own } from '../own';

export function MetricsPanel({
  metrics,
  values,
}: {
  metrics: Metric[];
  values: Readonly<Record<string, number>>;
}) {
  if (metrics.length === 0) return null;
  return (
    <section className="metrics" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Where things stand</h2>
      <dl>
        {metrics.map((m) => (
          <div key={m.id}>
            <dt>{m.label}</dt>
            <dd>{formatValue(own(values, m.id) ?? m.initial)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function formatValue(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
