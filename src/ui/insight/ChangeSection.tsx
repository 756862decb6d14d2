/**
 * Change over time in a scenario: learners' first completed runs against their later ones
 * (runs, endings by outcome, balance), and the cohort month by month (UTC). Each side or
 * month that rests on fewer than 5 learners shows the privacy sentence instead.
 */
import type { Outcome } from '../../contract';
import '../../i18n/areas/insight';
import type { AttemptComparison, CohortBalance, MonthInsight } from '../../insight/types';
import { useT } from '../i18n/use-t';
import { OUTCOME_LABEL } from '../labels';
import { isSuppressed, Shown, SuppressedNote } from './Guarded';
import { formatCount, formatMonth } from './words';

const OUTCOMES: Outcome[] = ['strong', 'mixed', 'weak'];

type Side = { runs: number; outcomes: Record<Outcome, number>; balance: CohortBalance };

export function AttemptsTable({ attempts, of }: { attempts: AttemptComparison; of: string }) {
  const t = useT();
  const sides = [
    {
      key: 'first',
      name: t('insight.attempts.first'),
      caption: t('insight.attempts.firstIn', { title: of }),
      side: attempts.first,
    },
    {
      key: 'later',
      name: t('insight.attempts.later'),
      caption: t('insight.attempts.laterIn', { title: of }),
      side: attempts.later,
    },
  ];
  return (
    <div className="insight-attempts">
      {sides.map(({ key, name, caption, side }) => (
        <section key={key} aria-label={caption}>
          <h4>{name}</h4>
          <Shown value={side} children={(s: Side) => <SideTable side={s} caption={caption} />} />
        </section>
      ))}
    </div>
  );
}

function SideTable({ side, caption }: { side: Side; caption: string }) {
  const t = useT();
  return (
    <table className="insight-table">
      <caption>{caption}</caption>
      <tbody>
        <tr>
          <th scope="row">{t('insight.column.runs')}</th>
          <td>{formatCount(side.runs)}</td>
        </tr>
        {OUTCOMES.map((o) => (
          <tr key={o}>
            <th scope="row">{OUTCOME_LABEL[o]}</th>
            <td>{formatCount(side.outcomes[o] ?? 0)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('insight.row.management')}</th>
          <td>
            {formatCount(side.balance.management.effective)} /{' '}
            {formatCount(side.balance.management.counterproductive)}
          </td>
        </tr>
        <tr>
          <th scope="row">{t('insight.row.leadership')}</th>
          <td>
            {formatCount(side.balance.leadership.effective)} /{' '}
            {formatCount(side.balance.leadership.counterproductive)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

export function MonthsTable({ months, of }: { months: MonthInsight[]; of: string }) {
  const t = useT();
  if (months.length === 0) return <p>{t('insight.months.none')}</p>;
  return (
    <table className="insight-table insight-months">
      <caption>{t('insight.months.caption', { title: of })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insight.column.month')}</th>
          <th scope="col">{t('insight.column.learners')}</th>
          <th scope="col">{t('insight.column.starts')}</th>
          <th scope="col">{t('insight.column.completions')}</th>
          {OUTCOMES.map((o) => (
            <th scope="col" key={o}>
              {OUTCOME_LABEL[o]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <MonthRow key={m.month} month={m} />
        ))}
      </tbody>
    </table>
  );
}

function MonthRow({ month }: { month: MonthInsight }) {
  const summary = month.summary;
  return (
    <tr>
      <th scope="row">{formatMonth(month.month)}</th>
      {isSuppressed(summary) ? (
        <td colSpan={3 + OUTCOMES.length}>
          <SuppressedNote />
        </td>
      ) : (
        <>
          <td>{formatCount(summary.learners)}</td>
          <td>{formatCount(summary.starts)}</td>
          <td>{formatCount(summary.completions)}</td>
          {OUTCOMES.map((o) => (
            <td key={o}>{formatCount(summary.outcomes[o] ?? 0)}</td>
          ))}
        </>
      )}
    </tr>
  );
}
