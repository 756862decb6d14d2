// Path statistics of a whole scenario, from the analysis every `check` runs: how
// many distinct complete runs there are, how long they are, and how many of them
// reach each ending with which metrics — the figures `npm run scenario -- stats`
// prints, for an author without a terminal.
import { useId } from 'react';
import type { CompiledScenario } from '../../contract';
import type { AnalysisSummary } from './work/protocol';
import { OUTCOME_LABEL } from '../labels';
import { formatCount, metricRange, runsLabel } from './counts';

export function PathStats({
  scenario,
  analysis,
}: {
  scenario: CompiledScenario;
  analysis: AnalysisSummary;
}) {
  const uid = useId();
  return (
    <section className="path-stats" aria-labelledby={`${uid}stats-heading`}>
      <h3 id={`${uid}stats-heading`}>Paths</h3>
      <p>
        {analysis.complete ? '' : 'At least '}
        {runsLabel(analysis.runs)} from the first scene to an ending
        {analysis.shortest !== undefined &&
          `, ${analysis.shortest} to ${analysis.longest} decisions long`}
        ; {analysis.states.toLocaleString('en')} distinct states explored.
      </p>
      <table>
        <caption className="visually-hidden">Endings and the runs that reach them</caption>
        <thead>
          <tr>
            <th scope="col">Ending</th>
            <th scope="col">Outcome</th>
            <th scope="col">Runs</th>
            {scenario.metrics.map((m) => (
              <th key={m.id} scope="col">
                {m.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {scenario.scenes
            .filter((s) => s.kind === 'ending')
            .map((s) => {
              const report = analysis.endings.find((e) => e.id === s.id);
              return (
                <tr key={s.id}>
                  <th scope="row">{s.id}</th>
                  <td>{s.outcome ? OUTCOME_LABEL[s.outcome] : ''}</td>
                  <td>{report ? formatCount(report.runs) : 'none (unreachable)'}</td>
                  {scenario.metrics.map((m) => (
                    <td key={m.id}>{metricRange(report?.metrics, m.id)}</td>
                  ))}
                </tr>
              );
            })}
        </tbody>
      </table>
    </section>
  );
}
