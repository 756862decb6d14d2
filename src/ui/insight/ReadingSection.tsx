/**
 * A cohort's reading in the framework's terms: the balance of management and leadership
 * behaviour its choices showed, how many learners' runs read as each diagnosis, the failure
 * patterns that recur (shown by 5 learners or more), and the programme that suggests, with
 * its reasons. Used for each scenario and for the whole cohort.
 */
import type { DiagnosisKind } from '../../debrief';
import { domainLabel, pathTitle, patternLabel } from '../../debrief';
import '../../i18n/areas/insight';
import { programmeReasons } from '../../insight/reasons';
import type { CohortBalance, CohortReading } from '../../insight/types';
import { Rich } from '../i18n/Rich';
import { useT } from '../i18n/use-t';
import { diagnosisLabel, formatCount } from './words';

/** `of`: the scenario's title, or nothing for the whole cohort. */
export function ReadingSection({ reading, of }: { reading: CohortReading; of?: string }) {
  const t = useT();
  const diagnoses = (Object.entries(reading.diagnoses) as [DiagnosisKind, number][]).filter(
    ([, n]) => n > 0,
  );
  return (
    <>
      <BalanceTable
        balance={reading.balance}
        caption={
          of === undefined
            ? t('insight.reading.balance.cohort')
            : t('insight.reading.balance.scenario', { title: of })
        }
      />
      <h4>{t('insight.reading.diagnoses')}</h4>
      {diagnoses.length === 0 ? (
        <p>{t('insight.reading.noDiagnosis')}</p>
      ) : (
        <table className="insight-table">
          <caption>
            {of === undefined
              ? t('insight.reading.diagnoses.cohort')
              : t('insight.reading.diagnoses.scenario', { title: of })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('insight.column.diagnosis')}</th>
              <th scope="col">{t('insight.column.learners')}</th>
            </tr>
          </thead>
          <tbody>
            {diagnoses.map(([kind, n]) => (
              <tr key={kind}>
                <th scope="row">{diagnosisLabel(kind)}</th>
                <td>{formatCount(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{t('insight.reading.patterns')}</h4>
      {reading.patterns.length === 0 ? (
        <p>{t('insight.reading.noPattern')}</p>
      ) : (
        <ul className="insight-patterns">
          {reading.patterns.map((p) => (
            <li key={p.pattern}>
              <Rich
                id="insight.reading.pattern"
                values={{
                  pattern: patternLabel(p.pattern) ?? p.pattern,
                  side: domainLabel(p.side) ?? p.side,
                  count: p.learners,
                }}
                parts={[<strong />]}
              />
            </li>
          ))}
        </ul>
      )}
      <h4>{t('insight.reading.programme')}</h4>
      <p className="insight-programme">
        <strong>{pathTitle(reading.programme.path) ?? reading.programme.path}</strong>
      </p>
      <ul>
        {programmeReasons(reading).map((reason, i) => (
          <li key={i}>{reason}</li>
        ))}
      </ul>
    </>
  );
}

function BalanceTable({ balance, caption }: { balance: CohortBalance; caption: string }) {
  const t = useT();
  return (
    <table className="insight-table insight-balance">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insight.column.side')}</th>
          <th scope="col">{t('insight.column.effective')}</th>
          <th scope="col">{t('insight.column.counterproductive')}</th>
        </tr>
      </thead>
      <tbody>
        {(['management', 'leadership'] as const).map((side) => (
          <tr key={side}>
            <th scope="row">{domainLabel(side)}</th>
            <td>{formatCount(balance[side].effective)}</td>
            <td>{formatCount(balance[side].counterproductive)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
