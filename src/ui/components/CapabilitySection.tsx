// The profile's capability map: how the learner's runs read (recent runs weighing
// more), the balance of every run added up, the qualities and the failure patterns seen
// most. With no runs, what it will show once there are some.
import { patternLabel, QUALITIES, qualityLabel, type CapabilityMap } from '../../debrief';
import { runsWord } from '../labels';
import { BalanceChart } from './BalanceChart';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/profile';

export function CapabilitySection({ map }: { map: CapabilityMap }) {
  const t = useT();
  const runs = runsWord(map.runs);
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading">{t('profile.map.heading')}</h2>
      {!map.reading ? (
        <p>{t('profile.map.empty')}</p>
      ) : (
        <>
          <p>
            {t('profile.map.across', { runs })} <strong>{map.reading.title}.</strong>{' '}
            {map.reading.summary}{' '}
            {map.runs > 1 &&
              t('profile.map.readSo', { readSo: map.reading.runsReadSo, count: map.runs })}
          </p>
          <BalanceChart balance={map.balance} title={t('profile.map.balanceTitle', { runs })} />
          <h3>{t('profile.map.qualities')}</h3>
          <ul>
            {QUALITIES.map((q) => (
              <li key={q}>
                {qualityLabel(q)}: {map.qualities[q] ?? 0}
              </li>
            ))}
          </ul>
          <h3>{t('profile.map.patterns')}</h3>
          {map.patterns.length === 0 ? (
            <p>{t('profile.map.noPatterns', { runs })}</p>
          ) : (
            <ol>
              {map.patterns.slice(0, 5).map((p) => (
                <li key={p.pattern}>
                  {t('profile.map.pattern', {
                    pattern: patternLabel(p.pattern),
                    side: p.side,
                    count: p.count,
                    runs,
                  })}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
