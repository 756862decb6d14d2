// The briefing before a run: what the scenario is, the situation, what will be
// measured, and the way in — start, resume where you left off, or start again — with
// the learner's earlier runs of it kept as history.
import { ScenarioFacts } from '../components/ScenarioFacts';
import { PageHeading } from '../components/PageHeading';
import { activeRun, runsOf } from '../../progress';
import { Prose } from '../components/Prose';
import { CastList } from '../components/CastList';
import { conditionValues, startRun } from '../../engine';
import { useCourse, useScenario } from '../course';
import { useT } from '../i18n/use-t';
import { href, navigate } from '../routing';
import { beginRun } from '../runs';
import { useAppState, useStore } from '../store';
import { NotFoundPage } from './NotFoundPage';
import { useLanguage } from '../i18n/language';
import { cardWords, langWhere, useScenarioLang } from '../i18n/scenario-words';
import { RunHistory } from './RunHistory';
import '../../i18n/areas/briefing';

export function BriefingPage({ id }: { id: string }) {
  const course = useCourse();
  const store = useStore();
  const { progress } = useAppState();
  const t = useT();
  const loaded = useScenario(course, store, id);
  const card = course.index.scenarios.find((s) => s.card?.id === id)?.card;
  const page = useLanguage();
  const inScenario = useScenarioLang(
    loaded.status === 'ready' ? loaded.player.scenario : undefined,
  );
  if (!card || loaded.status === 'missing') return <NotFoundPage />;
  const active = activeRun(progress, id);
  const history = runsOf(progress, id).filter((run) => run !== active);
  const start = () => {
    if (loaded.status !== 'ready') return;
    beginRun(store, loaded.player);
    navigate({ page: 'play', id });
  };
  const player = loaded.status === 'ready' ? loaded.player : undefined;
  const scenario = player?.scenario;
  const words = cardWords(card, page);
  const mark = langWhere(words.lang, page);
  return (
    <article className="briefing">
      <p className="breadcrumb">
        <a href={href({ page: 'library' })}>{t('common.library')}</a>
      </p>
      <PageHeading title={words.title} focusKey={card} {...mark} />
      <ScenarioFacts card={card} />
      <p className="lede" {...mark}>
        {words.summary}
      </p>
      {player && scenario ? (
        <>
          {/* A learner's view: conditional text by the values a run starts with, never author markers. */}
          <Prose
            blocks={scenario.briefing.blocks}
            characters={scenario.characters}
            conditions={conditionValues(scenario, startRun(player).context)}
            {...inScenario}
          />
          <CastList characters={scenario.characters} {...inScenario} />
        </>
      ) : (
        <p role="status">{t('common.loadingScenario')}</p>
      )}
      {scenario?.showMetrics && scenario.metrics.length > 0 && (
        <section aria-labelledby="measured">
          <h2 id="measured">{t('briefing.measured')}</h2>
          <ul>
            {scenario.metrics.map((m) => (
              <li key={m.id} {...inScenario}>
                {m.label}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="actions">
        {active ? (
          <>
            <a className="button primary" href={href({ page: 'play', id })}>
              {t('briefing.resume', { step: active.events.length + 1 })}
            </a>
            <button type="button" onClick={start} disabled={!scenario}>
              {t('briefing.startAgain')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={start} disabled={!scenario}>
            {t('briefing.start')}
          </button>
        )}
      </div>
      {history.length > 0 && <RunHistory scenarioId={id} runs={history} />}
    </article>
  );
}
