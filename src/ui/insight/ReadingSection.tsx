/**
 * A cohort's reading in the framework's terms: the balance of management and leadership
 * behaviour its choices showed, how many learners' runs read as each diagnosis, the failure
 * patterns that recur (shown by 5 learners or more), and the programme that suggests, with
 * its reasons. Used for each scenario and for the whole cohort.
 */
import type { DiagnosisKind } from '../../debrief';
import { domainLabel, pathTitle, patternLabel } from '../../debrief';
import type { CohortBalance, CohortReading } from '../../insight/types';
import { DIAGNOSIS_LABEL, formatCount } from './words';

export function ReadingSection({ reading, of }: { reading: CohortReading; of: string }) {
  const diagnoses = (Object.entries(reading.diagnoses) as [DiagnosisKind, number][]).filter(
    ([, n]) => n > 0,
  );
  return (
    <>
      <BalanceTable balance={reading.balance} caption={`Management and leadership in ${of}`} />
      <h4>Diagnoses</h4>
      {diagnoses.length === 0 ? (
        <p>No run has a diagnosis yet.</p>
      ) : (
        <table className="insight-table">
          <caption>How learners&apos; runs read in {of}</caption>
          <thead>
            <tr>
              <th scope="col">Diagnosis</th>
              <th scope="col">Learners</th>
            </tr>
          </thead>
          <tbody>
            {diagnoses.map(([kind, n]) => (
              <tr key={kind}>
                <th scope="row">{DIAGNOSIS_LABEL[kind] ?? kind}</th>
                <td>{formatCount(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>Failure patterns that recur</h4>
      {reading.patterns.length === 0 ? (
        <p>No failure pattern was shown by 5 learners or more.</p>
      ) : (
        <ul className="insight-patterns">
          {reading.patterns.map((p) => (
            <li key={p.pattern}>
              <strong>{patternLabel(p.pattern) ?? p.pattern}</strong> (
              {domainLabel(p.side) ?? p.side}): {formatCount(p.learners)} learners
            </li>
          ))}
        </ul>
      )}
      <h4>What this suggests for the programme</h4>
      <p className="insight-programme">
        <strong>{pathTitle(reading.programme.path) ?? reading.programme.path}</strong>
      </p>
      {reading.programme.reasons.length > 0 && (
        <ul>
          {reading.programme.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function BalanceTable({ balance, caption }: { balance: CohortBalance; caption: string }) {
  return (
    <table className="insight-table insight-balance">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Side</th>
          <th scope="col">Effective choices</th>
          <th scope="col">Counterproductive choices</th>
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
