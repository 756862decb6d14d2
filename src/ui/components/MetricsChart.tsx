// The metrics over a run as a line chart: one line per metric, each with its own
// dash pattern and marker as well as colour, values at every point, a legend in the
// page's own text, and a summary for screen readers. Drawn in CSS pixels at the width
// it gets, so its numbers stay the style sheet's size on a phone (decision numbers are
// thinned out where they would touch). A value that is not a finite number (an
// overflowing metric, corrupt saved data) reads "—", has no marker, and breaks its line there.
import type { MetricTrajectory } from '../../debrief';
import { chartValue, finiteOnly, finiteOr } from './chart-numbers';
import { useChartWidth } from './chart-width';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/debrief';

const H = 220;
const PAD = { left: 40, right: 20, top: 16, bottom: 36 };
const DASHES = ['', '6 4', '2 4', '10 4 2 4'];
/** The least room between two decision numbers on the x-axis, in pixels. */
const TICK_ROOM = 28;

/** The runs of consecutive finite points of a line, each as an SVG `points` list. */
function segments(values: readonly number[], x: (i: number) => number, y: (v: number) => number) {
  const runs: string[][] = [[]];
  values.forEach((v, i) => {
    if (Number.isFinite(v)) runs[runs.length - 1]?.push(`${x(i)},${y(v)}`);
    else runs.push([]);
  });
  return runs.filter((run) => run.length > 0).map((run) => run.join(' '));
}

export function MetricsChart({
  trajectory,
  lang,
}: {
  trajectory: MetricTrajectory[];
  /** The language of the metrics' labels (the scenario's words) when not the page's. */
  lang?: string;
}) {
  const [ref, W] = useChartWidth<HTMLElement>(560);
  const t = useT();
  const steps = Math.max(1, ...trajectory.map((m) => m.values.length - 1));
  const all = trajectory.flatMap((m) => m.values);
  if (trajectory.length === 0 || all.length === 0) return null;
  const drawn = finiteOnly(all);
  const lo = Math.min(0, ...drawn);
  const hi = Math.max(1, ...drawn);
  const span = finiteOr(hi - lo, Number.MAX_VALUE) || 1;
  const x = (i: number) => PAD.left + ((W - PAD.left - PAD.right) * i) / steps;
  const y = (v: number) => {
    const share = (hi - v) / span;
    // Near the largest numbers `hi - v` overflows: scale each before subtracting then.
    const safe = Number.isFinite(share) ? share : hi / span - v / span;
    return finiteOr(PAD.top + (H - PAD.top - PAD.bottom) * safe, H / 2);
  };
  const every = Math.max(1, Math.ceil(TICK_ROOM / Math.max(1, x(1) - x(0))));
  const ticked = (i: number) => i === 0 || i === steps || (i % every === 0 && steps - i >= every);
  const summary = trajectory.map((m) => `${m.label}: ${m.values.map(chartValue).join(', ')}`);
  return (
    <figure className="chart" ref={ref}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        role="img"
        aria-label={t('debrief.page.metricsLabel', { summary: summary.join('; ') })}
      >
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="axis" />
        <text x={PAD.left - 8} y={y(hi) + 4} className="chart-value" textAnchor="end">
          {chartValue(hi)}
        </text>
        <text x={PAD.left - 8} y={y(lo) + 4} className="chart-value" textAnchor="end">
          {chartValue(lo)}
        </text>
        {Array.from({ length: steps + 1 }, (_, i) =>
          ticked(i) ? (
            <text
              key={i}
              x={x(i)}
              y={H - PAD.bottom + 18}
              className="chart-value"
              textAnchor={i === 0 ? 'start' : 'middle'}
            >
              {i === 0 ? t('debrief.page.metricsStart') : i}
            </text>
          ) : null,
        )}
        {trajectory.map((m, n) => (
          <g key={m.id} className={`series series-${n % 4}`}>
            {segments(m.values, x, y).map((points, s) => (
              <polyline key={s} points={points} fill="none" strokeDasharray={DASHES[n % 4]} />
            ))}
            {m.values.map((v, i) =>
              !Number.isFinite(v) ? null : n % 2 === 0 ? (
                <circle key={i} cx={x(i)} cy={y(v)} r={4} />
              ) : (
                <rect key={i} x={x(i) - 4} y={y(v) - 4} width={8} height={8} />
              ),
            )}
          </g>
        ))}
      </svg>
      <ul className="chart-legend">
        {trajectory.map((m, n) => (
          <li key={m.id} className={`series series-${n % 4}`}>
            <svg viewBox="0 0 28 12" width={28} height={12} aria-hidden="true">
              <line x1={0} x2={28} y1={6} y2={6} strokeDasharray={DASHES[n % 4]} />
            </svg>{' '}
            <span lang={lang}>{m.label}</span> ({chartValue(m.values[0] ?? NaN)} →{' '}
            {chartValue(m.values[m.values.length - 1] ?? NaN)})
          </li>
        ))}
      </ul>
      <figcaption>{t('debrief.page.metricsCaption')}</figcaption>
    </figure>
  );
}
