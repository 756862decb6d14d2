// The run's decisions as a timeline: where, what the learner chose, how it reads
// (management, leadership or both), each behaviour with its polarity, quality and what
// it means (the taxonomy's description), the coaching note, the road not taken, and a
// way to replay from that decision. A choice that was effective and counterproductive at
// once is marked as a trade-off.
import type { Character } from '../../contract';
import type { BehaviourView, DebriefDecision, Option } from '../../debrief';
import { qualityInline, readingLabel, tagLabel } from '../../debrief';
import { Prose } from './Prose';
import { RoadLabel } from './RoadLabel';

export function TagChip({ tag }: { tag: Option['tag'] }) {
  return <span className={`tag tag-${tag}`}>{tagLabel(tag)}</span>;
}

function Behaviours({ behaviours, unknown }: { behaviours: BehaviourView[]; unknown: string[] }) {
  if (behaviours.length === 0 && unknown.length === 0) return null;
  return (
    <ul className="behaviours">
      {behaviours.map((b) => (
        <li key={b.id} className={b.polarity}>
          <span className="polarity">
            {b.polarity === 'effective' ? 'Effective' : 'Counterproductive'}:
          </span>{' '}
          {b.label}
          <span className="meta">
            {' '}
            ({b.domain}
            {b.quality ? `, ${qualityInline(b.quality)}` : ''})
          </span>
          {b.description && <span className="description">: {b.description}</span>}
        </li>
      ))}
      {unknown.map((id) => (
        <li key={id} className="unknown">
          Could not be tagged: “{id}” is no longer in the course’s taxonomy.
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
}: {
  decisions: DebriefDecision[];
  /** Format v1.1: the scenario's cast, so dialogue in coaching shows portraits and roles. */
  characters?: Character[];
  onReplay?: (index: number) => void;
  /** Ids for the decisions, so the diagnosis's evidence can link to them. */
  decisionId?: (index: number) => string;
}) {
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
            <span className="step">Decision {d.index + 1}</span> {d.scene.title}
          </h3>
          <p className="chosen">
            {!d.timeUp && <span className="visually-hidden">You chose: </span>}
            <RoadLabel inlines={d.label} timeUp={d.timeUp} taken /> <TagChip tag={d.tag} />
            {d.reading === 'trade-off' && (
              <>
                {' '}
                <span className="tag tag-trade-off">{readingLabel('trade-off')}</span>
              </>
            )}
          </p>
          <Behaviours behaviours={d.behaviours} unknown={d.unknown} />
          {d.coaching.length > 0 && (
            <div className="coaching">
              <p className="coaching-title">Coaching</p>
              {/* Already the text the learner saw (the debrief read the trace's conditions). */}
              <Prose blocks={d.coaching} characters={characters} conditions={{}} />
            </div>
          )}
          {d.alternatives.length > 0 && (
            <details className="road-not-taken" open>
              <summary>The road not taken</summary>
              <ul>
                {d.alternatives.map((alt) => (
                  <li key={alt.event}>
                    <RoadLabel inlines={alt.label} timeUp={alt.timeUp} taken={false} />{' '}
                    <TagChip tag={alt.tag} />
                    <Behaviours behaviours={alt.behaviours} unknown={alt.unknown} />
                  </li>
                ))}
              </ul>
            </details>
          )}
          {onReplay && (
            <button type="button" className="no-print" onClick={() => onReplay(d.index)}>
              Replay from this decision<span className="visually-hidden"> ({d.index + 1})</span>
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
