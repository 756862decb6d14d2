/**
 * The whole of a cohort's insight: what was read (statements read, used, skipped; learners),
 * the whole cohort's reading, then each scenario. Aggregates only: nothing here names,
 * mails or identifies a learner, and every hidden breakdown says why it is hidden.
 */
import type { CohortInsight } from '../../insight/types';
import { Shown } from './Guarded';
import { ReadingSection } from './ReadingSection';
import { ScenarioSection } from './ScenarioSection';
import { counted, formatCount } from './words';

export function CohortView({ insight }: { insight: CohortInsight }) {
  const { read, used, skipped, filtered } = insight.statements;
  const parts = [
    `${counted(read, 'statement', 'statements')} read`,
    `${formatCount(used)} used`,
    ...(skipped > 0 ? [`${formatCount(skipped)} skipped (not Casebook’s)`] : []),
    ...(filtered > 0 ? [`${formatCount(filtered)} outside the filter`] : []),
  ];
  return (
    <div className="insight-view">
      <p className="insight-summary">
        {parts.join(', ')}; {counted(insight.learners, 'learner', 'learners')}.
      </p>
      <section className="insight-cohort" aria-labelledby="insight-cohort">
        <h2 id="insight-cohort">The whole cohort</h2>
        <h3>Reading of the choices</h3>
        <Shown
          value={insight.cohort}
          children={(r) => <ReadingSection reading={r} of="the cohort" />}
        />
      </section>
      {insight.scenarios.length === 0 && <p>No Casebook scenario was found in what was read.</p>}
      {insight.scenarios.map((s, i) => (
        <Shown
          key={'id' in s ? s.id : `hidden-${i}`}
          value={s}
          children={(scenario) => <ScenarioSection scenario={scenario} />}
        />
      ))}
    </div>
  );
}
