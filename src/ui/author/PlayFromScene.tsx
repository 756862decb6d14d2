// Author mode's player: start at any scene with the metrics and flags the inspector
// holds, see every choice with its coaching note (and the ones not offered, with the
// guard that hides them), and the analysis of every run from this point on (asked of
// author mode's worker; the page stays responsive and says it is working). Unlike
// the learner's player nothing is saved: this is a workbench. The parent gives it a
// new `key` for each "play from this scene", which starts it afresh.
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Choice, CompiledScenario } from '../../contract';
import {
  choose,
  conditionValues,
  currentScene,
  isFinished,
  offeredChoices,
  playable,
  timedChoice,
  type RunContext,
  type Start,
  type Usage,
} from '../../engine';
import { anyGuardPhrase, inPageLanguage } from '../../check/words';
import { Prose } from '../components/Prose';
import { OUTCOME_LABEL } from '../labels';
import { Inspector } from './Inspector';
import { CoachingNote } from './CoachingNote';
import { own } from '../own';
import { FromHereFigures } from './FromHereFigures';
import { ChoiceLabel } from '../components/ChoiceLabel';
import { useScenarioLang } from '../i18n/scenario-words';
import { Words } from './Words';
import { liveRun, logChoice, logSet, logUndo, startLog, type PlayLog } from './play-log';
import { useLatestAnswer } from './useLatestAnswer';
import type { FromHere } from './work/protocol';
import { Rich } from '../i18n/Rich';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/author';

/** Why a choice is not offered: the guards it needs (the check's words, in the page's language). */
function WhyNotOffered({ choice }: { choice: Choice }) {
  const t = useT();
  const guards = choice.transitions.flatMap((w) => (w.guard ? [w.guard] : []));
  if (guards.length === 0) return t('author.play.hidden');
  const needs = inPageLanguage(anyGuardPhrase(guards));
  return (
    <Rich
      id="author.play.needs"
      values={{ guards: needs.text }}
      parts={[<span lang={needs.lang} />]}
    />
  );
}

export function PlayFromScene({
  scenario,
  start,
  usage,
  fromHere: askFromHere,
}: {
  scenario: CompiledScenario;
  start: Start;
  usage: Usage | undefined;
  /** Every run from a scene with given values (in the worker: it can take a while). */
  fromHere: (from: Start) => Promise<FromHere | undefined>;
}) {
  const t = useT();
  const words = useScenarioLang(scenario);
  const uid = useId();
  const base = useMemo(() => playable(scenario), [scenario]);
  const [log, setLog] = useState<PlayLog>(() => startLog(start));
  const heading = useRef<HTMLHeadingElement>(null);
  // After the author edits the files, the scene the run was in may be gone.
  const { player, snapshot, lost, last } = useMemo(
    () => liveRun(base, start, log),
    [base, start, log],
  );
  const from = (log.at(-1) as PlayLog[number]).from;
  const scene = currentScene(player, snapshot);
  const finished = isFinished(snapshot);
  // A timed decision's time-up road is a button here: an author tries it without waiting.
  const timed = timedChoice(player, snapshot);
  const offered = [...offeredChoices(player, snapshot, 0), ...(timed ? [timed] : [])];
  const hidden = scene.choices.filter((c) => !offered.includes(c));
  const here = finished ? undefined : String(snapshot.value);
  const context = snapshot.context;
  const ask = useMemo(
    () => (here === undefined ? undefined : () => askFromHere({ scene: here, context })),
    [askFromHere, here, context],
  );
  const analysis = useLatestAnswer(ask);
  const fromHere = here === undefined ? undefined : analysis.answer;
  const lastChoice = last
    ? currentScene(player, last.before).choices.find((c) => c.event === last.event)
    : undefined;
  // Conditional text reads the run's values on arrival in a scene (as the learner's
  // player and the debrief do): this scene's for its prose and its choices' coaching,
  // the last choice's scene for that choice's coaching.
  const conditions = conditionValues(scenario, snapshot.context);
  const lastConditions = last ? conditionValues(scenario, last.before.context) : undefined;

  const take = (choice: Choice) => {
    if (!choose(player, snapshot, choice.event)) return;
    setLog(logChoice(log, scene.id, choice.event));
    heading.current?.focus();
  };
  const edit = (context: RunContext) => {
    const changed = [
      ...scenario.metrics
        .filter((m) => own(context.metrics, m.id) !== own(snapshot.context.metrics, m.id))
        .map(
          (m) => () =>
            t('author.log.metric', { metric: m.label, value: String(own(context.metrics, m.id)) }),
        ),
      ...scenario.flags
        .filter((f) => own(context.flags, f.id) !== own(snapshot.context.flags, f.id))
        .map((f) => {
          const id = own(context.flags, f.id) ? 'author.log.flagOn' : 'author.log.flagOff';
          return () => t(id, { flag: f.id });
        }),
      ...(['visited', 'chose'] as const).flatMap((kind) => [
        ...context[kind]
          .filter((id) => !snapshot.context[kind].includes(id))
          .map(
            (id) => () =>
              t(kind === 'visited' ? 'author.log.visited' : 'author.log.choseId', { id }),
          ),
        ...snapshot.context[kind]
          .filter((id) => !context[kind].includes(id))
          .map(
            (id) => () =>
              t(kind === 'visited' ? 'author.log.notVisited' : 'author.log.notChose', { id }),
          ),
      ]),
    ];
    setLog(logSet(log, scene.id, context, changed));
  };
  const undo = useCallback(() => setLog((l) => logUndo(l)), []);
  const restart = () => {
    setLog(startLog({ ...start }, true));
    heading.current?.focus();
  };

  return (
    <section className="author-player" aria-labelledby={`${uid}player-heading`}>
      <h3 id={`${uid}player-heading`}>{t('author.play.heading', { scene: start.scene })}</h3>
      <div className="player-columns">
        <div className="player-main">
          <h4 ref={heading} tabIndex={-1} className="now-in">
            {finished
              ? t('author.play.ending', {
                  title: scene.title ?? scene.id,
                  outcome: scene.outcome ? OUTCOME_LABEL[scene.outcome] : '',
                })
              : scene.title
                ? t('author.play.nowInTitled', { scene: scene.id, title: scene.title })
                : t('author.play.nowIn', { scene: scene.id })}
          </h4>
          {lost && (
            <p className="notice" role="alert">
              {t('author.play.lost', { lost: from.scene, start: start.scene })}
            </p>
          )}
          {lastChoice && (
            <div className="last-choice">
              <p>
                <Rich
                  id="author.play.youChose"
                  parts={[
                    <Words lang={words.lang}>
                      <ChoiceLabel inlines={lastChoice.labelInline} />
                    </Words>,
                    <code>{lastChoice.event}</code>,
                  ]}
                />
              </p>
              <CoachingNote
                choice={lastChoice}
                conditions={lastConditions}
                characters={scenario.characters}
                lang={words.lang}
              />
            </div>
          )}
          <div className="scene-prose" {...words}>
            <Prose
              blocks={scene.prose.blocks}
              characters={scenario.characters}
              conditions={conditions}
            />
          </div>
          {!finished && offered.length === 0 && (
            <p className="diagnostic error" role="alert">
              {t('author.play.stuck', { router: scene.kind === 'router' ? 'yes' : 'no' })}
            </p>
          )}
          {offered.length > 0 && (
            <ol className="author-choices">
              {offered.map((c) => (
                <li key={c.event}>
                  <button type="button" className="choice" onClick={() => take(c)}>
                    <span className="label">
                      {c.timeout !== undefined &&
                        t('author.play.timeout', { seconds: String(c.timeout / 1000) })}
                      <Words lang={words.lang}>
                        <ChoiceLabel inlines={c.labelInline} />
                      </Words>
                    </span>{' '}
                    <code>{c.event}</code>
                  </button>
                  <CoachingNote
                    choice={c}
                    conditions={conditions}
                    characters={scenario.characters}
                    lang={words.lang}
                  />
                </li>
              ))}
            </ol>
          )}
          {hidden.length > 0 && !finished && (
            <div className="hidden-choices">
              <p>{t('author.play.notOffered')}</p>
              <ul>
                {hidden.map((c) => (
                  <li key={c.event}>
                    <Words lang={words.lang}>
                      <ChoiceLabel inlines={c.labelInline} />
                    </Words>{' '}
                    <code>{c.event}</code>: <WhyNotOffered choice={c} />
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="actions">
            <button
              type="button"
              onClick={undo}
              disabled={(log.at(-1) as PlayLog[number]).events.length === 0}
            >
              {t('author.play.undo')}
            </button>
            <button type="button" onClick={restart}>
              {t('author.play.restart', { scene: start.scene })}
            </button>
          </div>
        </div>
        <div className="player-side">
          <Inspector
            scenario={scenario}
            context={snapshot.context}
            arrival={usage?.scenes.get(scene.id)}
            onChange={edit}
            disabled={finished}
          />
          {here !== undefined && (
            <section
              className="from-here"
              aria-labelledby={`${uid}from-here-heading`}
              aria-busy={analysis.busy}
            >
              <h4 id={`${uid}from-here-heading`}>{t('author.play.fromHere')}</h4>
              <p role="status" className="working">
                {analysis.busy ? t('author.play.working') : ''}
              </p>
              {fromHere && <FromHereFigures scenario={scenario} fromHere={fromHere} />}
            </section>
          )}
          <section aria-labelledby={`${uid}steps-heading`}>
            <h4 id={`${uid}steps-heading`}>{t('author.play.steps')}</h4>
            <ol className="author-steps">
              {log.map((entry, i) => (
                <li key={i}>{entry.text()}</li>
              ))}
            </ol>
          </section>
        </div>
      </div>
      <p role="status" className="visually-hidden">
        {finished
          ? t('author.play.endingReached', { scene: scene.id })
          : t('author.play.nowInAnnounce', { scene: scene.id })}
      </p>
    </section>
  );
}
