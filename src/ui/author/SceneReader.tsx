// A scene as the author wrote it, with what the analysis knows about it: its prose,
// every choice with its label, tags, coaching note and where it leads (guards and
// actions spelt out), how many complete runs pass through, and the metrics and
// flags runs arrive with. "Play from here" hands the scene to the player.
import type { CompiledScenario, Scene, Taxonomy, Transition } from '../../contract';
import { choiceId, type Usage } from '../../engine';
import { describeActions, describeGuard } from '../../check/words';
import { Prose } from '../components/Prose';
import { CoachingNote } from './CoachingNote';
import { own } from '../own';
import { flagWords, rangeLabel, runsLabel } from './counts';
import { MARK_LABEL, type SceneMark } from './map-model';
import { behaviourIndex, choiceTag, tagLabel } from '../../debrief';
import { ChoiceLabel } from '../components/ChoiceLabel';

export function SceneReader({
  scenario,
  scene,
  marks,
  usage,
  taxonomy,
  onPlay,
  onSelect,
}: {
  scenario: CompiledScenario;
  scene: Scene;
  marks: SceneMark[];
  usage: Usage | undefined;
  taxonomy: Taxonomy | undefined;
  onPlay: (scene: string) => void;
  onSelect: (scene: string) => void;
}) {
  const figures = usage?.scenes.get(scene.id);
  const index = behaviourIndex(taxonomy);
  const behaviour = (id: string) => index.get(id);
  return (
    <section className="scene-reader" aria-labelledby="reader-heading">
      <h3 id="reader-heading" tabIndex={-1}>
        {scene.id}
        {scene.title ? `: ${scene.title}` : ''}{' '}
        <span className="kind">
          ({scene.kind === 'ending' ? `ending, ${scene.outcome}` : scene.kind})
        </span>
      </h3>
      <p className="where">
        <code>
          {(scene.heading ?? scene.source).file}:{(scene.heading ?? scene.source).range.start.line}
        </code>
        {scene.heading && (
          <>
            {' '}
            · state at{' '}
            <code>
              {scene.source.file}:{scene.source.range.start.line}
            </code>
          </>
        )}
      </p>
      {marks.length > 0 && (
        <ul className="marks">
          {marks.map((m) => (
            <li key={m}>⚠ {MARK_LABEL[m]}</li>
          ))}
        </ul>
      )}
      {figures && (
        <p className="figures">
          {scene.kind === 'router'
            ? `Runs route through here in ${figures.arrivals} different states.`
            : `${runsLabel(figures.runs)} pass through here, arriving in ${figures.arrivals} different ${figures.arrivals === 1 ? 'state' : 'states'}.`}
          {figures.arrivals > 0 &&
            ` On arrival: ${[
              ...scenario.metrics.map(
                (m) => `${m.label} ${rangeLabel(own(figures.metrics, m.id) ?? { min: 0, max: 0 })}`,
              ),
              ...scenario.flags.map((f) => `${f.id} ${flagWords(own(figures.flags, f.id))}`),
            ].join(', ')}.`}
        </p>
      )}
      {scene.kind !== 'ending' && (
        <button type="button" className="primary" onClick={() => onPlay(scene.id)}>
          Play from this scene
        </button>
      )}
      <div className="scene-prose">
        <Prose blocks={scene.prose.blocks} characters={scenario.characters} />
      </div>
      {scene.choices.length > 0 && (
        <>
          <h4>Choices</h4>
          <ol className="reader-choices">
            {scene.choices.map((c) => {
              const domain = choiceTag(c.behaviours, index);
              const runs = usage?.choices.get(choiceId(scene.id, c.event));
              return (
                <li key={c.event} className={`reader-choice ${domain}`}>
                  <p>
                    <strong>
                      <ChoiceLabel inlines={c.labelInline} />
                    </strong>{' '}
                    <code>{c.event}</code> · {tagLabel(domain).toLowerCase()}
                    {runs !== undefined && ` · taken in ${runsLabel(runs)}`}
                  </p>
                  {c.behaviours.length > 0 && (
                    <p className="tags">
                      Tags:{' '}
                      {c.behaviours
                        .map((id) => {
                          const b = behaviour(id);
                          return b
                            ? `${b.label} (${b.domain}, ${b.polarity}): ${b.description}`
                            : id;
                        })
                        .join('; ')}
                    </p>
                  )}
                  <Ways
                    ways={c.transitions}
                    otherwise={c.transitions.length > 1 ? 'Otherwise: ' : ''}
                    onSelect={onSelect}
                  />
                  <CoachingNote choice={c} />
                </li>
              );
            })}
          </ol>
        </>
      )}
      {scene.routes.length > 0 && (
        <>
          <h4>Routes on arrival</h4>
          <Ways ways={scene.routes} otherwise="Otherwise: " onSelect={onSelect} />
        </>
      )}
    </section>
  );
}

/** Where a choice or the routes lead, in words: guard, target (a link to it), actions. */
function Ways({
  ways,
  otherwise,
  onSelect,
}: {
  ways: Transition[];
  /** What an unguarded way starts with. */
  otherwise: string;
  onSelect: (scene: string) => void;
}) {
  return (
    <ul className="ways">
      {ways.map((t, i) => (
        <li key={i}>
          {t.guard ? `If ${describeGuard(t.guard)}: ` : otherwise}to{' '}
          <button type="button" className="link" onClick={() => onSelect(t.target)}>
            {t.target}
          </button>
          {t.actions.length > 0 && ` (${describeActions(t.actions)})`}
        </li>
      ))}
    </ul>
  );
}
