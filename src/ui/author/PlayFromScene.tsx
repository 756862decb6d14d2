// Author mode's player: start at any scene with the metrics and flags the inspector
// holds, see every choice with its coaching note (and the ones not offered, with the
// guard that hides them), and the analysis of every run from this point on. Unlike
// the learner's player nothing is saved: this is a workbench. The parent gives it a
// new `key` for each "play from this scene", which starts it afresh.
import { useId, useMemo, useRef, useState } from 'react';
import type { Choice, CompiledScenario } from '../../contract';
import {
  analyse,
  choose,
  createPlayer,
  currentScene,
  isFinished,
  offeredChoices,
  playerFrom,
  replay,
  type RunContext,
  type Start,
  type Usage,
} from '../../engine';
import { describeGuard } from '../../check/describe-guard';
import { Prose } from '../components/Prose';
import { OUTCOME_LABEL } from '../labels';
import { Inspector } from './Inspector';
import { CoachingNote } from './CoachingNote';
import { own } from '../own';
import { rangeLabel, runsLabel } from './counts';
import { ChoiceLabel } from '../components/ChoiceLabel';

/** Enough for any hand-written scenario; beyond it the figures say "at least". */
const FROM_HERE_LIMIT = 50_000;

interface Step {
  text: string;
}

function whyNotOffered(choice: Choice): string {
  const guards = choice.transitions.flatMap((t) => (t.guard ? [describeGuard(t.guard)] : []));
  return guards.length > 0 ? `needs ${guards.join(' or ')}` : 'not offered';
}

export function PlayFromScene({
  scenario,
  start,
  usage,
}: {
  scenario: CompiledScenario;
  start: Start;
  usage: Usage | undefined;
}) {
  const uid = useId();
  const base = useMemo(() => createPlayer(scenario), [scenario]);
  const [from, setFrom] = useState(start);
  const [events, setEvents] = useState<string[]>([]);
  const [steps, setSteps] = useState<Step[]>(() => [{ text: `Started at ${start.scene}.` }]);
  const heading = useRef<HTMLHeadingElement>(null);
  // After the author edits the files, the scene the run was in may be gone.
  const lost = !base.scenes.has(from.scene);
  const player = useMemo(
    () => playerFrom(base, base.scenes.has(from.scene) ? from : start),
    [base, from, start],
  );
  const { snapshot, snapshots, applied } = useMemo(() => replay(player, events), [player, events]);
  const scene = currentScene(player, snapshot);
  const finished = isFinished(snapshot);
  const offered = offeredChoices(player, snapshot, 0);
  const hidden = scene.choices.filter((c) => !offered.includes(c));
  const fromHere = useMemo(
    () =>
      isFinished(snapshot)
        ? undefined
        : analyse(scenario, FROM_HERE_LIMIT, {
            scene: String(snapshot.value),
            context: snapshot.context,
          }),
    [scenario, snapshot],
  );
  // `snapshots[i]` is the run before `events[i]`: where the last choice was made.
  const last = events.at(-1);
  const beforeLast = applied === events.length ? snapshots[events.length - 1] : undefined;
  const lastChoice =
    last && beforeLast
      ? currentScene(player, beforeLast).choices.find((c) => c.event === last)
      : undefined;

  const take = (choice: Choice) => {
    if (!choose(player, snapshot, choice.event)) return;
    setEvents([...events, choice.event]);
    setSteps([...steps, { text: `${scene.id}: chose ${choice.event}.` }]);
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
    setFrom({ scene: scene.id, context });
    setEvents([]);
    setSteps([...steps, { text: `${scene.id}: set ${changed.join(', ')}.` }]);
  };
  const undo = () => {
    setEvents(events.slice(0, -1));
    setSteps([...steps, { text: 'Took back the last choice.' }]);
  };
  const restart = () => {
    setFrom({ ...start });
    setEvents([]);
    setSteps([{ text: `Started again at ${start.scene}.` }]);
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
              <CoachingNote choice={lastChoice} />
            </div>
          )}
          <div className="scene-prose">
            <Prose blocks={scene.prose.blocks} />
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
                      <ChoiceLabel inlines={c.labelInline} />
                    </span>{' '}
                    <code>{c.event}</code>
                  </button>
                  <CoachingNote choice={c} />
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
            <button type="button" onClick={undo} disabled={events.length === 0}>
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
          {fromHere && (
            <section className="from-here" aria-labelledby={`${uid}from-here-heading`}>
              <h4 id={`${uid}from-here-heading`}>From here, with these values</h4>
              <p>
                {fromHere.complete ? '' : 'At least '}
                {runsLabel(fromHere.runs)} to an ending
                {fromHere.shortest !== undefined &&
                  `, ${fromHere.shortest} to ${fromHere.longest} more decisions`}
                .
              </p>
              {fromHere.endings.length > 0 ? (
                <ul>
                  {fromHere.endings.map((e) => (
                    <li key={e.id}>
                      {e.id} ({OUTCOME_LABEL[e.outcome]}): {runsLabel(e.runs)}
                      {scenario.metrics.length > 0 &&
                        `; ${scenario.metrics.map((m) => `${m.label} ${rangeLabel(own(e.metrics, m.id) ?? { min: 0, max: 0 })}`).join(', ')}`}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="diagnostic error">No ending can be reached from here.</p>
              )}
              {fromHere.stuck.length > 0 && (
                <p>
                  Runs from here can get stuck at {fromHere.stuck.map((p) => p.scene).join(', ')}.
                </p>
              )}
            </section>
          )}
          <section aria-labelledby={`${uid}steps-heading`}>
            <h4 id={`${uid}steps-heading`}>What you did</h4>
            <ol className="author-steps">
              {steps.map((s, i) => (
                <li key={i}>{s.text}</li>
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
