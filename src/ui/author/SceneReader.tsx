// A scene as the author wrote it, with what the analysis knows about it: its prose,
// every choice with its label, tags, coaching note and where it leads (guards and
// actions spelt out), how many complete runs pass through, and the metrics and
// flags runs arrive with. "Play from here" hands the scene to the player.
import type { CompiledScenario, Scene, Taxonomy, Transition } from '../../contract';
import { choiceId, type Usage } from '../../engine';
import { actionsPhrase, guardPhrase, inPageLanguage } from '../../check/words';
import { Prose } from '../components/Prose';
import { CoachingNote } from './CoachingNote';
import { own } from '../own';
import { flagWords, rangeLabel, runsLabel } from './counts';
import type { SceneMark } from './map-model';
import { inSentence, kindWord, markLabel, outcomeWord } from './author-words';
import { Rich } from '../i18n/Rich';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/author';
import { behaviourIndex, choiceTag, tagLabel } from '../../debrief';
import { ChoiceLabel } from '../components/ChoiceLabel';
import { useScenarioLang } from '../i18n/scenario-words';
import { Words } from './Words';

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
  const t = useT();
  const words = useScenarioLang(scenario);
  const figures = usage?.scenes.get(scene.id);
  const index = behaviourIndex(taxonomy);
  const behaviour = (id: string) => index.get(id);
  return (
    <section className="scene-reader" aria-labelledby="reader-heading">
      <h3 id="reader-heading" tabIndex={-1}>
        {scene.id}
        {scene.title && (
          <>
            : <Words lang={words.lang}>{scene.title}</Words>
          </>
        )}{' '}
        <span className="kind">
          (
          {scene.kind === 'ending'
            ? t('author.reader.kindEnding', { outcome: outcomeWord(scene.outcome) })
            : kindWord(scene.kind)}
          )
        </span>
      </h3>
      <p className="where">
        <code>
          {(scene.heading ?? scene.source).file}:{(scene.heading ?? scene.source).range.start.line}
        </code>
        {scene.heading && (
          <>
            {' '}
            · {t('author.reader.stateAt')}{' '}
            <code>
              {scene.source.file}:{scene.source.range.start.line}
            </code>
          </>
        )}
      </p>
      {marks.length > 0 && (
        <ul className="marks">
          {marks.map((m) => (
            <li key={m}>⚠ {markLabel(m)}</li>
          ))}
        </ul>
      )}
      {figures && (
        <p className="figures">
          {scene.kind === 'router'
            ? t('author.reader.routedThrough', { arrivals: figures.arrivals })
            : t('author.reader.passThrough', {
                runs: runsLabel(figures.runs),
                arrivals: figures.arrivals,
              })}
          {figures.arrivals > 0 &&
            ` ${t('author.reader.onArrival', {
              values: [
                ...scenario.metrics.map(
                  (m) =>
                    `${m.label} ${rangeLabel(own(figures.metrics, m.id) ?? { min: 0, max: 0 })}`,
                ),
                ...scenario.flags.map((f) => `${f.id} ${flagWords(own(figures.flags, f.id))}`),
              ].join(', '),
            })}`}
        </p>
      )}
      {scene.kind !== 'ending' && (
        <button type="button" className="primary" onClick={() => onPlay(scene.id)}>
          {t('author.reader.play')}
        </button>
      )}
      <div className="scene-prose" {...words}>
        <Prose blocks={scene.prose.blocks} characters={scenario.characters} />
      </div>
      {scene.choices.length > 0 && (
        <>
          <h4>{t('author.reader.choices')}</h4>
          <ol className="reader-choices">
            {scene.choices.map((c) => {
              const domain = choiceTag(c.behaviours, index);
              const runs = usage?.choices.get(choiceId(scene.id, c.event));
              return (
                <li key={c.event} className={`reader-choice ${domain}`}>
                  <p>
                    <strong {...words}>
                      <ChoiceLabel inlines={c.labelInline} />
                    </strong>{' '}
                    <code>{c.event}</code> · {inSentence(tagLabel(domain))}
                    {runs !== undefined &&
                      ` · ${t('author.reader.takenIn', { runs: runsLabel(runs) })}`}
                  </p>
                  {c.behaviours.length > 0 && (
                    <p className="tags">
                      {t('author.reader.tags')}{' '}
                      {/* The taxonomy's words, from the author's behaviours.json (the source language). */}
                      <Words lang={words.lang}>
                        {c.behaviours
                          .map((id) => {
                            const b = behaviour(id);
                            return b
                              ? `${b.label} (${b.domain}, ${b.polarity}): ${b.description}`
                              : id;
                          })
                          .join('; ')}
                      </Words>
                    </p>
                  )}
                  <Ways
                    ways={c.transitions}
                    otherwise={c.transitions.length > 1}
                    onSelect={onSelect}
                  />
                  <CoachingNote choice={c} lang={words.lang} />
                </li>
              );
            })}
          </ol>
        </>
      )}
      {scene.routes.length > 0 && (
        <>
          <h4>{t('author.reader.routes')}</h4>
          <Ways ways={scene.routes} otherwise onSelect={onSelect} />
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
  /** An unguarded way starts with "Otherwise" (it follows guarded ones). */
  otherwise: boolean;
  onSelect: (scene: string) => void;
}) {
  return (
    <ul className="ways">
      {ways.map((way, i) => {
        const target = (
          <button type="button" className="link" onClick={() => onSelect(way.target)}>
            {way.target}
          </button>
        );
        const guard = way.guard && inPageLanguage(guardPhrase(way.guard));
        const actions = inPageLanguage(actionsPhrase(way.actions));
        return (
          <li key={i}>
            {guard ? (
              <Rich
                id="author.way.guarded"
                values={{ guard: guard.text }}
                parts={[<span lang={guard.lang} />, target]}
              />
            ) : (
              <Rich id={otherwise ? 'author.way.otherwise' : 'author.way.to'} parts={[target]} />
            )}
            {way.actions.length > 0 && (
              <>
                {' ('}
                <span lang={actions.lang}>{actions.text}</span>)
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
