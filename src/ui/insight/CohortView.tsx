/**
 * The whole of a cohort's insight: what was read (statements read, used, skipped; learners),
 * the whole cohort's reading, then each scenario. Aggregates only: nothing here names,
 * mails or identifies a learner, and every hidden breakdown says why it is hidden.
 */
import '../../i18n/areas/insight';
import type { CohortInsight } from '../../insight/types';
import { useT } from '../i18n/use-t';
import { isSuppressed, Shown, SuppressedNote } from './Guarded';
import { ReadingSection } from './ReadingSection';
import { ScenarioSection } from './ScenarioSection';
import { formatCount } from './words';

export function CohortView({
  insight,
  titles = new Map(),
}: {
  insight: CohortInsight;
  /** Scenario titles by id, for scenarios the statements name only by id. */
  titles?: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const { read, used, skipped, filtered } = insight.statements;
  const parts = [
    t('insight.summary.read', { count: read }),
    t('insight.summary.used', { count: formatCount(used) }),
    ...(skipped > 0 ? [t('insight.summary.skipped', { count: formatCount(skipped) })] : []),
    ...(filtered > 0 ? [t('insight.summary.filtered', { count: formatCount(filtered) })] : []),
  ];
  return (
    <div className="insight-view">
      <p className="insight-summary">
        {t('insight.summary.line', {
          parts: parts.join(', '),
          learners: t('insight.learners', { count: insight.learners }),
        })}
      </p>
      <section className="insight-cohort" aria-labelledby="insight-cohort">
        <h2 id="insight-cohort">{t('insight.cohort.heading')}</h2>
        <h3>{t('insight.reading.heading')}</h3>
        <Shown value={insight.cohort} children={(r) => <ReadingSection reading={r} />} />
      </section>
      {insight.scenarios.length === 0 && <p>{t('insight.noScenario')}</p>}
      {insight.scenarios.map((s, i) =>
        isSuppressed(s) ? (
          <HiddenScenario
            key={s.about ?? `hidden-${i}`}
            title={s.about && (titles.get(s.about) ?? s.about)}
          />
        ) : (
          <ScenarioSection
            key={s.id}
            scenario={
              s.title === s.id && titles.has(s.id)
                ? { ...s, title: titles.get(s.id) ?? s.title }
                : s
            }
          />
        ),
      )}
    </div>
  );
}

/** A scenario too few learners played: its name, where the fold gives it, and the privacy sentence. */
function HiddenScenario({ title }: { title: string | undefined }) {
  if (!title) return <SuppressedNote />;
  return (
    <section className="insight-scenario" aria-label={title}>
      <h2>{title}</h2>
      <SuppressedNote />
    </section>
  );
}
