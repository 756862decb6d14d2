// The scenario's metrics while playing, when the author shows them (`showMetrics`).
import { useId } from 'react';
import type { Metric } from '../../contract';
import { formatNumber } from '../../i18n';
import { useT } from '../i18n/use-t';
import { own } from '../own';
import { chartValue } from './chart-numbers';
import '../../i18n/areas/play';

export function MetricsPanel({
  metrics,
  values,
}: {
  metrics: Metric[];
  values: Readonly<Record<string, number>>;
}) {
  const uid = useId();
  const t = useT();
  if (metrics.length === 0) return null;
  return (
    <section className="metrics" aria-labelledby={`${uid}metrics-heading`}>
      <h2 id={`${uid}metrics-heading`}>{t('play.metrics.heading')}</h2>
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

/** Signed, as a change reads, in the learner's way of writing numbers; "—" for a value that is not a finite number (an overflow, corrupt data). */
function formatValue(value: number): string {
  if (!Number.isFinite(value)) return chartValue(value);
  return formatNumber(value, { signDisplay: 'exceptZero', maximumFractionDigits: 20 });
}
