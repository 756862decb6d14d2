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
import { describeGuard } from '../../check/words';
import { Prose } from '../components/Prose';
import { OUTCOME_LABEL } from '../labels';
import { Inspector } from './Inspector';
import { CoachingNote } from './CoachingNote';
import { own } from '../own';
import { FromHereFigures } from './FromHereFigures';
import { ChoiceLabel } from '../components/ChoiceLabel';
import { liveRun, logChoice, logSet, logUndo, startLog, type PlayLog } from './play-log';
import { useLatestAnswer } from './useLatestAnswer';
import type { FromHere } from './work/protocol';

function whyNotOffered(choice: Choice): string {
  const guards = choice.transitions.flatMap((t) => (t.guard ? [describeGuard(t.guard)] : []));
  return guards.length > 0 ? `needs ${guards.join(' or ')}` : 'not offered';
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
        .map((m) => `${m.label} to ${own(context.metrics, m.id)}`),
      ...scenario.flags
        .filter((f) => own(context.flags, f.id) !== own(snapshot.context.flags, f.id))
        .map((f) => `${f.id} ${own(context.flags, f.id) ? 'on' : 'off'}`),
      ...(['visited', 'chose'] as const).flatMap((kind) => [
        ...context[kind]
          .filter((id) => !snapshot.context[kind].includes(id))
          .map((id) => `${kind} ${id}`),
        ...snapshot.context[kind]
          .filter((id) => !context[kind].includes(id))
          .map((id) => `not ${kind} ${id}`),
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
      <h3 id={`${uid}player-heading`}>Play from {start.scene}</h3>
      <div className="player-columns">
        <div className="player-main">
          <h4 ref={heading} tabIndex={-1} className="now-in">
            {finished
              ? `Ending: ${scene.title ?? scene.id} (${scene.outcome ? OUTCOME_LABEL[scene.outcome] : ''})`
              : `Now in ${scene.id}${scene.title ? `: ${scene.title}` : ''}`}
          </h4>
          {lost && (
            <p className="notice" role="alert">
              The scene {from.scene} is no longer in the scenario, so this run starts again at{' '}
              {start.scene}.
            </p>
          )}
          {lastChoice && (
            <div className="last-choice">
              <p>
                You chose <ChoiceLabel inlines={lastChoice.labelInline} />{' '}
                <code>{lastChoice.event}</code>.
              </p>
              <CoachingNote
                choice={lastChoice}
                conditions={lastConditions}
                characters={scenario.characters}
              />
            </div>
          )}
          <div className="scene-prose">
            <Prose
              blocks={scene.prose.blocks}
              characters={scenario.characters}
              conditions={conditions}
            />
          </div>
          {!finished && offered.length === 0 && (
            <p className="diagnostic error" role="alert">
              Stuck: with these values no choice is offered here
              {scene.kind === 'router' ? ' and no route leaves it' : ''}.
            </p>
          )}
          {offered.length > 0 && (
            <ol className="author-choices">
              {offered.map((c) => (
                <li key={c.event}>
                  <button type="button" className="choice" onClick={() => take(c)}>
                    <span className="label">
                      {c.timeout !== undefined && `When ${c.timeout / 1000} s run out: `}
                      <ChoiceLabel inlines={c.labelInline} />
                    </span>{' '}
                    <code>{c.event}</code>
                  </button>
                  <CoachingNote
                    choice={c}
                    conditions={conditions}
                    characters={scenario.characters}
                  />
                </li>
              ))}
            </ol>
          )}
          {hidden.length > 0 && !finished && (
            <div className="hidden-choices">
              <p>Not offered with these values:</p>
              <ul>
                {hidden.map((c) => (
                  <li key={c.event}>
                    <ChoiceLabel inlines={c.labelInline} /> <code>{c.event}</code>:{' '}
                    {whyNotOffered(c)}
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
              Take back the last choice
            </button>
            <button type="button" onClick={restart}>
              Start again at {start.scene}
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
              <h4 id={`${uid}from-here-heading`}>From here, with these values</h4>
              <p role="status" className="working">
                {analysis.busy ? 'Working out the runs from here…' : ''}
              </p>
              {fromHere && <FromHereFigures scenario={scenario} fromHere={fromHere} />}
            </section>
          )}
          <section aria-labelledby={`${uid}steps-heading`}>
            <h4 id={`${uid}steps-heading`}>What you did</h4>
            <ol className="author-steps">
              {log.map((entry, i) => (
                <li key={i}>{entry.text}</li>
              ))}
            </ol>
          </section>
        </div>
      </div>
      <p role="status" className="visually-hidden">
        {finished ? `Ending reached: ${scene.id}.` : `Now in ${scene.id}.`}
      </p>
    </section>
  );
}
