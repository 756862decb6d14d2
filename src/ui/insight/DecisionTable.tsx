/**
 * One decision of a scenario, as a table: every choice offered there with the share of the
 * decision's learners who took it (a bar and the percentage as text), its management /
 * leadership tag, the behaviours it shows with their polarity, and a mark on the roads
 * almost nobody takes. Every label comes from statements, so it is rendered as text only.
 */
import { tagLabel } from '../../debrief';
import '../../i18n/areas/insight';
import type { ChoiceShare, DecisionInsight } from '../../insight/types';
import { useT } from '../i18n/use-t';
import { isSuppressed, SuppressedNote } from './Guarded';
import { formatCount, formatShare } from './words';

export function DecisionTable({ decision }: { decision: DecisionInsight }) {
  const t = useT();
  const caption = t('insight.decision.caption', {
    scene: decision.scene.title,
    learners: t('insight.learners', { count: decision.learners }),
  });
  if (isSuppressed(decision.choices))
    return (
      <div className="insight-decision-hidden">
        <p className="insight-decision-title">{decision.scene.title}</p>
        <SuppressedNote />
      </div>
    );
  const choices = decision.choices;
  return (
    <table className="insight-table insight-decision">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insight.column.choice')}</th>
          <th scope="col">{t('insight.column.tag')}</th>
          <th scope="col">{t('insight.column.behaviours')}</th>
          <th scope="col">{t('insight.column.learners')}</th>
          <th scope="col">{t('insight.column.share')}</th>
        </tr>
      </thead>
      <tbody>
        {choices.map((choice) => (
          <ChoiceRow key={choice.event} choice={choice} />
        ))}
      </tbody>
    </table>
  );
}

function ChoiceRow({ choice }: { choice: ChoiceShare }) {
  const t = useT();
  return (
    <tr className={choice.rare ? 'insight-rare' : undefined}>
      <th scope="row">
        {choice.label}
        {choice.rare && <span className="insight-rare-mark"> {t('insight.decision.rare')}</span>}
      </th>
      <td>{tagLabel(choice.tag) ?? choice.tag}</td>
      <td>
        {choice.behaviours.length === 0 ? (
          '—'
        ) : (
          <ul className="insight-behaviours">
            {choice.behaviours.map((b) => (
              <li key={b.id} data-polarity={b.polarity}>
                {b.label}{' '}
                <span className="insight-polarity">
                  ({t('insight.polarity', { polarity: b.polarity })})
                </span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>{formatCount(choice.learners)}</td>
      <td>
        <span className="insight-share">
          <span className="insight-bar" aria-hidden="true">
            <span style={{ width: `${Math.max(0, Math.min(1, choice.share)) * 100}%` }} />
          </span>
          {formatShare(choice.share)}
        </span>
      </td>
    </tr>
  );
}
