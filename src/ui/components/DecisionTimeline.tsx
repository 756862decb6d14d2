// The run's decisions as a timeline: where, what the learner chose, how it reads
// (management, leadership or both), each behaviour with its polarity, quality and what
// it means (the taxonomy's description), the coaching note, the road not taken, and a
// way to replay from that decision. A choice that was effective and counterproductive at
// once is marked as a trade-off. Scenario and taxonomy words carry `lang` when they are not
// in the page's language (issue 18: a scenario or taxonomy without that translation).
import type { Character } from '../../contract';
import type { BehaviourView, DebriefDecision, Option } from '../../debrief';
import { qualityInline, readingLabel, tagLabel } from '../../debrief';
import { Prose } from './Prose';
import { RoadLabel } from './RoadLabel';
import { useT } from '../i18n/use-t';
import { Rich } from '../i18n/Rich';
import '../../i18n/areas/debrief';

export function TagChip({ tag }: { tag: Option['tag'] }) {
  return <span className={`tag tag-${tag}`}>{tagLabel(tag)}</span>;
}

/** The languages of the words shown, where they differ from the page's. */
interface WordsLang {
  scenario?: string;
  taxonomy?: string;
}

function Behaviours({
  behaviours,
  unknown,
  lang,
}: {
  behaviours: BehaviourView[];
  unknown: string[];
  lang?: string;
}) {
  const t = useT();
  if (behaviours.length === 0 && unknown.length === 0) return null;
  return (
    <ul className="behaviours">
      {behaviours.map((b) => (
        <li key={b.id} className={b.polarity}>
          <span className="polarity">{t('debrief.page.polarity', { polarity: b.polarity })}</span>{' '}
          <span lang={lang}>{b.label}</span>
          <span className="meta">
            {' '}
            ({t('debrief.page.domain', { domain: b.domain })}
            {b.quality ? `, ${qualityInline(b.quality)}` : ''})
          </span>
          {b.description && (
            <span className="description">
              : <span lang={lang}>{b.description}</span>
            </span>
          )}
        </li>
      ))}
      {unknown.map((id) => (
        <li key={id} className="unknown">
          {t('debrief.page.unknownTag', { id })}
        </li>
      ))}
    </ul>
  );
}

export function DecisionTimeline({
  decisions,
  onReplay,
  decisionId,
  characters,
  lang = {},
}: {
  decisions: DebriefDecision[];
  /** Format v1.1: the scenario's cast, so dialogue in coaching shows portraits and roles. */
  characters?: Character[];
  onReplay?: (index: number) => void;
  /** Ids for the decisions, so the diagnosis's evidence can link to them. */
  decisionId?: (index: number) => string;
  /** Issue 18: the scenario's and the taxonomy's words' languages when not the page's. */
  lang?: WordsLang;
}) {
  const t = useT();
  return (
    <ol className="timeline">
      {decisions.map((d) => (
        <li
          key={d.index}
          className="decision"
          id={decisionId?.(d.index)}
          tabIndex={decisionId ? -1 : undefined}
        >
          <h3>
            <span className="step">{t('debrief.page.decision', { number: d.index + 1 })}</span>{' '}
            <span lang={lang.scenario}>{d.scene.title}</span>
          </h3>
          <p className="chosen">
            {!d.timeUp && <span className="visually-hidden">{t('debrief.page.youChose')}</span>}
            <span lang={lang.scenario}>
              <RoadLabel inlines={d.label} timeUp={d.timeUp} taken />
            </span>{' '}
            <TagChip tag={d.tag} />
            {d.reading === 'trade-off' && (
              <>
                {' '}
                <span className="tag tag-trade-off">{readingLabel('trade-off')}</span>
              </>
            )}
          </p>
          <Behaviours behaviours={d.behaviours} unknown={d.unknown} lang={lang.taxonomy} />
          {d.coaching.length > 0 && (
            <div className="coaching">
              <p className="coaching-title">{t('debrief.page.coaching')}</p>
              {/* Already the text the learner saw (the debrief read the trace's conditions). */}
              <Prose
                blocks={d.coaching}
                characters={characters}
                conditions={{}}
                lang={lang.scenario}
              />
            </div>
          )}
          {d.alternatives.length > 0 && (
            <details className="road-not-taken" open>
              <summary>{t('debrief.page.roadNotTaken')}</summary>
              <ul>
                {d.alternatives.map((alt) => (
                  <li key={alt.event}>
                    <span lang={lang.scenario}>
                      <RoadLabel inlines={alt.label} timeUp={alt.timeUp} taken={false} />
                    </span>{' '}
                    <TagChip tag={alt.tag} />
                    <Behaviours
                      behaviours={alt.behaviours}
                      unknown={alt.unknown}
                      lang={lang.taxonomy}
                    />
                  </li>
                ))}
              </ul>
            </details>
          )}
          {onReplay && (
            <button type="button" className="no-print" onClick={() => onReplay(d.index)}>
              <Rich
                id="debrief.page.replay"
                values={{ number: d.index + 1 }}
                parts={[<span className="visually-hidden" />]}
              />
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
