// The balance of a run (or of all runs) as a picture: per domain, a bar of effective
// and a bar of counterproductive behaviour on one scale for all four (drawn with its
// 0 and its largest value), labelled with their counts so the chart also reads in
// print and to screen readers. The scale is at least `scaleAtLeast` (a run's number of
// decisions, or the larger of two runs compared side by side), so a few mistakes in a
// short run do not fill the chart as many good moves would. Drawn in CSS pixels at the
// width it gets, so its text stays the style sheet's size on a phone. A count that is
// not a finite number (corrupt saved data) reads "—" and draws no bar, never a `NaN` width.
import type { Balance } from '../../debrief';
import { domainLabel } from '../../debrief';
import { chartValue, finiteOnly, finiteOr } from './chart-numbers';
import { useChartWidth } from './chart-width';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/debrief';

const ROW = 74;
const BAR = 18;
/** Room after the longest bar for its count. */
const VALUE_ROOM = 44;

export function BalanceChart({
  balance,
  title,
  scaleAtLeast = 0,
}: {
  balance: Balance;
  title: string;
  scaleAtLeast?: number;
}) {
  const [ref, width] = useChartWidth<HTMLElement>(560);
  const t = useT();
  const max = Math.max(
    1,
    ...finiteOnly([
      scaleAtLeast,
      ...(['management', 'leadership'] as const).flatMap((d) => [
        balance[d].effective,
        balance[d].counterproductive,
      ]),
    ]),
  );
  const room = Math.max(40, width - VALUE_ROOM);
  // A bar's length: 0 for a count that is not a finite number or is below 0.
  const scale = (n: number) => Math.max(0, finiteOr((room * n) / max, 0));
  const summary = (['management', 'leadership'] as const)
    .map((d) =>
      t('debrief.page.chart.summary', {
        domain: domainLabel(d),
        effective: chartValue(balance[d].effective),
        counterproductive: chartValue(balance[d].counterproductive),
      }),
    )
    .join('; ');
  const axis = ROW * 2 + 4;
  return (
    <figure className="chart" ref={ref}>
      <svg
        viewBox={`0 0 ${width} ${axis + 56}`}
        width={width}
        role="img"
        aria-label={t('debrief.page.chart.label', { title, summary })}
      >
        {(['management', 'leadership'] as const).map((domain, i) => {
          const y = i * ROW;
          const { effective, counterproductive } = balance[domain];
          return (
            <g key={domain}>
              <text x={0} y={y + 16} className="chart-label">
                {domainLabel(domain)}
              </text>
              <rect
                x={0}
                y={y + 24}
                width={scale(effective)}
                height={BAR}
                className="bar effective"
              />
              <text x={scale(effective) + 6} y={y + 38} className="chart-value">
                {chartValue(effective)}
              </text>
              <rect
                x={0}
                y={y + 46}
                width={scale(counterproductive)}
                height={BAR}
                className="bar counterproductive"
              />
              <text x={scale(counterproductive) + 6} y={y + 60} className="chart-value">
                {chartValue(counterproductive)}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={room} y1={axis} y2={axis} className="axis" />
        <line x1={room} x2={room} y1={axis - 4} y2={axis + 4} className="axis" />
        <text x={0} y={axis + 18} className="chart-value">
          0
        </text>
        <text x={room} y={axis + 18} className="chart-value scale-max" textAnchor="middle">
          {chartValue(max)}
        </text>
        <g transform={`translate(0, ${axis + 32})`}>
          <rect width={12} height={12} className="bar effective" />
          <text x={18} y={11} className="chart-value">
            {t('debrief.page.chart.effective')}
          </text>
          <rect x={100} width={12} height={12} className="bar counterproductive" />
          <text x={118} y={11} className="chart-value">
            {t('debrief.page.chart.counterproductive')}
          </text>
        </g>
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
