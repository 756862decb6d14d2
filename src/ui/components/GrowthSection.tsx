// The profile over time: each domain and the top failure patterns, earlier runs against
// the latest ones (improving, steady or slipping, with the numbers), and each scenario's
// first run against its latest. Nothing to show under two runs, and it says so.
import { domainLabel, patternLabel, type CapabilityMap, type RunSummary } from '../../debrief';
import { runsWord } from '../labels';
import { useT, type Translate } from '../i18n/use-t';
import { formatShortDate } from '../dates';
import '../../i18n/areas/profile';
import { useCardTitle } from '../i18n/card-title';

/** A share for the message's `select`: 'none' when no behaviour of that side was shown. */
const percent = (n: number | null) => (n === null ? 'none' : String(n));

function summary(t: Translate, run: RunSummary): string {
  return t('profile.growth.summary', {
    date: formatShortDate(run.endedAt),
    outcome: run.outcome ?? 'none',
    effective: run.effective,
    counterproductive: run.counterproductive,
  });
}

export function GrowthSection({ map }: { map: CapabilityMap }) {
  const { trends } = map;
  const t = useT();
  const named = useCardTitle();
  if (map.runs === 0) return null;
  return (
    <section aria-labelledby="growth-heading" className="growth">
      <h2 id="growth-heading">{t('profile.growth.heading')}</h2>
      {!trends ? (
        <p>{t('profile.growth.oneRun')}</p>
      ) : (
        <>
          <p>
            {t('profile.growth.across', {
              runs: runsWord(map.runs),
              earlier: trends.earlierRuns,
              latest: trends.latestRuns,
            })}
          </p>
          <ul className="trends">
            {trends.domains.map((trend) => (
              <li key={trend.domain} data-direction={trend.direction}>
                <strong>{domainLabel(trend.domain)}</strong>:{' '}
                {t('profile.growth.domain', {
                  earlier: percent(trend.earlier),
                  latest: percent(trend.latest),
                  direction: trend.direction,
                })}
              </li>
            ))}
            {trends.patterns.map((trend) => (
              <li key={trend.pattern} data-direction={trend.direction}>
                <strong>{patternLabel(trend.pattern)}</strong>:{' '}
                {t('profile.growth.pattern', {
                  earlierCount: trend.earlier.count,
                  earlierDecisions: trend.earlier.decisions,
                  latestCount: trend.latest.count,
                  latestDecisions: trend.latest.decisions,
                  direction: trend.direction,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('profile.growth.scenarios')}</h3>
      <ul className="histories">
        {map.scenarios.map((h) => (
          <li key={h.scenarioId}>
            <strong lang={named(h.scenarioId, h.title).lang}>
              {named(h.scenarioId, h.title).title}
            </strong>{' '}
            {h.runs === 1
              ? t('profile.growth.once', { summary: summary(t, h.first) })
              : t('profile.growth.many', {
                  count: h.runs,
                  first: summary(t, h.first),
                  latest: summary(t, h.latest),
                })}
          </li>
        ))}
      </ul>
    </section>
  );
}
