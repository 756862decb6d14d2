// Path statistics of a whole scenario, from the analysis every `check` runs: how
// many distinct complete runs there are, how long they are, and how many of them
// reach each ending with which metrics — the figures `npm run scenario -- stats`
// prints, for an author without a terminal.
import { useId } from 'react';
import type { CompiledScenario } from '../../contract';
import type { AnalysisSummary } from './work/protocol';
import { OUTCOME_LABEL } from '../labels';
import { formatCount, metricRange, runsLabel } from './counts';
import { formatNumber } from '../../i18n';
import { useT } from '../i18n/use-t';
import { useScenarioLang } from '../i18n/scenario-words';
import '../../i18n/areas/author';

export function PathStats({
  scenario,
  analysis,
}: {
  scenario: CompiledScenario;
  analysis: AnalysisSummary;
}) {
  const t = useT();
  const words = useScenarioLang(scenario);
  const uid = useId();
  return (
    <section className="path-stats" aria-labelledby={`${uid}stats-heading`}>
      <h3 id={`${uid}stats-heading`}>{t('author.paths.heading')}</h3>
      <p>
        {t('author.paths.summary', {
          complete: analysis.complete ? 'yes' : 'no',
          runs: runsLabel(analysis.runs),
          range: analysis.shortest !== undefined ? 'yes' : 'no',
          shortest: analysis.shortest,
          longest: analysis.longest,
          states: formatNumber(analysis.states),
        })}
      </p>
      <table>
        <caption className="visually-hidden">{t('author.paths.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('author.paths.ending')}</th>
            <th scope="col">{t('author.paths.outcome')}</th>
            <th scope="col">{t('author.paths.runs')}</th>
            {scenario.metrics.map((m) => (
              <th key={m.id} scope="col" {...words}>
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
                  <td>{report ? formatCount(report.runs) : t('author.paths.unreachable')}</td>
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
