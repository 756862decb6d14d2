// The profile's capability map: how the learner's runs read (recent runs weighing
// more), the balance of every run added up, the qualities and the failure patterns seen
// most. With no runs, what it will show once there are some.
import { patternLabel, QUALITIES, qualityLabel, type CapabilityMap } from '../../debrief';
import { runsWord } from '../labels';
import { BalanceChart } from './BalanceChart';

export function CapabilitySection({ map }: { map: CapabilityMap }) {
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading">Your capability map</h2>
      {!map.reading ? (
        <p>
          Once you finish a scenario, this map shows how your choices read on each side, the
          qualities you showed and the failure patterns you fall into. From your second run it shows
          whether each side and each pattern is improving, steady or slipping, and each
          scenario&rsquo;s first run against your latest.
        </p>
      ) : (
        <>
          <p>
            Across {runsWord(map.runs)}, weighing the latest most:{' '}
            <strong>{map.reading.title}.</strong> {map.reading.summary}{' '}
            {map.runs > 1 && `(${map.reading.runsReadSo} of ${map.runs} runs read this way.)`}
          </p>
          <BalanceChart
            balance={map.balance}
            title={`Effective and counterproductive behaviour in each domain, across ${runsWord(map.runs)}`}
          />
          <h3>Qualities you have shown</h3>
          <ul>
            {QUALITIES.map((q) => (
              <li key={q}>
                {qualityLabel(q)}: {map.qualities[q] ?? 0}
              </li>
            ))}
          </ul>
          <h3>Failure patterns seen most</h3>
          {map.patterns.length === 0 ? (
            <p>None across {runsWord(map.runs)}.</p>
          ) : (
            <ol>
              {map.patterns.slice(0, 5).map((p) => (
                <li key={p.pattern}>
                  {patternLabel(p.pattern)} ({p.side} gap): {p.count} time
                  {p.count === 1 ? '' : 's'} across {runsWord(map.runs)}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
