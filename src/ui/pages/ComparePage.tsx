// Two runs of the same scenario side by side: how each ended, how each balanced, and
// what was chosen at each decision, so the learner sees what the other road changed.
import type { Debrief } from '../../debrief';
import { PageHeading } from '../components/PageHeading';
import { completedRuns } from '../../progress';
import { BalanceChart } from '../components/BalanceChart';
import { TagChip } from '../components/DecisionTimeline';
import { RoadLabel } from '../components/RoadLabel';
import { useCourse, useScenario, useTaxonomy } from '../course';
import { outcomeLabel } from '../labels';
import { href, navigate } from '../routing';
import { useAppState, useStore } from '../store';
import { runOf, useDebrief } from '../useDebrief';
import { NotFoundPage } from './NotFoundPage';
import { formatDateTime } from '../dates';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/compare';
import { useScenarioLang } from '../i18n/scenario-words';
import { Rich } from '../i18n/Rich';

/** One scale for both runs' charts: the larger of their decisions and counts. */
const sharedScale = (runs: Debrief[]) =>
  Math.max(
    ...runs.flatMap((d) => [
      d.decisions.length,
      ...(['management', 'leadership'] as const).flatMap((side) => [
        d.balance[side].effective,
        d.balance[side].counterproductive,
      ]),
    ]),
  );

function Column({
  d,
  label,
  balanceTitle,
  date,
  scale,
  lang,
}: {
  /** The scenario's words' language, when not the page's. */
  lang: string | undefined;
  d: Debrief;
  label: string;
  balanceTitle: string;
  date: string;
  scale: number;
}) {
  const t = useT();
  return (
    <section className="compare-column" aria-label={label}>
      <h2>{label}</h2>
      <p className="when">{date}</p>
      {d.ending && (
        <p>
          <strong lang={lang}>{d.ending.title}</strong>{' '}
          <span className={`outcome ${d.ending.outcome}`}>{outcomeLabel(d.ending.outcome)}</span>
        </p>
      )}
      <p>
        <strong>{d.diagnosis.title}.</strong> {t('compare.path', { title: d.recommendation.title })}
      </p>
      <BalanceChart balance={d.balance} scaleAtLeast={scale} title={balanceTitle} />
      <ol className="compare-decisions">
        {d.decisions.map((decision) => (
          <li key={decision.index}>
            <span className="scene-name" lang={lang}>
              {decision.scene.title}:
            </span>{' '}
            <span lang={lang}>
              <RoadLabel inlines={decision.label} timeUp={decision.timeUp} taken />
            </span>{' '}
            <TagChip tag={decision.tag} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ComparePage({ id, a, b }: { id: string; a: string; b: string }) {
  const course = useCourse();
  const taxonomy = useTaxonomy(course);
  const store = useStore();
  const { progress } = useAppState();
  const loaded = useScenario(course, store, id);
  const t = useT();
  const player = loaded.status === 'ready' && taxonomy.ready ? loaded.player : undefined;
  const { lang } = useScenarioLang(player?.scenario);
  const runA = runOf(progress, a);
  const runB = runOf(progress, b);
  const first = useDebrief(taxonomy.ready ? taxonomy.taxonomy : undefined, player, runA, progress);
  const second = useDebrief(taxonomy.ready ? taxonomy.taxonomy : undefined, player, runB, progress);
  if (
    !runA ||
    !runB ||
    runA.scenarioId !== id ||
    runB.scenarioId !== id ||
    loaded.status === 'missing'
  )
    return <NotFoundPage />;
  if (!first || !second) return <p role="status">{t('compare.loading')}</p>;
  const choices = completedRuns(progress, id).filter((r) => r.id !== a);
  const date = (iso: string) => formatDateTime(iso);
  const scale = sharedScale([first, second]);
  return (
    <article className="compare">
      <p className="breadcrumb no-print">
        <a href={href({ page: 'debrief', id, run: a })}>{t('compare.back')}</a>
      </p>
      <PageHeading title={t('compare.heading', { title: first.title })} focusKey={`${a} ${b}`}>
        <Rich id="compare.headingRich" parts={[<span lang={lang}>{first.title}</span>]} />
      </PageHeading>
      {choices.length > 1 && (
        <label className="field no-print">
          {t('compare.with')}
          <select
            value={b}
            onChange={(e) => navigate({ page: 'compare', id, a, b: e.target.value })}
          >
            {choices.map((r) => (
              <option key={r.id} value={r.id}>
                {date(r.updatedAt)}{' '}
                {r.ending ? t('compare.optionOutcome', { outcome: r.ending.outcome }) : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="compare-grid">
        <Column
          d={first}
          label={t('compare.thisRun')}
          balanceTitle={t('compare.balanceThis')}
          date={date(runA.updatedAt)}
          scale={scale}
          lang={lang}
        />
        <Column
          d={second}
          label={t('compare.otherRun')}
          balanceTitle={t('compare.balanceOther')}
          date={date(runB.updatedAt)}
          scale={scale}
          lang={lang}
        />
      </div>
    </article>
  );
}
