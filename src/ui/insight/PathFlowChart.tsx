/**
 * The paths a scenario's learners took, as a Sankey diagram (laid out by d3-sankey, drawn by
 * React as SVG, every label as text) and, for screen readers, print and anyone who prefers
 * numbers, the same links as a table. Links fewer than 5 learners took are not in either:
 * the fold sums them into `hiddenRuns`, which the view states.
 */
import { useMemo } from 'react';
import '../../i18n/areas/insight';
import type { PathFlow } from '../../insight/types';
import { useT } from '../i18n/use-t';
import { OUTCOME_LABEL } from '../labels';
import { useChartWidth } from '../components/chart-width';
import { layoutFlow } from './flow-layout';
import { formatCount } from './words';

const LABEL_ROOM = 8;

export function PathFlowChart({ flow, scenario }: { flow: PathFlow; scenario: string }) {
  const t = useT();
  const [ref, width] = useChartWidth<HTMLDivElement>(720);
  const height = Math.max(200, Math.min(640, flow.nodes.length * 36));
  const layout = useMemo(() => layoutFlow(flow, width, height), [flow, width, height]);
  // Made on every render (a few nodes), so the outcomes in the names follow the language.
  const titles = new Map(flow.nodes.map((n) => [n.id, nodeName(n)]));
  const name = (id: string) => titles.get(id) ?? id;
  return (
    <div className="insight-flow" ref={ref}>
      {layout.bands.length > 0 && (
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={t('insight.flow.label', { title: scenario })}
        >
          <g className="insight-flow-bands">
            {layout.bands.map((b) => (
              <path key={`${b.from}→${b.to}`} d={b.path} strokeWidth={b.width}>
                <title>
                  {t('insight.flow.band', { from: name(b.from), to: name(b.to), count: b.runs })}
                </title>
              </path>
            ))}
          </g>
          {layout.nodes.map((n) => {
            const left = n.x0 < width / 2;
            return (
              <g
                key={n.id}
                className={`insight-flow-node${n.outcome ? ` outcome-${n.outcome}` : ''}`}
              >
                <rect x={n.x0} y={n.y0} width={n.x1 - n.x0} height={Math.max(1, n.y1 - n.y0)} />
                <text
                  x={left ? n.x1 + LABEL_ROOM : n.x0 - LABEL_ROOM}
                  y={(n.y0 + n.y1) / 2}
                  dominantBaseline="middle"
                  textAnchor={left ? 'start' : 'end'}
                >
                  {n.title}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <table className="insight-table">
        <caption>{t('insight.flow.caption', { title: scenario })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('insight.column.from')}</th>
            <th scope="col">{t('insight.column.to')}</th>
            <th scope="col">{t('insight.column.runs')}</th>
          </tr>
        </thead>
        <tbody>
          {flow.links.map((l) => (
            <tr key={`${l.from}→${l.to}`}>
              <th scope="row">{name(l.from)}</th>
              <td>{name(l.to)}</td>
              <td>{formatCount(l.runs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {flow.links.length === 0 && <p>{t('insight.flow.noStep')}</p>}
      {flow.hiddenRuns > 0 && (
        <p className="insight-note">{t('insight.flow.hidden', { count: flow.hiddenRuns })}</p>
      )}
      {layout.loops > 0 && (
        <p className="insight-note">{t('insight.flow.loops', { count: layout.loops })}</p>
      )}
    </div>
  );
}

function nodeName(node: PathFlow['nodes'][number]): string {
  return node.outcome ? `${node.title} (${OUTCOME_LABEL[node.outcome]})` : node.title;
}
