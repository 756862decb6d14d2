// Playing a run: the scene's prose, its choices, the metrics when the author shows
// them, and where the learner is in the run. Every choice is saved at once; focus
// moves to the new scene's heading and the change is announced to screen readers.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { PageHeading } from '../components/PageHeading';
import {
  conditionValues,
  currentScene,
  isFinished,
  offeredChoices,
  timedChoice,
  traceRun,
} from '../../engine';
import { activeRun } from '../../progress';
import { ChoiceList } from '../components/ChoiceList';
import { CoachingNow } from '../components/CoachingNow';
import { Countdown } from '../components/Countdown';
import { TimerSetting } from '../components/TimerSetting';
import { MetricsPanel } from '../components/MetricsPanel';
import { Prose } from '../components/Prose';
import { useCourse, useScenario } from '../course';
import { useT } from '../i18n/use-t';
import { href, navigate } from '../routing';
import { openRun, refuseOpenedRun, takeChoice } from '../runs';
import { useAppState, useStore } from '../store';
import { NotFoundPage } from './NotFoundPage';
import { useScenarioLang } from '../i18n/scenario-words';
import '../../i18n/areas/play';

export function PlayPage({ id }: { id: string }) {
  const course = useCourse();
  const store = useStore();
  const { progress } = useAppState();
  const t = useT();
  const loaded = useScenario(course, store, id);
  const card = course.index.scenarios.find((s) => s.card?.id === id)?.card;
  const run = activeRun(progress, id);
  const player = loaded.status === 'ready' ? loaded.player : undefined;
  const words = useScenarioLang(player?.scenario);
  const opened = useMemo(() => (player && run ? openRun(player, run) : undefined), [player, run]);
  const refused = opened && 'refused' in opened ? opened.refused : undefined;
  const snapshot = opened && 'snapshot' in opened ? opened.snapshot : undefined;
  // A log that claims this version but does not replay (damaged or changed in storage)
  // becomes read-only history, with a notice, instead of a run that cannot move.
  useEffect(() => {
    if (run && refused) refuseOpenedRun(store, run, refused);
  }, [store, run, refused]);
  const [announcement, setAnnouncement] = useState('');
  const scene = player && snapshot ? currentScene(player, snapshot) : undefined;
  const practice = progress.settings.coaching === 'practice';
  const lastStep = useMemo(
    () =>
      practice && player && run && run.events.length > 0
        ? traceRun(player, run.events).steps.at(-1)
        : undefined,
    [practice, player, run],
  );

  const choose = useCallback(
    (event: string) => {
      if (!player || !run || !snapshot) return;
      const next = takeChoice(store, player, run, snapshot, event);
      if (!next) return;
      if (isFinished(next)) {
        navigate({ page: 'end', id, run: run.id });
        return;
      }
      const nextScene = currentScene(player, next);
      const count = offeredChoices(player, next, run.seed).length;
      setAnnouncement(t('play.announce', { title: nextScene.title ?? t('play.nextScene'), count }));
    },
    [player, run, snapshot, store, id, t],
  );

  if (!card || loaded.status === 'missing') return <NotFoundPage />;
  if (!player) return <p role="status">{t('common.loadingScenario')}</p>;
  if (!run || !snapshot || !scene) {
    return (
      <>
        <PageHeading title={player.scenario.title} {...words} />
        <p>{t('play.noRun')}</p>
        <p>
          <a className="button primary" href={href({ page: 'briefing', id })}>
            {t('play.toBriefing')}
          </a>
        </p>
      </>
    );
  }
  const choices = offeredChoices(player, snapshot, run.seed);
  const timed = timedChoice(player, snapshot);
  const timerMode = progress.settings.timers ?? 'standard';
  const { longest } = card.decisions;
  const step = run.events.length + 1;
  return (
    <article className="play">
      <p className="breadcrumb">
        <a href={href({ page: 'briefing', id })} {...words}>
          {player.scenario.title}
        </a>
      </p>
      <p className="progress" data-decision={step}>
        {longest ? t('play.progressOf', { step, longest }) : t('play.progress', { step })}
        {longest ? (
          <progress value={Math.min(step, longest)} max={longest} aria-hidden="true" />
        ) : null}
      </p>
      {practice && <CoachingNow player={player} step={lastStep} />}
      <PageHeading
        title={scene.title ?? player.scenario.title}
        focusKey={scene}
        className="scene-title"
        {...words}
      />
      <div className="scene">
        <Prose
          blocks={scene.prose.blocks}
          characters={player.scenario.characters}
          conditions={conditionValues(player.scenario, snapshot.context)}
          {...words}
        />
      </div>
      {player.scenario.showMetrics && (
        <MetricsPanel metrics={player.scenario.metrics} values={snapshot.context.metrics} />
      )}
      {timed?.timeout !== undefined && (
        <Countdown
          key={`${scene.id}:${step}:clock`}
          timeout={timed.timeout}
          mode={timerMode}
          onTimeUp={() => choose(timed.event)}
        />
      )}
      {choices.length > 0 ? (
        <ChoiceList key={scene.id + step} choices={choices} onChoose={choose} {...words} />
      ) : (
        <p role="alert">{t('play.deadEnd')}</p>
      )}
      {timed && <TimerSetting mode={timerMode} />}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </article>
  );
}
