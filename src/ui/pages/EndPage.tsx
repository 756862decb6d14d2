// The end of a run: the ending's narrative and outcome, and the road the learner took,
// decision by decision. A run made on an earlier version of the scenario is shown
// read-only, as far as it still replays, with a plain word about why.
import { useMemo } from 'react';
import { PageHeading } from '../components/PageHeading';
import { traceRun } from '../../engine';
import { runById } from '../../progress';
import { CoachingNow } from '../components/CoachingNow';
import { Prose } from '../components/Prose';
import { useCourse, useScenario } from '../course';
import { useT } from '../i18n/use-t';
import { outcomeLabel } from '../labels';
import { href, navigate } from '../routing';
import { beginRun } from '../runs';
import { useAppState, useStore } from '../store';
import { NotFoundPage } from './NotFoundPage';
import { RoadLabel } from '../components/RoadLabel';
import { useScenarioLang } from '../i18n/scenario-words';
import '../../i18n/areas/ending';

export function EndPage({ id, runId }: { id: string; runId: string }) {
  const course = useCourse();
  const store = useStore();
  const { progress } = useAppState();
  const t = useT();
  const loaded = useScenario(course, store, id);
  const run = runById(progress, runId);
  const player = loaded.status === 'ready' ? loaded.player : undefined;
  const words = useScenarioLang(player?.scenario);
  const trace = useMemo(
    () => (player && run ? traceRun(player, run.events) : undefined),
    [player, run],
  );
  if (!run || run.scenarioId !== id || loaded.status === 'missing') return <NotFoundPage />;
  if (!player || !trace) return <p role="status">{t('common.loadingScenario')}</p>;
  const scenario = player.scenario;
  const endingId = run.ending?.id ?? (trace.finished ? trace.scene : undefined);
  const ending = endingId ? player.scenes.get(endingId) : undefined;
  const outcome = run.ending?.outcome ?? ending?.outcome;
  const playAgain = () => {
    beginRun(store, player);
    navigate({ page: 'play', id });
  };
  return (
    <article className="end">
      <p className="breadcrumb">
        <a href={href({ page: 'briefing', id })} {...words}>
          {scenario.title}
        </a>
      </p>
      <PageHeading
        title={
          run.status === 'active' ? t('ending.inProgress') : (ending?.title ?? t('ending.theEnd'))
        }
        focusKey={trace}
        {...(run.status !== 'active' && ending?.title ? words : {})}
      />
      {outcome && <p className={`outcome ${outcome}`}>{outcomeLabel(outcome)}</p>}
      {run.status === 'stale' && (
        <p className="notice-inline" role="note">
          {t('ending.stale', {
            why: run.stale?.contentHash === run.contentHash ? 'replay' : 'version',
          })}
        </p>
      )}
      {progress.settings.coaching === 'practice' && trace.finished && (
        <CoachingNow player={player} step={trace.steps.at(-1)} />
      )}
      {ending && trace.finished && (
        <Prose
          blocks={ending.prose.blocks}
          characters={scenario.characters}
          conditions={trace.endingConditions ?? {}}
          {...words}
        />
      )}
      <section aria-labelledby="road">
        <h2 id="road">{t('ending.road')}</h2>
        {trace.steps.length === 0 ? (
          <p>{t('ending.noDecisions')}</p>
        ) : (
          <ol className="road">
            {trace.steps.map((step) => {
              const scene = player.scenes.get(step.scene);
              const choice = scene?.choices.find((c) => c.event === step.event);
              return (
                <li key={step.index} {...words}>
                  <span className="scene-name">{scene?.title ?? step.scene}:</span>{' '}
                  {choice ? (
                    <RoadLabel
                      inlines={choice.labelInline}
                      timeUp={choice.timeout !== undefined}
                      taken
                    />
                  ) : (
                    step.label
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <div className="actions">
        {run.status === 'active' ? (
          <a className="button primary" href={href({ page: 'play', id })}>
            {t('ending.resume')}
          </a>
        ) : (
          <>
            <a className="button primary" href={href({ page: 'debrief', id, run: run.id })}>
              {t('ending.debrief')}
            </a>
            <button type="button" onClick={playAgain}>
              {t('ending.playAgain')}
            </button>
          </>
        )}
        <a className="button" href={href({ page: 'library' })}>
          {t('ending.library')}
        </a>
      </div>
    </article>
  );
}
