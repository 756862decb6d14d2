// The debrief after a run, read in a minute: first the reading (the diagnosis, its
// evidence) and the next step; then reflection and an action plan; then the balance
// and the metrics as charts, and every decision with its tags, coaching and road not
// taken, collapsed until asked for (printing expands it). Print it, download it as
// Markdown, replay from any decision, or compare two runs.
import { useId } from 'react';
import { debriefMarkdown, problemText } from '../../debrief';
import { PageHeading } from '../components/PageHeading';
import { completedRuns, reflectionOf } from '../../progress';
import { BalanceChart } from '../components/BalanceChart';
import { DecisionTimeline } from '../components/DecisionTimeline';
import { DiagnosisPanel } from '../components/DiagnosisPanel';
import { MetricsChart } from '../components/MetricsChart';
import { ReflectionForm } from '../components/ReflectionForm';
import { useCourse, useScenario, useTaxonomy } from '../course';
import { outcomeLabel } from '../labels';
import { href, navigate } from '../routing';
import { useAppState, useStore } from '../store';
import { runOf, useDebrief } from '../useDebrief';
import { download } from '../download';
import { restartFrom } from '../runs';
import { NotFoundPage } from './NotFoundPage';
import { formatDate } from '../dates';
import { useExpandedInPrint } from '../print';
import { useScenarioLang, useTaxonomyLang } from '../i18n/scenario-words';
import { useT } from '../i18n/use-t';
import { Rich } from '../i18n/Rich';
import '../../i18n/areas/debrief';

export function DebriefPage({ id, runId }: { id: string; runId: string }) {
  const course = useCourse();
  const taxonomy = useTaxonomy(course);
  const store = useStore();
  const { progress } = useAppState();
  const loaded = useScenario(course, store, id);
  const run = runOf(progress, runId);
  const player = loaded.status === 'ready' && taxonomy.ready ? loaded.player : undefined;
  const d = useDebrief(taxonomy.ready ? taxonomy.taxonomy : undefined, player, run, progress);
  const article = useExpandedInPrint();
  const words = useScenarioLang(player?.scenario);
  const taxonomyWords = useTaxonomyLang(course.index.taxonomyLanguages);
  const uid = useId();
  const t = useT();
  const decisionId = (index: number) => `${uid}decision-${index + 1}`;
  if (!run || run.scenarioId !== id || loaded.status === 'missing') return <NotFoundPage />;
  if (!player || !d) return <p role="status">{t('debrief.page.loading')}</p>;

  const replayFrom = (index: number) => {
    restartFrom(store, player, run, index);
    navigate({ page: 'play', id });
  };
  const others = completedRuns(progress, id).filter((r) => r.id !== runId);
  const report = () => {
    const reflection = reflectionOf(progress, runId);
    const text = debriefMarkdown(d, reflection, formatDate(run.updatedAt));
    download(`debrief-${id}-${run.updatedAt.slice(0, 10)}.md`, text, 'text/markdown');
  };
  return (
    <article className="debrief" ref={article}>
      <p className="breadcrumb no-print">
        <a href={href({ page: 'briefing', id })} {...words}>
          {d.title}
        </a>
      </p>
      <PageHeading title={t('debrief.page.title', { title: d.title })} focusKey={d.title}>
        <Rich id="debrief.page.heading" parts={[<span {...words}>{d.title}</span>]} />
      </PageHeading>
      {d.ending && (
        <p>
          <Rich
            id="debrief.page.ending"
            parts={[
              <strong {...words}>{d.ending.title}</strong>,
              <span className={`outcome ${d.ending.outcome}`}>
                {outcomeLabel(d.ending.outcome)}
              </span>,
            ]}
          />
        </p>
      )}
      {!d.finished && <p className="notice-inline">{t('debrief.page.unfinished')}</p>}
      <DiagnosisPanel
        diagnosis={d.diagnosis}
        recommendation={d.recommendation}
        patterns={d.patterns}
        decisionId={decisionId}
      />
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t('debrief.page.print')}
        </button>
        <button type="button" onClick={report}>
          {t('debrief.page.download')}
        </button>
        {others[0] && (
          <a className="button" href={href({ page: 'compare', id, a: runId, b: others[0].id })}>
            {t('debrief.page.compare')}
          </a>
        )}
      </div>
      <ReflectionForm runId={runId} debrief={d} />
      <section aria-labelledby="balance-heading">
        <h2 id="balance-heading">{t('debrief.page.balance')}</h2>
        <BalanceChart
          balance={d.balance}
          scaleAtLeast={d.decisions.length}
          title={t('debrief.page.balanceTitle')}
        />
      </section>
      {d.trajectory.length > 0 && (
        <section aria-labelledby="metrics-heading">
          <h2 id="metrics-heading">{t('debrief.page.metrics')}</h2>
          <MetricsChart trajectory={d.trajectory} lang={words.lang} />
        </section>
      )}
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{t('debrief.page.decisions')}</h2>
        <details className="decisions">
          <summary>{t('debrief.page.decisionsSummary', { count: d.decisions.length })}</summary>
          <DecisionTimeline
            decisions={d.decisions}
            onReplay={replayFrom}
            decisionId={decisionId}
            characters={player.scenario.characters}
            lang={{ scenario: words.lang, taxonomy: taxonomyWords.lang }}
          />
        </details>
      </section>
      {d.problems.length > 0 && (
        <section aria-labelledby="problems-heading">
          <h2 id="problems-heading">{t('debrief.page.problems')}</h2>
          <ul>
            {d.problems.map(problemText).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}
      <p className="no-print">
        <a href={href({ page: 'profile' })}>{t('debrief.page.profile')}</a>
      </p>
    </article>
  );
}
