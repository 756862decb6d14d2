// The profile over time: each domain and the top failure patterns, earlier runs against
// the latest ones (improving, steady or slipping, with the numbers), and each scenario's
// first run against its latest. Nothing to show under two runs, and it says so.
import { domainLabel, patternLabel, type CapabilityMap, type RunSummary } from '../../debrief';
import { OUTCOME_LABEL, runsWord } from '../labels';

const date = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
const times = (n: number) => `${n} time${n === 1 ? '' : 's'}`;
const runs = (n: number) => (n === 1 ? 'run' : `${n} runs`);
const percent = (n: number | null) => (n === null ? 'none shown' : `${n}% effective`);

function summary(run: RunSummary): string {
  const ending = run.outcome ? `${OUTCOME_LABEL[run.outcome].toLowerCase()}, ` : '';
  return `${date(run.endedAt)}: ${ending}${run.effective} effective and ${run.counterproductive} counterproductive behaviours`;
}

export function GrowthSection({ map }: { map: CapabilityMap }) {
  const { trends } = map;
  if (map.runs === 0) return null;
  return (
    <section aria-labelledby="growth-heading" className="growth">
      <h2 id="growth-heading">How your choices are changing</h2>
      {!trends ? (
        <p>
          One run so far: from your second run, this shows each side and each failure pattern in
          your earlier runs against your latest.
        </p>
      ) : (
        <>
          <p>
            Across {runsWord(map.runs)}: your earlier {runs(trends.earlierRuns)} against your latest{' '}
            {runs(trends.latestRuns)}.
          </p>
          <ul className="trends">
            {trends.domains.map((t) => (
              <li key={t.domain} data-direction={t.direction}>
                <strong>{domainLabel(t.domain)}</strong>: {percent(t.earlier)} in your earlier runs,{' '}
                {percent(t.latest)} in your latest runs: {t.direction}.
              </li>
            ))}
            {trends.patterns.map((t) => (
              <li key={t.pattern} data-direction={t.direction}>
                <strong>{patternLabel(t.pattern)}</strong>: {times(t.earlier.count)} in{' '}
                {t.earlier.decisions} decisions in your earlier runs, {times(t.latest.count)} in{' '}
                {t.latest.decisions} in your latest runs: {t.direction}.
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Each scenario, first run and latest</h3>
      <ul className="histories">
        {map.scenarios.map((h) => (
          <li key={h.scenarioId}>
            <strong>{h.title}</strong>
            {h.runs === 1
              ? ` (played once), ${summary(h.first)}.`
              : ` (played ${h.runs} times). First, ${summary(h.first)}. Latest, ${summary(h.latest)}.`}
          </li>
        ))}
      </ul>
    </section>
  );
}
