// The balance of a run (or of all runs) as a picture: per domain, a bar of effective
// and a bar of counterproductive behaviour, labelled with their counts so the chart
// also reads in print and to screen readers. A count that is not a finite number
// (corrupt saved data) reads "—" and draws no bar, never a `NaN` width.
import type { Balance } from '../../debrief';
import { DOMAIN_LABEL } from '../../debrief';
import { chartValue, finiteOnly, finiteOr } from './chart-numbers';

const ROW = 56;
const LABEL = 190;
const WIDTH = 560;

export function BalanceChart({ balance, title }: { balance: Balance; title: string }) {
  const max = Math.max(
    1,
    ...finiteOnly(
      (['management', 'leadership'] as const).flatMap((d) => [
        balance[d].effective,
        balance[d].counterproductive,
      ]),
    ),
  );
  // A bar's length: 0 for a count that is not a finite number or is below 0.
  const scale = (n: number) => Math.max(0, finiteOr(((WIDTH - LABEL - 40) * n) / max, 0));
  const summary = (['management', 'leadership'] as const)
    .map(
      (d) =>
        `${DOMAIN_LABEL[d]}: ${chartValue(balance[d].effective)} effective, ${chartValue(balance[d].counterproductive)} counterproductive`,
    )
    .join('; ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${ROW * 2 + 30}`} role="img" aria-label={`${title}. ${summary}.`}>
        {(['management', 'leadership'] as const).map((domain, i) => {
          const y = i * ROW + 6;
          const { effective, counterproductive } = balance[domain];
          return (
            <g key={domain}>
              <text x={0} y={y + 20} className="chart-label">
                {DOMAIN_LABEL[domain]}
              </text>
              <rect
                x={LABEL}
                y={y + 4}
                width={scale(effective)}
                height={18}
                className="bar effective"
              />
              <text x={LABEL + scale(effective) + 6} y={y + 18} className="chart-value">
                {chartValue(effective)}
              </text>
              <rect
                x={LABEL}
                y={y + 26}
                width={scale(counterproductive)}
                height={18}
                className="bar counterproductive"
              />
              <text x={LABEL + scale(counterproductive) + 6} y={y + 40} className="chart-value">
                {chartValue(counterproductive)}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL}, ${ROW * 2 + 14})`}>
          <rect width={12} height={12} className="bar effective" />
          <text x={18} y={11} className="chart-value">
            effective
          </text>
          <rect x={110} width={12} height={12} className="bar counterproductive" />
          <text x={128} y={11} className="chart-value">
            counterproductive
          </text>
        </g>
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
