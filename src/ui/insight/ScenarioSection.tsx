/**
 * One scenario of the cohort: its numbers (learners, starts, completions, endings by
 * outcome, median time), each decision's choices, the paths as a flow diagram with its
 * table, the reading in the framework's terms, and change over time. A heading per part,
 * so a screen reader's heading list is the page's outline.
 */
import type { Outcome } from '../../contract';
import '../../i18n/areas/insight';
import type { ScenarioInsight } from '../../insight/types';
import { useT } from '../i18n/use-t';
import { OUTCOME_LABEL } from '../labels';
import { AttemptsTable, MonthsTable } from './ChangeSection';
import { DecisionTable } from './DecisionTable';
import { isSuppressed, Shown } from './Guarded';
import { PathFlowChart } from './PathFlowChart';
import { ReadingSection } from './ReadingSection';
import { formatCount, formatDuration } from './words';

const OUTCOMES: Outcome[] = ['strong', 'mixed', 'weak'];

export function ScenarioSection({ scenario }: { scenario: ScenarioInsight }) {
  const t = useT();
  const id = `insight-${scenario.id}`;
  return (
    <section className="insight-scenario" aria-labelledby={id}>
      <h2 id={id}>{scenario.title}</h2>
      <ScenarioNumbers scenario={scenario} />
      <h3>{t('insight.scenario.decisions')}</h3>
      {scenario.decisions.length === 0 ? (
        <p>{t('insight.scenario.noDecision')}</p>
      ) : (
        scenario.decisions.map((d) => <DecisionTable key={d.scene.id} decision={d} />)
      )}
      <h3>{t('insight.scenario.paths')}</h3>
      <Shown
        value={scenario.paths}
        children={(flow) => <PathFlowChart flow={flow} scenario={scenario.title} />}
      />
      <h3>{t('insight.reading.heading')}</h3>
      <Shown
        value={scenario.reading}
        children={(r) => <ReadingSection reading={r} of={scenario.title} />}
      />
      <h3>{t('insight.scenario.attempts')}</h3>
      <AttemptsTable attempts={scenario.attempts} of={scenario.title} />
      <h3>{t('insight.scenario.months')}</h3>
      <MonthsTable months={scenario.months} of={scenario.title} />
    </section>
  );
}

/** An ending's title as the flow's nodes carry it, else its id. */
function endingTitles(scenario: ScenarioInsight): Map<string, string> {
  if (isSuppressed(scenario.paths)) return new Map();
  const endings = scenario.paths.nodes.filter((n) => n.id.startsWith('ending:'));
  return new Map(endings.map((n) => [n.id.slice('ending:'.length), n.title]));
}

function ScenarioNumbers({ scenario }: { scenario: ScenarioInsight }) {
  const t = useT();
  const titles = endingTitles(scenario);
  return (
    <>
      <table className="insight-table insight-numbers">
        <caption>{t('insight.scenario.numbers', { title: scenario.title })}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('insight.column.learners')}</th>
            <td>{formatCount(scenario.learners)}</td>
          </tr>
          <tr>
            <th scope="row">{t('insight.row.runsStarted')}</th>
            <td>{formatCount(scenario.starts)}</td>
          </tr>
          <tr>
            <th scope="row">{t('insight.row.runsCompleted')}</th>
            <td>{formatCount(scenario.completions)}</td>
          </tr>
          {OUTCOMES.map((o) => (
            <tr key={o}>
              <th scope="row">{OUTCOME_LABEL[o]}</th>
              <td>{formatCount(scenario.outcomes[o] ?? 0)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('insight.row.median')}</th>
            <td>{scenario.medianMs === undefined ? '—' : formatDuration(scenario.medianMs)}</td>
          </tr>
        </tbody>
      </table>
      {scenario.endings.length > 0 && (
        <table className="insight-table">
          <caption>{t('insight.scenario.endings', { title: scenario.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insight.column.ending')}</th>
              <th scope="col">{t('insight.column.outcome')}</th>
              <th scope="col">{t('insight.column.runs')}</th>
            </tr>
          </thead>
          <tbody>
            {scenario.endings.map((e) => (
              <tr key={e.id}>
                <th scope="row">{titles.get(e.id) ?? e.id}</th>
                <td>{OUTCOME_LABEL[e.outcome] ?? e.outcome}</td>
                <td>{formatCount(e.runs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
